import type { RawFinding } from '../model/finding.ts';
import type { Locale, Translate } from '../i18n/translate.ts';
import { pluralKey } from '../i18n/plural.ts';
import { findingMessageKey, interfaceMessageKey, permissionMessageKey, type CatalogEntry } from '../knowledge/catalog.ts';

/** A finding whose subject changes what the text must say (e.g. `owner`: the address is the owner's, not yours). */
export function textVariant(raw: RawFinding): string {
  const v = raw.details['textVariant'];
  if (v === undefined) return ''; // most findings have none: no pattern test for them
  return typeof v === 'string' && /^[a-z]{1,20}$/.test(v) ? v : '';
}

/** The variant's message (`finding_…_title_owner`) when the catalog has one, else the finding's own. */
export function variantText(raw: RawFinding, part: 'title' | 'explanation', t: Translate, args?: string[]): string {
  const variant = textVariant(raw);
  if (variant) {
    const key = `${findingMessageKey(raw.id, part)}_${variant}`;
    const text = t(key, args);
    if (text && text !== key) return text;
  }
  return t(findingMessageKey(raw.id, part), args);
}

/** The title's key; a title that counts (days, recordings) takes the plural form for its number. */
export function titleKey(entry: CatalogEntry, raw: RawFinding, t: Translate, locale: Locale): string {
  const base = findingMessageKey(raw.id, 'title');
  // A subject variant (details.textVariant, e.g. `owner`) has its own title when the catalog has one.
  const variant = textVariant(raw);
  if (variant && t(`${base}_${variant}`) !== `${base}_${variant}`) return `${base}_${variant}`;
  // An account-wide finding may have its own title ("…for your Ring account", not "This device…").
  const accountKey = `${base}_account`;
  if (raw.subject.type === 'account' && t(accountKey) !== accountKey) return accountKey;
  const count = entry.titleCount ? raw.details[entry.titleCount] : undefined;
  return typeof count === 'number' ? pluralKey(t, locale, base, count) : base;
}

/**
 * Title substitutions in the user's language. A name the catalog has no words for is still shown, through
 * a neutral message that names it: never dropped.
 */
export function titleArgs(entry: CatalogEntry, raw: RawFinding, t: Translate, locale: Locale): string[] {
  const known = (key: string, fallbackKey: string, name: string) => {
    const text = t(key);
    return text && text !== key ? text : t(fallbackKey, [name]);
  };
  return (entry.titleArgs ?? []).map((arg) => {
    if (typeof arg === 'string') return String(raw.details[arg] ?? '?');
    if (arg.as === 'count') {
      const count = String(raw.details[arg.detail] ?? '?');
      return raw.details[arg.atLeast] === true ? t('count_at_least', [count]) : count;
    }
    const value = String(raw.details[arg.detail] ?? '');
    if (arg.as === 'permission') return known(permissionMessageKey(value), 'perm_unknown', value);
    const names = value.split(',').filter(Boolean);
    const words = [...new Set(names.map((n) => known(interfaceMessageKey(n), 'iface_unknown', n)))];
    return words.length > 0 ? listFormat(locale).format(words) : '?';
  });
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** One list formatter per locale: constructing an Intl formatter costs more than formatting with it. */
function listFormat(locale: Locale): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format;
}
