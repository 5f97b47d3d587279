import browser from 'webextension-polyfill';
import { localeOf, type Locale, type Translate } from '../i18n/translate.ts';
import { plural } from '../i18n/plural.ts';

/** In extension pages the browser picks the language from `_locales`, as the user's browser is set. */
export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions ? [...substitutions] : undefined) || key;
export const uiLocale: Locale = localeOf(browser.i18n.getUILanguage());

/** A counted message in the plural form the UI language needs for `count` (`$1` = count). */
export const tn = (base: string, count: number, more: readonly string[] = []): string => plural(t, uiLocale, base, count, more);

/** "5 devices read · 13 findings · 3 high risk", each count in its own plural form. */
export function summaryLine(devices: number, findings: number, high: number): string {
  return [tn('summary_devices_read', devices), tn('summary_findings', findings), tn('summary_high_risk', high)].join(' · ');
}
