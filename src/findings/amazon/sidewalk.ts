import { defineFinding } from '../define-finding.ts';
import { privacySwitchOn } from '../alexa/privacy-switch.ts';

/** An Echo shares bandwidth as an Amazon Sidewalk bridge (the switch on an Amazon page). */
export const amazonSidewalk = defineFinding({
  id: 'amazon.sidewalk',
  check: privacySwitchOn('sidewalk', 'amazon'),
  catalog: {
    service: 'amazon',
    risk: 'medium',
    recipients: ['sidewalk-network', 'amazon'],
    steps: 3,
    helpUrl: { en: 'https://www.amazon.com/Amazon-Sidewalk/b?node=21328123011', de: 'https://www.amazon.com/Amazon-Sidewalk/b?node=21328123011' },
    helpUrlVerified: false,
    helpUrlNote: "Amazon's Sidewalk page is linked from AWS documentation, its text was not read; Sidewalk is US only, so there is no German page.",
    // No settingsUrl: Sidewalk is switched only in the Alexa app (and the Ring app); the Sidewalk page is marketing (issue 27).
    regions: ['US'],
    reviewedOn: '2026-12-06',
  },
  labels: ['network'],
  place: { kind: 'app', appSteps: 3, minutes: 2 },
});
