import type { Check } from '../check.ts';
import { AMAZON_ACCOUNT } from './alexa-subjects.ts';

/** Amazon holds voice recordings of this account: how many were seen, over what period, from which devices. */
export const voiceHistory: Check = {
  id: 'alexa.voice-history',
  run: (records) =>
    (records.voiceHistory ?? [])
      .filter((h) => h.recordKeys.length > 0)
      .map((h) => ({
        id: 'alexa.voice-history',
        service: 'alexa',
        subject: AMAZON_ACCOUNT,
        evidence: { source: 'amazon.voice-history', field: h.endpoint === 'rvh' ? 'customerHistoryRecords' : 'alexaHistoryRecords' },
        // "at least": only the pages the Alexa Privacy page loaded were seen.
        details: { count: h.recordKeys.length, atLeast: h.more, earliest: h.earliest, latest: h.latest, devices: h.devices.join(', ') },
      })),
};
