import { defineFinding } from '../define-finding.ts';
import { ringAccountSubject } from '../subjects.ts';
import { controlSettings } from './ring-records.ts';
import { RING_CONTROL_CENTER } from './ring-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** The account takes part in Neighbors: from the profile's feature flags or the Control Center switch. */
export const neighbors = defineFinding({
  id: 'ring.neighbors',
  check: (records) => {
    const profile = records.ringProfile?.[0];
    const page = controlSettings(records, 'neighbors').find((s) => s.state !== null);
    const on = page ? page.state === 'on' : profile?.neighborsActivated === true;
    if (!on) return [];
    return [
      {
        service: 'ring',
        subject: ringAccountSubject(records),
        evidence: page ? { source: SOURCE.ringControlCenter, field: 'neighbors' } : { source: SOURCE.ringProfile, field: 'features.nw_user_activated' },
        details: {},
      },
    ];
  },
  catalog: {
    service: 'ring',
    risk: 'medium',
    recipients: ['neighbors', 'police'],
    steps: 4,
    helpUrl: {
      en: 'https://ring.com/support/articles/6shp7/Sharing-Unsharing-and-Deleting-Your-Ring-Videos',
      de: 'https://ring.com/de/de/support/articles/6shp7/Sharing-Unsharing-and-Deleting-Your-Ring-Videos',
    },
    helpUrlVerified: false,
    helpUrlNote:
      'German 6shp7 read (sharing and unsharing videos; it no longer names the Neighbors app); the English address of the same code follows Ring pattern, not read; the older English Control Center article predates Community Requests; the Neighbors notification step was not found.',
    settingsUrl: RING_CONTROL_CENTER,
    regions: ['US'],
    reviewedOn: '2026-12-06',
  },
  labels: ['posts'],
  place: { kind: 'app', appSteps: 4, minutes: 5 },
  settingOnlyOn: SOURCE.ringControlCenter,
});
