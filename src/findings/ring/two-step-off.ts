import { defineFinding } from '../define-finding.ts';
import { ringAccountSubject } from '../subjects.ts';
import { RING_CONTROL_CENTER } from './ring-urls.ts';

/** Ring's profile says two-step verification is off (`tfa_enabled: false`); unknown says nothing. */
export const twoStepOff = defineFinding({
  id: 'ring.two-step-off',
  check: (records) => {
    const profile = records.ringProfile?.find((p) => p.twoFactor !== null);
    if (!profile || profile.twoFactor !== false) return [];
    return [
      {
        service: 'ring',
        subject: ringAccountSubject(records),
        evidence: { source: 'ring.profile', field: 'profile.tfa_enabled' },
        details: {},
      },
    ];
  },
  catalog: {
    service: 'ring',
    risk: 'medium',
    recipients: ['logged-in-devices'],
    steps: 3,
    // Article code rn49j (two-step verification) seen on ring.com by the knowledge audit; the German path follows the pattern.
    helpUrl: { en: 'https://ring.com/support/articles/rn49j', de: 'https://ring.com/de/de/support/articles/rn49j' },
    helpUrlVerified: false,
    helpUrlNote:
      "Article rn49j was seen on ring.com by the knowledge audit; the German address of the same code follows Ring's pattern, its text was not read.",
    settingsUrl: RING_CONTROL_CENTER,
    reviewedOn: '2026-12-03',
  },
  labels: ['device-state'],
  place: { kind: 'app', appSteps: 2, minutes: 3 },
});
