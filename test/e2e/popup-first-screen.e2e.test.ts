/**
 * The popup's first 600 × 420 px in real Chromium, English and German, for every combination of accounts,
 * and the re-check flow: the fixture server turns E2EE on for one camera, "I did it — check again" re-reads
 * it through Scan now, marks it fixed, the score rises and that camera's police path closes.
 * Screenshots go to test-artifacts/popup-chromium-<lang>-<state>.png.
 */
import { type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAPPED_HOSTS, type FixtureServer } from './support/fixture-site.ts';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { unexpectedHosts, type RecordingProxy } from './support/recording-proxy.ts';
import { CHROMIUM, CHROMIUM_GERMAN, browserAvailable, germanAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';
import { checkResultsInView, checkStates, expectFirstScreen, firstScreen, loadAmazonPages, loadRing } from './support/first-screen.ts';

const ARTIFACTS = resolve('test-artifacts');
const SETTINGS_PATH = 'account.ring.com /api/cgw/devices/v1/devices/70010001/settings';

for (const lang of ['en', 'de'] as const) {
  const available = browserAvailable(CHROMIUM) && (lang === 'en' || germanAvailable(CHROMIUM_GERMAN, 'the German popup screenshots'));
  describe.runIf(available)(`Chromium popup first screen (${lang})`, () => {
    let server: FixtureServer;
    let proxy: RecordingProxy;
    let context: BrowserContext;
    let worker: Worker;
    let session: ChromiumSession | undefined;
    let popup: Page;
    let ring: Page;

    const stored = async (id: string) => (await worker.evaluate(storedSourceIds)).filter((s) => s === id).length;
    const openPopup = async () => {
      await popup.goto(`chrome-extension://${session!.extensionId}/src/popup/index.html`);
      await popup.waitForSelector('main[aria-busy="false"]');
    };
    const shot = async (state: string) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      await popup.screenshot({ path: join(ARTIFACTS, `popup-chromium-${lang}-${state}.png`) });
    };
    const checkFirstScreen = async () => expectFirstScreen(await popup.evaluate(firstScreen), lang);
    const ringPages = (withControlCenter: boolean) => loadRing(ring, stored, lang, withControlCenter);
    const loadAmazon = async () => {
      const amazon = await context.newPage();
      await loadAmazonPages(amazon, stored);
      await amazon.close();
    };
    const clear = () => worker.evaluate(() => chrome.storage.local.clear());

    beforeAll(async () => {
      session = await startChromiumSession({
        viewport: { width: 420, height: 600 },
        ...(lang === 'de' ? { language: 'de' as const } : {}),
        prepareServer: (s) => void (s.dashboardApp = 'everything'),
      });
      ({ server, proxy, context, worker } = session);
      ring = await context.newPage();
      popup = await context.newPage();
    });

    afterAll(async () => {
      await session?.close();
    });

    it('empty: says nothing was scanned, with its links on the first screen', async () => {
      await clear();
      await openPopup();
      const m = await popup.evaluate(firstScreen);
      expect(m.empty!).toBeLessThanOrEqual(600);
      expect(m.minFont).toBeGreaterThanOrEqual(12);
      await shot('empty');
    });

    it('Amazon only, then both accounts: grade, coverage and first action in the first 600 px', async () => {
      await loadAmazon();
      await openPopup();
      await popup.waitForSelector('[data-testid="fix-action"]');
      await checkFirstScreen();
      expect(await popup.getAttribute('[data-testid="fix-action"] .action__where a', 'href')).toMatch(/^https:\/\/www\.amazon\.de\//);
      await shot('amazon-only');

      await ringPages(true);
      await openPopup();
      await popup.waitForSelector('[data-grade-account^="ring:"]');
      await checkFirstScreen();
      // The police path is what the first action closes, across both accounts.
      expect(await popup.getAttribute('[data-testid="fix-action"]', 'data-action-id')).toBe('ring.e2ee-off');
      expect(await popup.locator('[data-testid="grade-line"]').count()).toBe(2);
      await shot('both');
      await popup.emulateMedia({ colorScheme: 'dark' });
      await checkFirstScreen();
      await shot('both-dark');
      await popup.emulateMedia({ colorScheme: 'light' });

      // The report page: one overview across both accounts, with the coverage table.
      const report = await context.newPage();
      await report.setViewportSize({ width: 1280, height: 900 });
      await report.goto(`chrome-extension://${session!.extensionId}/src/report-page/index.html`);
      await report.waitForSelector('[data-testid="coverage-table"] tbody tr');
      expect(await report.locator('[data-testid="report-overview"] [data-testid="grade-line"]').count()).toBe(2);
      await report.screenshot({ path: join(ARTIFACTS, `report-chromium-${lang}-overview.png`) });
      await report.close();
    });

    it('partial coverage (no Control Center), then Ring only', async () => {
      await clear();
      await ringPages(false);
      await openPopup();
      await popup.waitForSelector('[data-gap="ring.control-center"]');
      await checkFirstScreen();
      expect(await popup.getAttribute('[data-gap="ring.control-center"] a', 'href')).toBe('https://account.ring.com/account/control-center');
      await shot('partial');

      await ringPages(true);
      await openPopup();
      await popup.waitForSelector('[data-testid="fix-action"]');
      expect(await popup.locator('[data-gap="ring.control-center"]').count()).toBe(0);
      await checkFirstScreen();
      await shot('ring-only');
    });

    it('"I did it — check again": unchanged → still on; E2EE turned on for one camera → fixed, score up, police path closed', async () => {
      await ring.goto('https://account.ring.com/account/dashboard');
      await openPopup();
      const e2ee = popup.locator('[data-testid="fix-action"][data-action-id="ring.e2ee-off"]');
      await e2ee.locator('[data-testid="check-again"]').click();
      await popup.waitForFunction(
        () => document.querySelectorAll('[data-testid="fix-action"][data-action-id="ring.e2ee-off"] [data-check-state]').length > 0,
        undefined,
        { timeout: 30_000 },
      );
      expect(await popup.evaluate(checkStates)).toEqual(['70010001 still-on', '70010002 still-on']);
      await until('re-check results in view', () => popup.evaluate(checkResultsInView));
      await shot('recheck-unchanged');

      const settings = JSON.parse(readFileSync(resolve('test/fixtures/ring/settings-70010001.json'), 'utf8')) as {
        video_settings: { encryption_enabled: boolean };
      };
      settings.video_settings.encryption_enabled = true;
      server.routes.set(SETTINGS_PATH, { type: 'application/json', body: JSON.stringify(settings) });
      await e2ee.locator('[data-testid="check-again"]').click();
      await until(
        're-check result',
        async () => {
          const states = await popup.evaluate(checkStates);
          return states.includes('70010001 fixed') ? states : null;
        },
        40_000,
      );
      expect(await popup.evaluate(checkStates)).toEqual(['70010001 fixed', '70010002 still-on']);
      await until('re-check results in view', () => popup.evaluate(checkResultsInView));
      const change = popup.locator('[data-testid="grade-change"]').first();
      expect(Number(await change.getAttribute('data-after'))).toBeGreaterThan(Number(await change.getAttribute('data-before')));
      expect(await popup.getAttribute('[data-police-state][data-device-id="70010001"]', 'data-police-state')).toBe('closed-e2ee');
      expect(await popup.locator('[data-testid="done-list"] [data-device-id="70010001"]').count()).toBe(1);
      await shot('recheck-fixed');
      server.routes.delete(SETTINGS_PATH);
      expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
    });
  });
}
