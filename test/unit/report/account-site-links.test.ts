/**
 * Links to the account's own site (issue 28 item 5): an amazon.de account gets amazon.de opt-out pages whatever the
 * browser's language; an amazon.com account gets amazon.com pages in a German UI; with no country known, the UI's.
 */
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import type { Locale } from '../../../src/i18n/translate.ts';
import type { SourceResult } from '../../../src/model/records.ts';
import { AMAZON_DE, NOW, alexaCapture, alexaFixtureJson, alexaFixtureOutline } from '../fixtures.ts';

const AMAZON_COM = 'https://www.amazon.com';

/** The Alexa Privacy pages and voice history of one marketplace, read as the extension reads them. */
function privacyResults(origin: string): SourceResult[] {
  const lang = origin === AMAZON_DE ? 'de' : 'en';
  return [
    readCapture(alexaCapture(`${origin}/alexa-privacy/apd/rvh/customer-history-records-v2`, alexaFixtureJson('voice-history-rvh.json'))),
    readCapture(
      alexaCapture(`${origin}/alexa-privacy/apd/myad/skill-permissions`, alexaFixtureOutline(`alexa-privacy-skill-permissions-${lang}.html`), 'page-outline'),
    ),
    readCapture(alexaCapture(`${origin}/alexa-privacy/apd/myad`, alexaFixtureOutline(`alexa-privacy-myad-${lang}.html`), 'page-outline')),
  ];
}

const report = (results: SourceResult[], locale: Locale) => buildReport(results, { t: bundledTranslator(locale), locale, toolVersion: '0.1.0', now: NOW });
const hosts = (urls: string[]) => [...new Set(urls.map((u) => new URL(u).hostname))].sort();
const findingUrls = (results: SourceResult[], locale: Locale) => report(results, locale).findings.map((f) => f.optOut.url);

describe('opt-out pages of the account’s own site', () => {
  it('an amazon.de account read with an English UI links no amazon.com page that has an amazon.de edition', () => {
    const en = findingUrls(privacyResults(AMAZON_DE), 'en');
    const de = findingUrls(privacyResults(AMAZON_DE), 'de');
    expect(en.length).toBeGreaterThan(0);
    // The same pages as the German UI gets: the account's edition, not the browser language's.
    expect(en).toEqual(de);
    expect(hosts(en)).not.toContain('www.amazon.com');
  });

  it('an amazon.com account read with a German UI gets amazon.com pages', () => {
    const de = findingUrls(privacyResults(AMAZON_COM), 'de');
    const en = findingUrls(privacyResults(AMAZON_COM), 'en');
    expect(de).toEqual(en);
    expect(hosts(de)).not.toContain('www.amazon.de');
  });

  it('manual checks follow the account too', () => {
    const en = report(privacyResults(AMAZON_DE), 'en').manualChecks ?? [];
    const de = report(privacyResults(AMAZON_DE), 'de').manualChecks ?? [];
    expect(en.length).toBeGreaterThan(0);
    expect(en.map((c) => c.url)).toEqual(de.map((c) => c.url));
  });

  it('with no country read, the UI language picks the edition', () => {
    const file = [readCapture({ url: null, via: 'file', body: alexaFixtureJson('voice-history-rvh.json'), capturedAt: NOW, label: 'rvh.json' })];
    const en = report(file, 'en').findings.map((f) => f.optOut.url);
    const de = report(file, 'de').findings.map((f) => f.optOut.url);
    expect(en.length).toBeGreaterThan(0);
    expect(en).not.toEqual(de);
  });
});
