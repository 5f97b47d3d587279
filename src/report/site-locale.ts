import type { Locale } from '../i18n/translate.ts';

/** Countries whose Amazon marketplace is amazon.de (it serves Austria too). */
const GERMAN_EDITION = new Set(['DE', 'AT']);

/**
 * Which edition of an Amazon page fits the account: its own marketplace's, whatever the browser's language (an
 * amazon.de account read with an English UI still gets amazon.de pages). Other countries, or none known: the UI's.
 */
export function siteLocale(country: string | null, uiLocale: Locale): Locale {
  if (country !== null && GERMAN_EDITION.has(country)) return 'de';
  if (country === 'US') return 'en';
  return uiLocale;
}
