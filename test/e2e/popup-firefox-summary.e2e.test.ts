/**
 * Firefox ESR: its background keeps the popup's first-screen summary too, and keeps it so that the popup trusts it
 * (same language, same basis as the store it was computed from), with the grade lines and fixes the popup shows.
 * Firefox runs no script of a test before a moz-extension page's own, so the summary is
 * read here with the popup's own reader (`readPopupSummary`) through the popup page; that the first screen painted
 * from it is the one the full reports render is shown in Chromium (popup-summary.e2e.test.ts) and in the unit tests.
 */
import type { Browser, Page } from 'puppeteer-core';
import { startFirefoxSession, type FirefoxSession } from './support/firefox-session.ts';
import { FIREFOX, browserAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';
import { loadAmazonPages, loadRing } from './support/first-screen.ts';
import { readPopupSummary, summaryContext, type PopupSummary } from '../../src/store/popup-summary.ts';
import type { StorageAreaLike } from '../../src/store/storage-area.ts';

/** What this test calls of the extension's API inside its popup page. */
interface PageApi {
  storage: { local: { get(keys: string | string[] | null): Promise<Record<string, unknown>> } };
  i18n: { getUILanguage(): string };
  runtime: { getManifest(): { version: string } };
}

describe.runIf(browserAvailable(FIREFOX))('Firefox popup: the summary the background keeps', () => {
  let session: FirefoxSession | undefined;
  let firefox: Browser;
  let popup: Page;

  const stored = async (id: string) => (await popup.evaluate(storedSourceIds)).filter((s) => s === id).length;
  const popupUrl = () => `moz-extension://${session!.uuid}/src/popup/index.html`;
  const has = (selector: string) => popup.evaluate((s) => document.querySelector(s) !== null, selector).catch(() => false);
  /** The extension's storage.local, read from its popup page. */
  const area: StorageAreaLike = {
    get: (keys) => popup.evaluate((k) => (globalThis as unknown as { browser: PageApi }).browser.storage.local.get(k), keys),
    set: () => Promise.reject(new Error('read only')),
    remove: () => Promise.reject(new Error('read only')),
  };
  /** The summary as the popup reads it on open: null when it would not trust it. */
  const trusted = async (): Promise<PopupSummary | null> => {
    const [language, version] = await popup.evaluate(() => {
      const api = (globalThis as unknown as { browser: PageApi }).browser;
      return [api.i18n.getUILanguage(), api.runtime.getManifest().version];
    });
    return readPopupSummary(area, summaryContext(language!.slice(0, 2) === 'de' ? 'de' : 'en', version!));
  };

  beforeAll(async () => {
    session = await startFirefoxSession();
    session.server.dashboardApp = 'everything';
    ({ firefox } = session);
    popup = await firefox.newPage();
    void popup.goto(popupUrl()).catch(() => undefined);
    await until('popup page', () => has('main[aria-busy="false"]'));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('kept for both accounts once the pages are stored, with the grade lines and fixes the popup shows', async () => {
    expect(await trusted()).toBeNull(); // nothing stored: the empty state needs no summary
    const pages = await firefox.newPage();
    await loadRing(pages, stored, 'en', true);
    await loadAmazonPages(pages, stored);
    await pages.close();
    const summary = await until('a summary the popup trusts', trusted, 40_000);
    expect(summary.accounts.map((a) => a.accountKey.split(':')[0]).sort()).toEqual(['amazon', 'ring']);
    // The open popup follows the store: both grade lines, in this same document.
    await until(
      'popup with both accounts',
      () =>
        has(
          'main[aria-busy="false"] [data-grade-account^="ring:"] ~ [data-grade-account^="amazon:"], main[aria-busy="false"] [data-grade-account^="amazon:"] ~ [data-grade-account^="ring:"]',
        ),
      30_000,
    );
    const shown = await popup.evaluate(() => ({
      grades: [...document.querySelectorAll('[data-testid="grade-line"]')].map(
        (l) => `${l.getAttribute('data-grade-account')} ${l.getAttribute('data-grade')}`,
      ),
      firstFix: document.querySelector('[data-testid="fix-action"]')?.getAttribute('data-action-id'),
    }));
    const kept = (await until('the summary of what the popup shows', trusted, 40_000)).accounts;
    expect(kept.map((a) => `${a.accountKey} ${a.summary?.grade}`).sort()).toEqual([...shown.grades].sort());
    expect(kept.flatMap((a) => a.summary?.actions ?? []).map((x) => x.id)).toContain(shown.firstFix);
  });
});
