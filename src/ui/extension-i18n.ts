import browser from 'webextension-polyfill';
import { localeOf, type Locale, type Translate } from '../i18n/translate.ts';

/** In extension pages the browser picks the language from `_locales`, as the user's browser is set. */
export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions ? [...substitutions] : undefined) || key;
export const uiLocale: Locale = localeOf(browser.i18n.getUILanguage());
