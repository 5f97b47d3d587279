import { defineFinding } from '../define-finding.ts';
import { privacySwitchOn } from './privacy-switch.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Alexa messages are used to improve transcriptions. */
export const messageTranscription = defineFinding({
  id: 'alexa.message-transcription',
  check: privacySwitchOn('message-transcription'),
  catalog: {
    service: 'alexa',
    risk: 'medium',
    recipients: ['amazon', 'reviewers'],
    steps: 3,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=G201602230',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=G201602230',
    },
    helpUrlVerified: false,
    helpUrlNote: 'General Alexa FAQ (G201602230); the message setting is documented only in 2019 sources.',
    settingsUrl: { en: 'https://www.amazon.com/alexa-privacy/apd/myad', de: 'https://www.amazon.de/alexa-privacy/apd/myad' },
    reviewedOn: '2026-12-03',
  },
  labels: ['messages'],
  place: { kind: 'web', path: '/alexa-privacy/apd/myad', minutes: 1 },
  settingOnlyOn: SOURCE.amazonPrivacyPage,
});
