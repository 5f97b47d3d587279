import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { readInput } from '../../../src/cli/read-input.ts';
import { accountFindings } from '../../../src/report/build-report.ts';
import type { SourceResult } from '../../../src/model/records.ts';

const ALEXA = resolve(import.meta.dirname, '../../fixtures/alexa');
const json = (name: string): unknown => JSON.parse(readFileSync(resolve(ALEXA, name), 'utf8'));
const NOW = '2026-11-22T00:00:00.000Z';

/** What the pages the browsers visit hold, read by the same sources in Node (the CLI's path). */
function pageResults(): SourceResult[] {
  const html = ['alexa-privacy-myad-de.html', 'alexa-privacy-skill-permissions-de.html', 'apps-with-access-de.html'];
  return [
    ...html.flatMap((name) => readInput(name, readFileSync(resolve(ALEXA, name), 'utf8'), NOW)),
    readCapture({
      url: 'https://www.amazon.de/alexa-privacy/apd/rvh/customer-history-records-v2',
      via: 'har',
      body: json('voice-history-rvh.json'),
      capturedAt: NOW,
    }),
    readCapture({
      url: 'https://www.amazon.de/alexa-privacy/apd/rvh/persons-in-household',
      via: 'har',
      body: json('persons-in-household.json'),
      capturedAt: NOW,
    }),
  ];
}

function deepScanResults(): SourceResult[] {
  const api = 'https://alexa.amazon.de';
  return [
    readCapture({ url: `${api}/api/devices-v2/device`, via: 'har', body: json('devices-v2.json'), capturedAt: NOW }),
    readCapture({ url: `${api}/nexus/v1/graphql`, via: 'har', body: json('graphql-endpoints.json'), capturedAt: NOW }),
    readCapture({ url: `${api}/api/household`, via: 'har', body: json('household.json'), capturedAt: NOW }),
    readCapture({ url: `${api}/api/device-preferences`, via: 'har', body: json('device-preferences.json'), capturedAt: NOW }),
    readCapture({ url: `${api}/api/v1/devices/A1EXAMPLE0SHOWACCT/settings/liveView`, via: 'har', body: json('liveview-setting.json'), capturedAt: NOW }),
  ];
}

// The report's findings (regional ones by the marketplace's country), as the popup shows them.
const shown = (results: SourceResult[]) =>
  accountFindings(results)
    .map(({ raw }) => `${raw.id} ${raw.subject.name}`)
    .sort();

/** Findings after the Amazon pages only, and after the deep scan too, as `id subject-name`. */
export const EXPECTED_AMAZON_PAGES = shown(pageResults());
export const EXPECTED_AMAZON_ALL = shown([...pageResults(), ...deepScanResults()]);

/** Runs in the popup: the findings shown for the amazon.de account, as `id subject-name`. */
export function shownAmazonFindings(): string[] {
  return [...document.querySelectorAll('[data-account="amazon:amazon.de"] [data-finding-id]')]
    .map((el) => `${el.getAttribute('data-finding-id')} ${el.getAttribute('data-subject-name')}`)
    .sort();
}

export const AMAZON_PAGES = [
  'https://www.amazon.de/alexa-privacy/apd/myad',
  'https://www.amazon.de/alexa-privacy/apd/skill-permissions',
  'https://www.amazon.de/ap/adam',
  'https://www.amazon.de/alexa-privacy/apd/rvh',
];

/** Deep-scan requests in the fixture site's log: Alexa origin only, each with the session cookies and a csrf header equal to the csrf cookie. */
export function expectAmazonCredentials(entries: readonly { host: string; path: string; cookie: boolean; token: boolean }[]): void {
  const alexa = entries.filter((r) => r.host === 'alexa.amazon.de');
  expect(alexa.length).toBeGreaterThanOrEqual(4);
  expect(alexa.filter((r) => !r.cookie || !r.token).map((r) => r.path)).toEqual([]);
  expect(entries.filter((r) => r.host !== 'alexa.amazon.de' && r.host !== 'www.amazon.de')).toEqual([]);
}
