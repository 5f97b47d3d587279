import type { Locale, Translate } from '../../i18n/translate.ts';

/** `base_one` / `base_other` (English, German) picked by `Intl.PluralRules`; `$1` is the count. */
export function plural(t: Translate, locale: Locale, base: string, count: number, more: readonly string[] = []): string {
  const category = new Intl.PluralRules(locale).select(count);
  const key = `${base}_${category}`;
  const text = t(key, [String(count), ...more]);
  return text === key ? t(`${base}_other`, [String(count), ...more]) : text;
}
