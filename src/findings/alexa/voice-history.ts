import { defineFinding } from '../define-finding.ts';
import { AMAZON_ACCOUNT } from '../subjects.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** Amazon holds voice recordings of this account: how many were seen, over what period, from which devices. */
export const voiceHistory = defineFinding({
  id: 'alexa.voice-history',
  check: (records) =>
    (records.voiceHistory ?? [])
      .filter((h) => h.recordKeys.length > 0)
      .map((h) => ({
        service: 'alexa',
        subject: AMAZON_ACCOUNT,
        evidence: { source: SOURCE.amazonVoiceHistory, field: h.endpoint === 'rvh' ? 'customerHistoryRecords' : 'alexaHistoryRecords' },
        // "at least": only the pages the Alexa Privacy page loaded were seen.
        details: { count: h.recordKeys.length, atLeast: h.more, earliest: h.earliest, latest: h.latest, devices: h.devices.join(', ') },
      })),
  catalog: {
    service: 'alexa',
    risk: 'medium',
    recipients: ['amazon', 'household', 'police'],
    steps: 4,
    helpUrl: {
      en: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=G201602230',
      de: 'https://www.amazon.de/gp/help/customer/display.html?nodeId=G201602230',
    },
    helpUrlVerified: false,
    helpUrlNote: "General Alexa FAQ (G201602230); the exact 'saved by default' wording is on Amazon's Canadian privacy hub, seen through a copy.",
    settingsUrl: { en: 'https://www.amazon.com/alexa-privacy/apd/rvh', de: 'https://www.amazon.de/alexa-privacy/apd/rvh' },
    // "at least N" while the voice history said more pages exist (paginationToken / encodedRequestToken).
    titleArgs: [{ detail: 'count', as: 'count', atLeast: 'atLeast' }],
    titleCount: 'count',
    reviewedOn: '2026-12-03',
  },
  labels: ['voice'],
  place: { kind: 'web', path: '/alexa-privacy/apd/rvh', minutes: 2 },
  drawnFromEchoes: true,
});
