/// <reference types="vite/client" />
import en from '../../public/_locales/en/messages.json?raw';
import de from '../../public/_locales/de/messages.json?raw';
import { translatorFrom, type Locale, type MessageFile, type Translate } from '../i18n/translate.ts';

/**
 * The CLI's translator over the bundled messages (the same files as bundled-messages.ts). They are bundled as text
 * and parsed as JSON when the CLI starts: JSON.parse reads them several times faster than Node compiles the same
 * data as an object literal, and German is parsed only for a German report.
 */
export function cliTranslator(locale: Locale): Translate {
  const english = JSON.parse(en) as MessageFile;
  return locale === 'en' ? translatorFrom(english, english) : translatorFrom(JSON.parse(de) as MessageFile, english);
}
