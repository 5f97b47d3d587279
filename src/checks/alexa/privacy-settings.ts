import type { Check } from '../check.ts';
import type { AmazonSettingKey } from '../../model/alexa.ts';
import { AMAZON_ACCOUNT } from './alexa-subjects.ts';

/** An Alexa Privacy switch read as on. */
function settingOn(id: string, key: AmazonSettingKey, service: 'alexa' | 'amazon' = 'alexa'): Check {
  return {
    id,
    run: (records) =>
      (records.amazonSettings ?? [])
        .filter((s) => s.key === key && s.state === 'on')
        .map((s) => ({ id, service, subject: AMAZON_ACCOUNT, evidence: { source: 'amazon.privacy-page', field: key }, details: { page: s.page } })),
  };
}

/** Humans may listen to recordings ("Use of voice recordings" / help improve Alexa). */
export const humanReview = settingOn('alexa.human-review', 'human-review');

/** Alexa messages are used to improve transcriptions. */
export const messageTranscription = settingOn('alexa.message-transcription', 'message-transcription');

/** An Echo shares bandwidth as an Amazon Sidewalk bridge (the switch on an Amazon page). */
export const amazonSidewalk = settingOn('amazon.sidewalk', 'sidewalk', 'amazon');

/** Recordings are kept until deleted or for 18 months, instead of "Don't save recordings" (or 3 months). */
export const voiceRetention: Check = {
  id: 'alexa.voice-retention',
  run: (records) =>
    (records.amazonSettings ?? [])
      .filter((s) => s.key === 'voice-retention' && (s.value === 'until-deleted' || s.value === '18-months'))
      .map((s) => ({
        id: 'alexa.voice-retention',
        service: 'alexa',
        subject: AMAZON_ACCOUNT,
        risk: s.value === 'until-deleted' ? 'high' : 'medium',
        evidence: { source: 'amazon.privacy-page', field: 'voice-retention' },
        details: { retention: s.value, page: s.page },
      })),
};
