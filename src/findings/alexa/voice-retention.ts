import { defineFinding } from '../define-finding.ts';
import { AMAZON_ACCOUNT } from '../subjects.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Recordings are kept until deleted or for 18 months, instead of "Don't save recordings" (or 3 months). */
export const voiceRetention = defineFinding({
  id: 'alexa.voice-retention',
  check: (records) =>
    (records.amazonSettings ?? [])
      .filter((s) => s.key === 'voice-retention' && (s.value === 'until-deleted' || s.value === '18-months'))
      .map((s) => ({
        service: 'alexa',
        subject: AMAZON_ACCOUNT,
        risk: s.value === 'until-deleted' ? 'high' : 'medium',
        evidence: { source: SOURCE.amazonPrivacyPage, field: 'voice-retention' },
        details: { retention: s.value, page: s.page },
      })),
  catalog: {
    service: 'alexa',
    risk: 'medium',
    recipients: ['amazon', 'police'],
    steps: 3,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=G201602230',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=G201602230',
    },
    helpUrlVerified: false,
    helpUrlNote: 'General Alexa FAQ (G201602230); the German menu path follows a German guide, the English labels press reports.',
    settingsUrl: { en: 'https://www.amazon.com/alexa-privacy/apd/myad', de: 'https://www.amazon.de/alexa-privacy/apd/myad' },
    reviewedOn: '2026-12-03',
  },
  labels: ['voice'],
  place: { kind: 'web', path: '/alexa-privacy/apd/myad', minutes: 2 },
  drawnFromEchoes: true,
  settingOnlyOn: SOURCE.amazonPrivacyPage,
});
