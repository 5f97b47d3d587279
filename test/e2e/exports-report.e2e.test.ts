/**
 * Issue 30: the official Amazon and Ring data exports imported in the report page of both browsers, in English
 * and German. Chromium chooses the zips with the file input, Firefox drops them on the import area (a drop
 * event carrying Files). The page must show each export's inventory, the findings drawn from it, what is kept,
 * the request guide, and one line for the broken zip, and nothing of the export's personal values.
 * Screenshots: /work/wt/shots/30/ (outside the repository; ALEXPOSE_SHOTS overrides).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { startFirefoxSession, type FirefoxSession } from './support/firefox-session.ts';
import { setFirefoxViewport } from './support/firefox-viewport.ts';
import { CHROMIUM, CHROMIUM_GERMAN, FIREFOX, FIREFOX_GERMAN, browserAvailable, germanAvailable, until } from './support/browsers.ts';
import { unexpectedHosts } from './support/recording-proxy.ts';
import { MAPPED_HOSTS } from './support/fixture-site.ts';
import { amazonExportFiles, ringExportFiles, SECRETS, zipOf } from '../fixtures/exports/build-exports.ts';

const SHOTS = process.env['ALEXPOSE_SHOTS'] ?? '/work/wt/shots/30';
const tmp = mkdtempSync(join(tmpdir(), 'alexpose-export-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ZIPS: Record<string, Uint8Array> = {
  'Amazon-Alexa.zip': zipOf(amazonExportFiles()),
  'All Data Categories.zip': zipOf(ringExportFiles()),
  // A download cut short: it gets its own line; the files before the cut are read and kept as a partial export.
  'cut.zip': zipOf(amazonExportFiles()).subarray(0, 900),
};
const paths = Object.entries(ZIPS).map(([name, bytes]) => {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
});

/** What each language must show. */
const EXPECT = {
  en: {
    ring: "Ring's export holds house-precise coordinates of your home",
    voice: "Amazon's export holds Alexa voice interactions from 2019-01-05 to 2026-11-30",
    kept: 'Alexposé keeps only counts, date ranges, device names and audience names',
    guide: 'How to get your data exports',
    cut: 'cut.zip: the zip is incomplete',
    firstAmazonLink: 'amazon.com',
  },
  de: {
    ring: 'Rings Export enthält hausgenaue Koordinaten Ihres Zuhauses',
    voice: 'Amazons Export enthält Alexa-Sprachinteraktionen von 2019-01-05 bis 2026-11-30',
    kept: 'Alexposé behält von einem Export nur Anzahlen, Zeiträume, Gerätenamen',
    guide: 'So fordern Sie Ihre Datenexporte an',
    cut: 'cut.zip: Das Zip ist unvollständig',
    firstAmazonLink: 'amazon.de',
  },
} as const;

/** Read in the page (both browsers): what the test asserts on. */
function pageState() {
  return {
    entries: document.querySelectorAll('[data-testid="export-entry"]').length,
    findings: [...document.querySelectorAll('[data-finding-id]')].map((el) => el.getAttribute('data-finding-id') ?? '').filter((id) => id.includes('.export-')),
    text: document.body.innerText,
    problems: document.querySelector('[data-testid="import-problems"]')?.textContent ?? '',
    // Headings may be upper-cased by CSS, which innerText reflects: the heading's own text.
    guide: document.querySelector('[data-testid="export-guide"] h2')?.textContent ?? '',
    firstGuideLink: document.querySelector('[data-testid="export-guide"] a')?.getAttribute('data-testid') ?? '',
    pointer: document.querySelector('[data-testid="letters-export-pointer"] a')?.getAttribute('href') ?? '',
  };
}
type PageState = ReturnType<typeof pageState>;

const shown = (state: PageState) => state.entries === 3 && state.findings.includes('ring.export-location-data') && state.problems !== '';

function assertShown(state: PageState, lang: 'en' | 'de') {
  const want = EXPECT[lang];
  // Amazon-Alexa.zip, All Data Categories.zip and what came before the cut of cut.zip.
  expect(state.entries).toBe(3);
  expect([...new Set(state.findings)].sort()).toEqual([
    'amazon.export-ad-audiences',
    'amazon.export-country-history',
    'amazon.export-registered-devices',
    'amazon.export-voice-history',
    'ring.export-event-log',
    'ring.export-location-data',
  ]);
  expect(state.text).toContain(want.ring);
  expect(state.text).toContain(want.voice);
  expect(state.text).toContain(want.kept);
  expect(state.guide).toBe(want.guide);
  expect(state.problems).toContain(want.cut);
  expect(state.firstGuideLink).toBe(`guide-amazon-${want.firstAmazonLink}`);
  expect(state.pointer).toBe('#export-guide');
  for (const secret of Object.values(SECRETS)) expect(state.text).not.toContain(secret);
}

describe.each(['en', 'de'] as const)('Chromium: the report page imports data exports (%s)', (lang) => {
  const run = browserAvailable(CHROMIUM) && (lang === 'en' || germanAvailable(CHROMIUM_GERMAN, 'Chromium German export import'));
  let session: ChromiumSession | undefined;
  afterAll(async () => session?.close());

  it.runIf(run)('shows the inventory, the findings and the guide', async () => {
    session = await startChromiumSession({ viewport: { width: 1200, height: 900 }, ...(lang === 'de' ? { language: 'de' as const } : {}) });
    const report = await session.context.newPage();
    await report.goto(`chrome-extension://${session.extensionId}/src/report-page/index.html`);
    await report.waitForSelector('[data-testid="import"]');
    const errors: string[] = [];
    report.on('pageerror', (e) => errors.push(String(e)));
    await report.setInputFiles('[data-testid="import"] input[type="file"] >> nth=0', paths);
    const state = await until(
      'exports and findings shown',
      async () => {
        const s = await report.evaluate(pageState);
        return shown(s) ? s : null;
      },
      60_000,
    );
    assertShown(state, lang);
    expect(errors).toEqual([]);
    await report.click('[data-service="ring"] details summary');
    mkdirSync(SHOTS, { recursive: true });
    await report.screenshot({ path: join(SHOTS, `report-exports-chromium-${lang}.png`), fullPage: true });
    const stored = JSON.stringify(await session.worker.evaluate(() => chrome.storage.local.get(null)));
    for (const secret of Object.values(SECRETS)) expect(stored).not.toContain(secret);
    expect(unexpectedHosts(session.proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});

/** Drops the zips on the import area: a drop event whose DataTransfer carries the Files, as a user's drop does. */
async function dropZips(page: PuppeteerPage): Promise<void> {
  const files = Object.entries(ZIPS).map(([name, bytes]) => ({ name, base64: Buffer.from(bytes).toString('base64') }));
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: 'application/zip' }));
    const target = document.querySelector('[data-testid="import"]') as HTMLElement;
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, files);
}

describe.each(['en', 'de'] as const)('Firefox: the report page imports data exports (%s)', (lang) => {
  const run = browserAvailable(FIREFOX) && (lang === 'en' || germanAvailable(FIREFOX_GERMAN, 'Firefox German export import'));
  let session: FirefoxSession | undefined;
  afterAll(async () => session?.close());

  it.runIf(run)('shows the inventory, the findings and the guide', async () => {
    session = await startFirefoxSession({}, lang === 'de' ? { language: 'de' } : {});
    const report = await session.firefox.newPage();
    await setFirefoxViewport(report, { width: 1200, height: 900 });
    // goto of a moz-extension URL may never resolve although the page loads: do not await it, poll instead.
    void report.goto(`moz-extension://${session.uuid}/src/report-page/index.html`).catch(() => undefined);
    await until(
      'report page with its import area',
      () => report.evaluate(() => location.protocol === 'moz-extension:' && document.querySelector('[data-testid="import"]') !== null),
      30_000,
    );
    await dropZips(report);
    const state = await until(
      'exports and findings shown',
      async () => {
        const s = await report.evaluate(pageState);
        return shown(s) ? s : null;
      },
      60_000,
    );
    assertShown(state, lang);
    await report.evaluate(() => document.querySelector('[data-service="ring"] details')?.setAttribute('open', ''));
    mkdirSync(SHOTS, { recursive: true });
    await report.screenshot({ path: join(SHOTS, `report-exports-firefox-${lang}.png`), fullPage: true });
    expect(unexpectedHosts(session.proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});
