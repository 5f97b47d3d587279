import type { Records } from '../../model/records.ts';
import type { AmazonSettingKey } from '../../model/alexa.ts';
import type { FindingDraft } from '../define-finding.ts';
import { AMAZON_ACCOUNT } from '../subjects.ts';
import { SOURCE } from '../../model/source-ids.ts';

/** An Alexa Privacy switch read as on. */
export function privacySwitchOn(key: AmazonSettingKey, service: 'alexa' | 'amazon' = 'alexa'): (records: Records) => FindingDraft[] {
  return (records) =>
    (records.amazonSettings ?? [])
      .filter((s) => s.key === key && s.state === 'on')
      .map((s) => ({ service, subject: AMAZON_ACCOUNT, evidence: { source: SOURCE.amazonPrivacyPage, field: key }, details: { page: s.page } }));
}
