import type { Check } from '../check.ts';
import { controlList, controlSettings, ringAccountSubject } from '../check.ts';

/** The Ring account is linked to an Amazon account, or Echo devices reach the cameras through the Ring skill. */
export const alexaLink: Check = {
  id: 'ring.alexa-link',
  run: (records) => {
    const linked = controlSettings(records, 'alexa-link').some((s) => s.state === 'on');
    const echoes = controlList(records, 'amazon-devices')?.items ?? [];
    if (!linked && echoes.length === 0) return [];
    return [
      {
        id: 'ring.alexa-link',
        service: 'ring',
        subject: ringAccountSubject(records),
        evidence: { source: 'ring.control-center', field: linked ? 'Amazon Account Linking' : 'Amazon Devices Connected by Ring Skill' },
        details: { amazonDevices: echoes.length, items: echoes.slice(0, 20).join('; ') },
      },
    ];
  },
};
