/**
 * Issue 19.4 as a user sees it, in real Chromium and Firefox, English and German, at 420 × 600: a 60-camera Ring
 * account stored by the real store; the popup lists the first 40 device groups and police paths and counts the
 * rest, with a link to the full report. Screenshots go to
 * test-artifacts/big-account-{chromium,firefox}-{en,de}-{popup-groups,popup-police}.png.
 */
import type { Page as PptrPage } from 'puppeteer-core';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startChromiumSession } from './support/chromium-session.ts';
import { startFirefoxSession } from './support/firefox-session.ts';
import { CHROMIUM, CHROMIUM_GERMAN, FIREFOX, FIREFOX_GERMAN, browserAvailable, germanAvailable, until } from './support/browsers.ts';
import { createMemoryArea } from '../unit/fake-browser.ts';
import { devicesCapture, fixtureJson } from '../unit/fixtures.ts';
import { readCapture } from '../../src/sources/read-capture.ts';
import { ScanStore } from '../../src/store/scan-store.ts';
import { MAX_GROUPS } from '../../src/popup/list-limits.ts';
import { MESSAGES } from '../../src/i18n/bundled-messages.ts';
import type { Locale } from '../../src/i18n/translate.ts';
import { setFirefoxViewport } from './support/firefox-viewport.ts';
import { markPreviousDocument } from './support/previous-document.ts';

const ARTIFACTS = resolve('test-artifacts');
const CAMERAS = MAX_GROUPS + 20;

/** storage.local as the real store leaves it after reading a 60-camera device list. */
async function storedBigAccount(): Promise<Record<string, unknown>> {
  const body = fixtureJson('ring-devices.json') as Record<string, unknown[]> & { stickup_cams: { id: number; description: string }[] };
  const template = body.stickup_cams[0]!;
  body.stickup_cams = Array.from({ length: CAMERAS }, (_, i) => ({ ...template, id: 82_000_000 + i, description: `Kamera ${i + 1}` }));
  for (const list of ['doorbots', 'authorized_doorbots', 'chimes', 'base_stations', 'beams_bridges', 'other']) body[list] = [];
  const area = createMemoryArea();
  await new ScanStore(area).addResults({ scanId: 'big', service: 'ring', origin: 'https://account.ring.com', results: [readCapture(devicesCapture(body))] });
  return area.get(null);
}

/**
 * Runs in an extension page: what the bounded lists show, once this document (not the one before the reload,
 * which re-renders live when the test writes storage) has rendered them; null until then.
 */
function lists() {
  if (document.documentElement.hasAttribute('data-e2e-previous') || !document.querySelector('[data-testid="more-groups"]')) return null;
  const count = (sel: string) => document.querySelectorAll(sel).length;
  return {
    groups: count('[data-account^="ring:"] section.group'),
    police: count('[data-testid="police-paths"] li[data-police-state]'),
    moreGroups: document.querySelector('[data-testid="more-groups"]')?.textContent ?? null,
    morePolice: document.querySelector('[data-testid="police-more"]')?.textContent ?? null,
  };
}

const message = (lang: Locale, key: string, n: number) => MESSAGES[lang][key]!.message.replace('$1', String(n));

/** Both browsers' pages, reduced to what the test does with them. */
interface Shooter {
  evaluate<T>(fn: () => T): Promise<T>;
  scrollTo(selector: string): Promise<void>;
  shot(name: string): Promise<void>;
}

async function checkPopup(page: Shooter, lang: Locale, prefix: string): Promise<void> {
  // Waited for and read in one evaluation of the new document.
  const shown = await until("the new popup's bounded lists", () => page.evaluate(lists), 30_000);
  expect(shown.groups).toBe(MAX_GROUPS);
  expect(shown.police).toBe(MAX_GROUPS);
  // Singular and plural forms through the locale's messages (20 more of each here).
  expect(shown.morePolice).toContain(message(lang, 'popup_police_more', CAMERAS - MAX_GROUPS));
  expect(shown.moreGroups).toContain(MESSAGES[lang].popup_open_report!.message);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.scrollTo('[data-testid="police-more"]');
  await page.shot(`${prefix}-popup-police`);
  await page.scrollTo('[data-testid="more-groups"]');
  await page.shot(`${prefix}-popup-groups`);
}

const chromiumLocales: Locale[] = browserAvailable(CHROMIUM) && germanAvailable(CHROMIUM_GERMAN, 'the German big-account screenshots') ? ['en', 'de'] : ['en'];
describe.runIf(browserAvailable(CHROMIUM)).each(chromiumLocales)('Chromium: a big account in the popup (%s)', (lang) => {
  it(`lists ${MAX_GROUPS} groups and police paths, counts the rest and links the report`, async () => {
    const session = await startChromiumSession(lang === 'de' ? { language: 'de' } : {});
    try {
      const popup: Page = await session.context.newPage();
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
      const data = await storedBigAccount();
      await popup.evaluate((items) => chrome.storage.local.set(items), data);
      await markPreviousDocument(popup);
      await popup.reload();
      await checkPopup(
        {
          evaluate: (fn) => popup.evaluate(fn),
          scrollTo: (sel) => popup.locator(sel).scrollIntoViewIfNeeded(),
          shot: async (name) =>
            void (await popup.screenshot({ path: join(ARTIFACTS, `big-account-chromium-${lang}-${name.slice(name.indexOf('-') + 1)}.png`) })),
        },
        lang,
        'chromium',
      );
    } finally {
      await session.close();
    }
  });
});

const firefoxLocales: Locale[] = browserAvailable(FIREFOX) && germanAvailable(FIREFOX_GERMAN, 'the German big-account screenshots') ? ['en', 'de'] : ['en'];
describe.runIf(browserAvailable(FIREFOX)).each(firefoxLocales)('Firefox: a big account in the popup (%s)', (lang) => {
  it(`lists ${MAX_GROUPS} groups and police paths, counts the rest and links the report`, async () => {
    const session = await startFirefoxSession({}, lang === 'de' ? { language: 'de' } : {});
    try {
      const popup: PptrPage = await session.firefox.newPage();
      await setFirefoxViewport(popup, { width: 420, height: 600 });
      const url = `moz-extension://${session.uuid}/src/popup/index.html`;
      // goto of a moz-extension URL may never resolve although the page loads: do not await it, poll instead.
      void popup.goto(url).catch(() => undefined);
      await until('popup page', () => popup.evaluate(() => document.querySelector('main[aria-busy="false"]') !== null));
      const data = await storedBigAccount();
      await popup.evaluate((items) => browser.storage.local.set(items), data);
      await markPreviousDocument(popup);
      void popup.goto(url).catch(() => undefined);
      await checkPopup(
        {
          evaluate: (fn) => popup.evaluate(fn),
          // Scrolled, then two frames, so the screenshot shows the repainted page (else Firefox may capture a blank one).
          scrollTo: (sel) =>
            popup.evaluate(async (s) => {
              document.querySelector(s)?.scrollIntoView({ block: 'center' });
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            }, sel),
          shot: async (name) =>
            void (await popup.screenshot({ path: join(ARTIFACTS, `big-account-firefox-${lang}-${name.slice(name.indexOf('-') + 1)}.png`) })),
        },
        lang,
        'firefox',
      );
    } finally {
      await session.close();
    }
  });
});
