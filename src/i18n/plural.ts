import type { Locale, Translate } from './translate.ts';

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * A counted message: `<base>_one`, `<base>_other` (and any other CLDR category a locale has) chosen by
 * `Intl.PluralRules`, with the count as `$1`. Falls back to `<base>_other` when a category has no message.
 */
export function plural(t: Translate, locale: Locale, base: string, count: number, more: readonly string[] = []): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const args = [count.toLocaleString(locale), ...more];
  const key = `${base}_${rule.select(count)}`;
  const text = t(key, args);
  return text && text !== key ? text : t(`${base}_other`, args);
}
