// @vitest-environment node
import { plural } from '../../../src/i18n/plural.ts';
import { translatorFrom } from '../../../src/i18n/translate.ts';
import { MESSAGES } from '../../../src/i18n/bundled-messages.ts';

it.each([
  ['en', 1, 'about 1 minute'],
  ['en', 5, 'about 5 minutes'],
  ['de', 1, 'etwa 1 Minute'],
  ['de', 2, 'etwa 2 Minuten'],
] as const)('%s %d → %s', (locale, count, text) => {
  expect(plural(translatorFrom(MESSAGES[locale]), locale, 'manual_check_minutes', count)).toBe(text);
});

it('counts in the singular for one setting in both languages', () => {
  expect(plural(translatorFrom(MESSAGES.en), 'en', 'manual_checks_count', 1)).toMatch(/^1 setting can/);
  expect(plural(translatorFrom(MESSAGES.de), 'de', 'manual_checks_count', 1)).toMatch(/^1 Einstellung lässt/);
  expect(plural(translatorFrom(MESSAGES.de), 'de', 'manual_checks_count', 3)).toMatch(/^3 Einstellungen lassen/);
});
