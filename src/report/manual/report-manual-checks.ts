import type { Records, SourceResult } from '../../model/records.ts';
import type { ReportManualCheck } from '../../model/report.ts';
import type { ManualAnswer } from '../../store/manual-answers.ts';
import type { Locale, Translate } from '../../i18n/translate.ts';
import { findingMessageKey } from '../../knowledge/catalog.ts';
import { applicableManualChecks } from './applicable-manual-checks.ts';
import { accountCountry } from './account-country.ts';
import { siteLocale } from '../site-locale.ts';

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
  const ringCountry = accountCountry(results, 'ring');
  const amazonCountry = accountCountry(results, 'amazon');
  const ring = applicableManualChecks(records, ringCountry).filter((e) => e.service === 'ring');
  const amazon = applicableManualChecks(records, amazonCountry).filter((e) => e.service !== 'ring');
  return [...ring, ...amazon].map((entry) => {
    const answer = answers[entry.id];
    // Amazon pages on the account's own marketplace, whatever the UI language; Ring's help follows the UI.
    const site = entry.service === 'ring' ? locale : siteLocale(amazonCountry, locale);
    return {
      id: entry.id,
      service: entry.service,
      risk: entry.risk,
      title: t(findingMessageKey(entry.id, 'title')),
      explanation: t(findingMessageKey(entry.id, 'explanation')),
      steps: Array.from({ length: entry.steps }, (_, i) => t(findingMessageKey(entry.id, `step${i + 1}`))),
      url: entry.helpUrl[site],
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
