import type { Check } from '../check.ts';
import { ringAccountSubject } from '../check.ts';

/** Ring's profile says two-step verification is off (`tfa_enabled: false`); unknown says nothing. */
export const twoStepOff: Check = {
  id: 'ring.two-step-off',
  run: (records) => {
    const profile = records.ringProfile?.find((p) => p.twoFactor !== null);
    if (!profile || profile.twoFactor !== false) return [];
    return [
      {
        id: 'ring.two-step-off',
        service: 'ring',
        subject: ringAccountSubject(records),
        evidence: { source: 'ring.profile', field: 'profile.tfa_enabled' },
        details: {},
      },
    ];
  },
};
