import { defineFinding } from '../define-finding.ts';
import { ringAccountSubject } from '../subjects.ts';
import { controlSettings, controlList } from './ring-records.ts';
import { RING_CONTROL_CENTER } from './ring-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** The Ring account is linked to an Amazon account, or Echo devices reach the cameras through the Ring skill. */
export const alexaLink = defineFinding({
  id: 'ring.alexa-link',
  check: (records) => {
    const linked = controlSettings(records, 'alexa-link').some((s) => s.state === 'on');
    const echoes = controlList(records, 'amazon-devices')?.items ?? [];
    if (!linked && echoes.length === 0) return [];
    return [
      {
        service: 'ring',
        subject: ringAccountSubject(records),
        evidence: { source: SOURCE.ringControlCenter, field: linked ? 'Amazon Account Linking' : 'Amazon Devices Connected by Ring Skill' },
        details: { amazonDevices: echoes.length, items: echoes.slice(0, 20).join('; ') },
      },
    ];
  },
  catalog: {
    service: 'ring',
    risk: 'low',
    recipients: ['amazon'],
    steps: 4,
    helpUrl: {
      en: 'https://ring.com/au/en/support/articles/hpw10/manage-access-ring-account-devices',
      de: 'https://ring.com/de/de/support/articles/hpw10/manage-access-ring-account-devices',
    },
    helpUrlVerified: false,
    helpUrlNote: "hpw10 read only in Ring's Australian edition; the German address follows Ring's pattern.",
    settingsUrl: RING_CONTROL_CENTER,
    reviewedOn: '2026-12-03',
  },
  labels: ['device-list'],
  place: { kind: 'app', appSteps: 3, minutes: 3 },
  settingOnlyOn: SOURCE.ringControlCenter,
});
