/** Looks up a message by key with positional `$1`..`$9` substitutions, like `browser.i18n.getMessage`. */
export type Translate = (key: string, substitutions?: readonly string[]) => string;

export type Locale = 'en' | 'de';

export interface MessageFile {
  [key: string]: { message: string; description?: string };
}

/** A translator over `_locales` JSON, for the CLI and tests (the extension uses `browser.i18n`). */
export function translatorFrom(messages: MessageFile, fallback?: MessageFile): Translate {
  return (key, substitutions = []) => {
    const entry = messages[key] ?? fallback?.[key];
    if (!entry) return key;
    // Most messages have no placeholder: no regular expression run for them.
    if (!entry.message.includes('$')) return entry.message;
    return entry.message.replace(/\$(\d)|\$\$/g, (match, n: string | undefined) => (n === undefined ? '$' : (substitutions[Number(n) - 1] ?? '')));
  };
}

export function localeOf(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
