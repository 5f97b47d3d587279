import { defineFinding } from '../define-finding.ts';
import { ringAccountSubject } from '../subjects.ts';
import { controlSettings } from './ring-records.ts';
import { RING_CONTROL_CENTER } from './ring-urls.ts';

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
        evidence: page ? { source: 'ring.control-center', field: 'neighbors' } : { source: 'ring.profile', field: 'features.nw_user_activated' },
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
      en: 'https://support.ring.com/hc/en-us/articles/360038142272-Ring-Control-Center-Information',
      de: 'https://ring.com/de/de/support/articles/6shp7/Sharing-Unsharing-and-Deleting-Your-Ring-Videos',
    },
    helpUrlVerified: false,
    helpUrlNote:
      'English Control Center article read but predates Community Requests; German 6shp7 read, it covers sharing and unsharing videos and no longer names the Neighbors app; the Neighbors notification step was not found.',
    settingsUrl: RING_CONTROL_CENTER,
    regions: ['US'],
    reviewedOn: '2026-12-06',
  },
  labels: ['posts'],
  place: { kind: 'app', appSteps: 4, minutes: 5 },
  settingOnlyOn: 'ring.control-center',
});
