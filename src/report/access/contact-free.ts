/**
 * Page-derived names and details pass through here before they enter an access entry: an e-mail address, a
 * phone number or a long token is replaced by a neutral mark, so none of them is ever stored or exported with it.
 */
const CONTACTS: readonly [RegExp, string][] = [
  [/[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+/g, '[e-mail]'],
  [/[^\s@]*\*{2,}[^\s@]*@\S*/g, '[e-mail]'],
  [/\+?\d[\d\s()/.-]{6,}\d/g, '[phone]'],
  [/\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{24,}\b/g, '[token]'],
];

export function withoutContacts(text: string): string {
  return CONTACTS.reduce((out, [pattern, mark]) => out.replace(pattern, mark), text).trim();
}
