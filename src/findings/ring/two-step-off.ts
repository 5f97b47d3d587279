import { defineFinding } from '../define-finding.ts';
import { ringAccountSubject } from '../subjects.ts';
import { RING_CONTROL_CENTER } from './ring-urls.ts';
import { SOURCE } from '../../model/source-ids.ts';

/**
 * Ring's profile says two-step verification is off (`tfa_enabled: false`); unknown says nothing. Ring has required a
 * sign-in code for every account since February 2020, so this cannot mean "no second step": what the flag means is not
 * published, and the likeliest reading is that the codes go by e-mail (docs/knowledge-sources-ring.md, issue 27).
 */
export const twoStepOff = defineFinding({
  id: 'ring.two-step-off',
  check: (records) => {
    const profile = records.ringProfile?.find((p) => p.twoFactor !== null);
    if (!profile || profile.twoFactor !== false) return [];
    return [
      {
        service: 'ring',
        subject: ringAccountSubject(records),
        evidence: { source: SOURCE.ringProfile, field: 'profile.tfa_enabled' },
        details: {},
      },
    ];
  },
  catalog: {
    service: 'ring',
    // Low: the account still needs a code; the risk is an e-mail account someone else can get into.
    risk: 'low',
    recipients: ['logged-in-devices'],
    steps: 3,
    // Both texts read 2026-12-06: rn49j (a 6-digit code at every sign-in, by text message or authenticator app, chosen in
    // Control Center → Account Verification); x6t03 (German: „Unter Kontoverifizierung im Control Center …“).
    helpUrl: {
      en: 'https://ring.com/support/articles/rn49j/Get-to-Know-Two-Step-Verification',
      de: 'https://ring.com/de/de/support/articles/x6t03/Keeping-Your-Ring-Account-Secure',
    },
    helpUrlVerified: true,
    settingsUrl: RING_CONTROL_CENTER,
    reviewedOn: '2026-12-06',
  },
  labels: ['device-state'],
  place: { kind: 'app', appSteps: 2, minutes: 3 },
});
