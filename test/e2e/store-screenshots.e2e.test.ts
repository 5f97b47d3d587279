import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { CHROMIUM, browserAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';
import { AMAZON_PAGES } from './support/expected-amazon.ts';

/**
 * The store screenshots (1280 × 800, PNG), made from the built extension after a scan of the fixture site
 * (an invented account), never by hand: popup, data-flow picture, police paths and findings, data-rights
 * letter, privacy policy, in English and German. Written to test-artifacts/store/{en,de}/ (store/README.md).
 */
const SIZE = { width: 1280, height: 800 };
const OUT = resolve('test-artifacts/store');
const GERMAN_PACK = '/usr/lib/chromium/locales/de.pak';

/** The popup is 420 px wide: shown at its real size on a plain backdrop, centred, as the toolbar would show it. */
const POPUP_FRAME = `
  html { background: #e8ebef; min-height: 100%; }
  body { width: 420px; margin: 24px auto; box-shadow: 0 8px 32px rgba(0, 0, 0, 0.25); border-radius: 8px; overflow: hidden; }`;

function languages(): ('en' | 'de')[] {
  if (existsSync(GERMAN_PACK)) return ['en', 'de'];
  if (process.env.CI === 'true') throw new Error(`${GERMAN_PACK} is missing; CI must install chromium-l10n`);
  console.log('SKIP (de): chromium-l10n not installed; only the English screenshots are made');
  return ['en'];
}
async function shoot(page: Page, dir: string, name: string): Promise<void> {
  const path = join(dir, name);
  await page.screenshot({ path, clip: { x: 0, y: 0, ...SIZE } });
  // PNG header: width and height at bytes 16–23.
  const png = readFileSync(path);
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SIZE.width, SIZE.height]);
}

describe.runIf(browserAvailable(CHROMIUM))('store screenshots', () => {
  describe.each(languages())('%s', (language) => {
    let session: ChromiumSession | undefined;

    beforeAll(async () => {
      session = await startChromiumSession({
        viewport: SIZE,
        ...(language === 'de' ? { language } : {}),
        prepareServer: (s) => void (s.dashboardApp = 'everything'),
      });
    });
    afterAll(async () => {
      await session?.close();
    });

    it('scans the fixture account and writes five 1280 × 800 screenshots', async () => {
      const { context, worker, extensionId } = session!;
      const dir = join(OUT, language);
      mkdirSync(dir, { recursive: true });
      const stored = async (id: string) => (await worker.evaluate(storedSourceIds)).filter((s) => s === id).length;

      // Amazon first, so the Ring account (scanned last) leads the popup.
      const page = await context.newPage();
      for (const [i, url] of AMAZON_PAGES.slice(0, 3).entries()) {
        await page.goto(url);
        await until(`${url} in storage`, async () => (await stored('amazon.privacy-page')) === i + 1);
      }
      await page.goto('https://account.ring.com/account/dashboard');
      await until('device settings in storage', async () => (await stored('ring.device-settings')) === 3);
      await page.goto('https://account.ring.com/account/control-center');
      await until('Control Center in storage', async () => (await stored('ring.control-center')) === 1);
      await page.close();

      const ext = (path: string) => `chrome-extension://${extensionId}/${path}`;
      // Opened once before: the listing shows the account as it stands, not the changes between the two scans above.
      const first = await context.newPage();
      await first.goto(ext('src/popup/index.html'));
      await first.waitForSelector('[data-finding-id]');
      await first.close();
      const popup = await context.newPage();
      await popup.goto(ext('src/popup/index.html'));
      await popup.waitForSelector('[data-finding-id]');
      await popup.addStyleTag({ content: POPUP_FRAME });
      await shoot(popup, dir, '1-popup.png');
      await popup.close();

      const report = await context.newPage();
      await report.goto(ext('src/report-page/index.html'));
      await report.waitForSelector('[data-account^="ring:"] svg[role="img"]');
      await shoot(report, dir, '2-data-flow.png');
      await report
        .locator('[data-account^="ring:"] [data-testid="police-paths"]')
        .first()
        .evaluate((el) => {
          el.scrollIntoView();
          window.scrollBy(0, -16);
        });
      await shoot(report, dir, '3-police-paths.png');
      await report.locator('[data-testid="letters"]').evaluate((el) => {
        el.scrollIntoView();
        window.scrollBy(0, -16);
      });
      await shoot(report, dir, '4-letters.png');
      await report.close();

      const privacy = await context.newPage();
      await privacy.goto(ext('src/privacy-page/index.html'));
      await privacy.waitForSelector('[data-testid="privacy-summary"]');
      expect(await privacy.textContent('h1')).toBe(language === 'de' ? 'Datenschutzerklärung von Alexposé' : 'Alexposé privacy policy');
      await shoot(privacy, dir, '5-privacy.png');
    });
  });
});
