import type { Records, SourceResult } from '../../model/records.ts';
import type { ReportManualCheck } from '../../model/report.ts';
import type { ManualAnswer } from '../../store/manual-answers.ts';
import type { Locale, Translate } from '../../i18n/translate.ts';
import { findingMessageKey } from '../../knowledge/catalog.ts';
import { applicableManualChecks } from './applicable-manual-checks.ts';
import { accountCountry } from './account-country.ts';

/**
 * The manual checks that concern the account behind these results, with the user's answers. Ring checks
 * follow the Ring account's country, Alexa and Amazon checks the marketplace.
 */
export function reportManualChecks(
  records: Records,
  results: readonly SourceResult[],
  answers: Readonly<Record<string, ManualAnswer>>,
  { t, locale }: { t: Translate; locale: Locale },
): ReportManualCheck[] {
  const ring = applicableManualChecks(records, accountCountry(results, 'ring')).filter((e) => e.service === 'ring');
  const amazon = applicableManualChecks(records, accountCountry(results, 'amazon')).filter((e) => e.service !== 'ring');
  return [...ring, ...amazon].map((entry) => {
    const answer = answers[entry.id];
    return {
      id: entry.id,
      service: entry.service,
      risk: entry.risk,
      title: t(findingMessageKey(entry.id, 'title')),
      explanation: t(findingMessageKey(entry.id, 'explanation')),
      steps: Array.from({ length: entry.steps }, (_, i) => t(findingMessageKey(entry.id, `step${i + 1}`))),
      url: entry.helpUrl[locale],
      urlVerified: entry.helpUrlVerified,
      minutes: entry.minutes,
      where: entry.where,
      regions: entry.regions ? [...entry.regions] : null,
      state: answer?.answer ?? 'unanswered',
      answeredAt: answer?.answeredAt ?? null,
      statedBy: 'user',
    };
  });
}
