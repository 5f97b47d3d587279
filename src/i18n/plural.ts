import type { Locale, Translate } from './translate.ts';

const rules = new Map<Locale, Intl.PluralRules>();

function rulesFor(locale: Locale): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

/**
 * The message key for a count, chosen by `Intl.PluralRules`: `<base>_<category>` (e.g. `_one`) when the messages
 * have it, else `<base>_other`, else `<base>` (which then holds the plural form). `browser.i18n` has no plurals,
 * so each counted message is a set of keys.
 */
export function pluralKey(t: Translate, locale: Locale, base: string, count: number): string {
  const exists = (key: string) => {
    const text = t(key);
    return text !== '' && text !== key;
  };
  const key = `${base}_${rulesFor(locale).select(count)}`;
  if (exists(key)) return key;
  return exists(`${base}_other`) ? `${base}_other` : base;
}

/** A counted message: `$1` is the count (formatted for the locale); further substitutions follow it. */
export function plural(t: Translate, locale: Locale, base: string, count: number, more: readonly string[] = []): string {
  return t(pluralKey(t, locale, base, count), [count.toLocaleString(locale), ...more]);
}
