import type { CoverageGap } from '../../model/report-summary.ts';
import type { Locale, Translate } from '../../i18n/translate.ts';
import { plural } from '../../i18n/plural.ts';

/**
 * One coverage gap in words, the same in the popup, the report page and the CLI: "<source> not read: N unknown", or,
 * for a page that was read but held unreadable parts, the `_unreadable` form; a count of 0 that would name a camera
 * that is not known uses the `_none` form ("Camera settings not read"), never "1 camera".
 */
export function gapText(gap: CoverageGap, t: Translate, locale: Locale): string {
  const base = `summary_gap_${gap.source.replace(/[^a-z0-9]/gi, '_')}`;
  const has = (key: string) => {
    const text = t(key);
    return text !== '' && text !== key;
  };
  if (gap.reason === 'unreadable' && has(`${base}_unreadable_other`)) return plural(t, locale, `${base}_unreadable`, gap.unknown);
  if (gap.unknown === 0 && has(`${base}_none`)) return t(`${base}_none`);
  return plural(t, locale, base, gap.unknown);
}
