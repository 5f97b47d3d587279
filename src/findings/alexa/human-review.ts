import { defineFinding } from '../define-finding.ts';
import { privacySwitchOn } from './privacy-switch.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Humans may listen to recordings ("Use of voice recordings" / help improve Alexa). */
export const humanReview = defineFinding({
  id: 'alexa.human-review',
  check: privacySwitchOn('human-review'),
  catalog: {
    service: 'alexa',
    risk: 'high',
    recipients: ['amazon', 'reviewers'],
    steps: 3,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=G201602230',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=G201602230',
    },
    helpUrlVerified: false,
    helpUrlNote: "General Alexa FAQ (G201602230); the human-review wording is on Amazon's Australian privacy page.",
    settingsUrl: { en: 'https://www.amazon.com/alexa-privacy/apd/myad', de: 'https://www.amazon.de/alexa-privacy/apd/myad' },
    reviewedOn: '2026-12-03',
  },
  labels: ['voice'],
  place: { kind: 'web', path: '/alexa-privacy/apd/myad', minutes: 1 },
  drawnFromEchoes: true,
  settingOnlyOn: SOURCE.amazonPrivacyPage,
});
