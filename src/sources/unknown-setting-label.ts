import { boundName } from './json-reader.ts';

/** E-mail addresses, links and phone-like numbers: a switch label may carry them ("Share with anna@…"); none is kept. */
const CONTACTS: readonly [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  [/https?:\/\/\S+/gi, '[url]'],
  [/\+?\d[\d\s()/.-]{5,}\d/g, '[number]'],
];

/** A label of a setting Alexposé does not know, as it may be stored: contacts scrubbed, bounded like every name. */
export function unknownSettingLabel(label: string): string {
  return boundName(CONTACTS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), label.replace(/\s+/g, ' ').trim()));
}
