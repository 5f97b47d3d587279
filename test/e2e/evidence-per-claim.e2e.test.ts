/**
 * Issue 24 (review blocker B2): the print of an account with several cameras whose settings differ cites, under each
 * camera's findings, that camera's own settings document and its read time with time zone; the popup's "why" at
 * 420 × 600 says the same. Chromium (Playwright) and Firefox (Puppeteer), English and German. Screenshots go to
 * test-artifacts/evidence-*.png (and SHOTS_DIR when set).
 */
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startChromiumSession } from './support/chromium-session.ts';
import { startFirefoxSession } from './support/firefox-session.ts';
import { setFirefoxViewport } from './support/firefox-viewport.ts';
import { CHROMIUM, CHROMIUM_GERMAN, FIREFOX, FIREFOX_GERMAN, browserAvailable, germanAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';
import { evidenceViolations, openPopupWhy, printRulesOnScreen, reportEvidence } from './support/evidence-checks.ts';

const ARTIFACTS = resolve(process.env['SHOTS_DIR'] ?? 'test-artifacts');
const SETTINGS_OF = (id: string) => `https://account.ring.com/api/cgw/devices/v1/devices/${id}/settings`;

/** The two cameras whose findings the print must tell apart (E2EE off on both, 30 vs 60 days, audio on vs off). */
function expectOwnDocuments(shown: ReturnType<typeof reportEvidence>, language: 'en' | 'de'): void {
  expect(evidenceViolations(shown)).toEqual([]);
  // In the browser's language (the print's provenance line: "Source: …" / "Quelle: …").
  expect(shown.filter((e) => e.text).every((e) => e.text.startsWith(language === 'de' ? 'Quelle: ' : 'Source: '))).toBe(true);
  for (const camera of ['70010001', '70010002']) {
    const e2ee = shown.find((e) => e.finding === 'ring.e2ee-off' && e.subject === camera);
    expect(e2ee?.location).toBe(SETTINGS_OF(camera));
    expect(shown.find((e) => e.finding === 'ring.cloud-video-storage' && e.subject === camera)?.location).toBe(SETTINGS_OF(camera));
  }
  expect(shown.find((e) => e.finding === 'ring.audio-recording' && e.subject === '70010001')?.location).toBe(SETTINGS_OF('70010001'));
}

const chromiumLanguages = (['en', 'de'] as const).filter((l) => l === 'en' || germanAvailable(CHROMIUM_GERMAN, 'the German evidence test'));
const firefoxLanguages = (['en', 'de'] as const).filter((l) => l === 'en' || germanAvailable(FIREFOX_GERMAN, 'the German evidence test'));

describe.runIf(browserAvailable(CHROMIUM))('Chromium: each finding cites its own document', () => {
  it.each(chromiumLanguages)(
    '%s: in the report page printed, and in the popup’s “why” at 420 × 600',
    async (language) => {
      const session = await startChromiumSession({
        viewport: { width: 420, height: 600 },
        ...(language === 'de' ? { language } : {}),
        prepareServer: (s) => void (s.dashboardApp = 'everything'),
      });
      try {
        const { context, worker, extensionId } = session;
        const page = await context.newPage();
        await page.goto('https://account.ring.com/account/dashboard');
        await until(
          'three settings documents in storage',
          async () => (await worker.evaluate(storedSourceIds)).filter((s) => s === 'ring.device-settings').length === 3,
          60_000,
        );
        mkdirSync(ARTIFACTS, { recursive: true });

        const report: PwPage = await context.newPage();
        await report.setViewportSize({ width: 1000, height: 900 });
        await report.goto(`chrome-extension://${extensionId}/src/report-page/index.html`);
        await report.waitForSelector('[data-testid="report-findings"] [data-finding-id="ring.e2ee-off"][data-subject-id="70010002"]', { timeout: 60_000 });
        // The print layout: the page's own beforeprint handler opens every detail; then print media.
        await report.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        await report.emulateMedia({ media: 'print' });
        await report.waitForFunction(() =>
          [...document.querySelectorAll('[data-testid="report-findings"] details')].every((d) => (d as HTMLDetailsElement).open),
        );
        expectOwnDocuments(await report.evaluate(reportEvidence), language);
        await report.locator('[data-testid="report-findings"] li:has([data-subject-id="70010001"]) >> nth=0').scrollIntoViewIfNeeded();
        await report.screenshot({ path: join(ARTIFACTS, `evidence-print-chromium-${language}.png`), fullPage: false });
        await report.locator('[data-testid="report-findings"]').screenshot({ path: join(ARTIFACTS, `evidence-print-findings-chromium-${language}.png`) });

        const popup: PwPage = await context.newPage();
        await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
        await popup.waitForSelector('[data-finding-id="ring.e2ee-off"][data-subject-id="70010002"]', { state: 'attached', timeout: 60_000 });
        const why = await popup.evaluate(openPopupWhy, { finding: 'ring.e2ee-off', subject: '70010002' });
        expect(why?.location).toBe(SETTINGS_OF('70010002'));
        expect(why?.text).toContain(SETTINGS_OF('70010002'));
        expect(why?.text.startsWith(language === 'de' ? 'Beleg: ' : 'Evidence: ')).toBe(true);
        expect(why?.top).toBeGreaterThanOrEqual(0);
        expect(why?.bottom).toBeLessThanOrEqual(601); // sub-pixel layout: within the 600 px
        await popup.screenshot({ path: join(ARTIFACTS, `evidence-popup-why-chromium-${language}.png`) });
      } finally {
        await session.close();
      }
    },
    180_000,
  );
});

describe.runIf(browserAvailable(FIREFOX))('Firefox: each finding cites its own document', () => {
  it.each(firefoxLanguages)(
    '%s: in the report page printed, and in the popup’s “why” at 420 × 600',
    async (language) => {
      const session = await startFirefoxSession({}, language === 'de' ? { language } : {});
      try {
        const { server, firefox, uuid } = session;
        const popup: PpPage = await firefox.newPage();
        // goto of a moz-extension URL may never resolve although the page loads: do not await it, poll instead.
        void popup.goto(`moz-extension://${uuid}/src/popup/index.html`).catch(() => undefined);
        await until('popup page', () => popup.evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:'));
        server.dashboardApp = 'everything';
        const page = await firefox.newPage();
        await page.goto('https://account.ring.com/account/dashboard');
        await page.waitForSelector('body[data-app-loaded="true"]');
        await until(
          'three settings documents in storage',
          async () => (await popup.evaluate(storedSourceIds)).filter((s) => s === 'ring.device-settings').length === 3,
          60_000,
        );
        mkdirSync(ARTIFACTS, { recursive: true });

        const report: PpPage = await firefox.newPage();
        void report.goto(`moz-extension://${uuid}/src/report-page/index.html`).catch(() => undefined);
        await setFirefoxViewport(report, { width: 1000, height: 900 });
        await report.waitForSelector('[data-testid="report-findings"] [data-finding-id="ring.e2ee-off"][data-subject-id="70010002"]', { timeout: 60_000 });
        await report.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        // Firefox over WebDriver BiDi has no media emulation (Puppeteer's needs CDP): the page's print rules are
        // applied to the screen instead, the same layout.
        const printRules = await report.evaluate(printRulesOnScreen);
        expect(printRules).toBeGreaterThan(0);
        await report.waitForFunction(() =>
          [...document.querySelectorAll('[data-testid="report-findings"] details')].every((d) => (d as HTMLDetailsElement).open),
        );
        expectOwnDocuments(await report.evaluate(reportEvidence), language);
        await report.evaluate(() => document.querySelector('[data-testid="report-findings"] [data-subject-id="70010001"]')?.scrollIntoView({ block: 'start' }));
        await report.screenshot({ path: join(ARTIFACTS, `evidence-print-firefox-${language}.png`) });

        // The popup was opened before the scan: reload it so it shows what was stored, and wait for the new document.
        await setFirefoxViewport(popup, { width: 420, height: 600 });
        void popup.reload().catch(() => undefined);
        await popup.waitForSelector('[data-finding-id="ring.e2ee-off"][data-subject-id="70010002"]', { timeout: 60_000 });
        const why = await popup.evaluate(openPopupWhy, { finding: 'ring.e2ee-off', subject: '70010002' });
        expect(why?.location).toBe(SETTINGS_OF('70010002'));
        expect(why?.text).toContain(SETTINGS_OF('70010002'));
        expect(why?.text.startsWith(language === 'de' ? 'Beleg: ' : 'Evidence: ')).toBe(true);
        expect(why?.top).toBeGreaterThanOrEqual(0);
        expect(why?.bottom).toBeLessThanOrEqual(601); // sub-pixel layout: within the 600 px
        await popup.screenshot({ path: join(ARTIFACTS, `evidence-popup-why-firefox-${language}.png`) });
      } finally {
        await session.close();
      }
    },
    180_000,
  );
});
