/**
 * The popup's first screen from the background's summary (issue 31), in real Chromium over the fixture accounts:
 * with the full path held back (the popup's one read of all of storage.local answers only when the test says so),
 * the popup paints grade lines, changes, progress and fixes from the summary alone, and that first screen is the
 * same DOM as the one the full reports then render. An erase leaves no summary behind.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { CHROMIUM, browserAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';
import { loadAmazonPages, loadRing } from './support/first-screen.ts';
import { firstScreenHtml, holdFullPath } from './support/popup-summary.ts';

const SUMMARY_KEY = 'alexpose.popupSummary';

describe.runIf(browserAvailable(CHROMIUM))('Chromium popup: first screen from the summary', () => {
  let session: ChromiumSession | undefined;
  let context: BrowserContext;
  let worker: Worker;

  const stored = async (id: string) => (await worker.evaluate(storedSourceIds)).filter((s) => s === id).length;
  const summaryKept = () => worker.evaluate((key) => chrome.storage.local.get(key).then((v) => key in v), SUMMARY_KEY);
  const popupUrl = () => `chrome-extension://${session!.extensionId}/src/popup/index.html`;

  /** The background keeps a summary of what storage holds now: one the popup trusts (it paints from it). */
  const summaryFresh = async () => {
    const probe = await context.newPage();
    try {
      await probe.addInitScript(holdFullPath);
      await probe.goto(popupUrl());
      // The popup paints from a trusted summary while the full path is held; with none it waits with nothing.
      await probe.waitForSelector('[data-testid="overview"]', { timeout: 2_000 });
      return true;
    } catch {
      return false;
    } finally {
      await probe.close();
    }
  };

  beforeAll(async () => {
    session = await startChromiumSession({ viewport: { width: 420, height: 600 }, prepareServer: (s) => void (s.dashboardApp = 'everything') });
    ({ context, worker } = session);
    const pages = await context.newPage();
    await loadRing(pages, stored, 'en', true);
    await loadAmazonPages(pages, stored);
    await pages.close();
    // The first popup open marks the scans seen; the background then keeps the summary of that.
    const first = await context.newPage();
    await first.goto(popupUrl());
    await first.waitForSelector('main[aria-busy="false"]');
    await first.close();
    await until('a summary the popup trusts', summaryFresh, 30_000);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('painted from the summary alone, the first screen is the one the full reports render', async () => {
    const popup: Page = await context.newPage();
    await popup.addInitScript(holdFullPath);
    await popup.goto(popupUrl());
    await popup.waitForSelector('[data-testid="overview"] [data-testid="fix-action"]');
    // Still busy: the full reports are held back, so this came from the summary.
    expect(await popup.getAttribute('main', 'aria-busy')).toBe('true');
    expect(await popup.locator('[data-testid="grade-line"]').count()).toBe(2);
    expect(await popup.locator('#details-heading').count()).toBe(0);
    const fromSummary = await popup.evaluate(firstScreenHtml);

    await popup.evaluate(() => (window as unknown as { __releaseFullPath(): void }).__releaseFullPath());
    await popup.waitForSelector('main[aria-busy="false"]');
    await popup.waitForSelector('#details-heading');
    expect(await popup.evaluate(firstScreenHtml)).toEqual(fromSummary);
    await popup.close();
  });

  it('erase everything: no summary is left, and the popup says nothing is stored', async () => {
    const report = await context.newPage();
    await report.goto(`chrome-extension://${session!.extensionId}/src/report-page/index.html`);
    await report.click('[data-testid="erase"] > button');
    await report.click('[data-testid="erase-confirm"]');
    await report.waitForSelector('[data-testid="erase"] [role="status"]');
    await report.close();
    expect(await summaryKept()).toBe(false);
    const popup = await context.newPage();
    await popup.goto(popupUrl());
    await popup.waitForSelector('[data-testid="empty-state"]');
    expect(await popup.getAttribute('main', 'aria-busy')).toBe('false');
    await popup.close();
    expect(await summaryKept()).toBe(false);
  });
});
