import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import de from '../../public/_locales/de/messages.json' with { type: 'json' };
import { translatorFrom, type Locale, type MessageFile, type Translate } from './translate.ts';

/** Both locales bundled, for contexts without `browser.i18n` (the CLI). */
export const MESSAGES: Record<Locale, MessageFile> = { en, de };

export function bundledTranslator(locale: Locale): Translate {
  return translatorFrom(MESSAGES[locale], MESSAGES.en);
}
