/**
 * Issue 28, the first screen in real Chromium at 420 × 600, English and German, through a user's visits: the first
 * visit (the dashboard loads only the device list), after Scan now, after an Alexa deep scan, and a visit after
 * end-to-end encryption was turned off on a camera and a stranger was added as a shared user. In each, the first
 * 600 px hold the grade line and the first fix, and, when there is one, the change in words; a run's summary is
 * one line per account the run read. Screenshots: test-artifacts/popup-changes-chromium-<lang>-<state>.png.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FixtureServer } from './support/fixture-site.ts';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { CHROMIUM, CHROMIUM_GERMAN, browserAvailable, germanAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';
import { AMAZON_PAGES } from './support/expected-amazon.ts';
import { englishLeftIn } from './support/first-screen.ts';
import { extensionWithAlexaGranted } from './support/granted-extension.ts';
import { pressScanNow } from './support/scan-now.ts';
import { encryptionOffAndPersonAdded, firstScreenParts } from './support/account-changes.ts';
import { MESSAGES } from '../../src/i18n/bundled-messages.ts';

const ARTIFACTS = resolve('test-artifacts');
const message = (lang: 'en' | 'de', key: string) => MESSAGES[lang][key]!.message;

for (const lang of ['en', 'de'] as const) {
  const available = browserAvailable(CHROMIUM) && (lang === 'en' || germanAvailable(CHROMIUM_GERMAN, 'the German first-screen changes run'));
  describe.runIf(available)(`Chromium first screen through a user's visits (${lang})`, () => {
    let server: FixtureServer;
    let context: BrowserContext;
    let worker: Worker;
    let session: ChromiumSession | undefined;
    let extension: string;
    let popup: Page;
    let ring: Page;

    const stored = async (id: string) => (await worker.evaluate(storedSourceIds)).filter((s) => s === id).length;
    /** A new popup document each visit; waits for that document's own first render, never the previous one's. */
    const openPopup = async () => {
      await popup.goto('about:blank');
      await popup.goto(`chrome-extension://${session!.extensionId}/src/popup/index.html`);
      await popup.waitForSelector('main[aria-busy="false"] [data-testid="grade-line"]');
    };
    const parts = () => popup.evaluate(firstScreenParts);
    const shot = async (state: string) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      await popup.screenshot({ path: join(ARTIFACTS, `popup-changes-chromium-${lang}-${state}.png`) });
    };
    const expectGerman = async () => {
      if (lang === 'de') expect(englishLeftIn(await popup.evaluate(() => document.body.innerText))).toEqual([]);
    };
    /** The grade line and the first fix are on the first screen. */
    const expectGradeAndFix = (p: Awaited<ReturnType<typeof parts>>) => {
      expect(p.grade).not.toBeNull();
      expect(p.grade!).toBeLessThanOrEqual(600);
      expect(p.firstFix).not.toBeNull();
      expect(p.firstFix!).toBeLessThanOrEqual(600);
    };

    beforeAll(async () => {
      extension = extensionWithAlexaGranted();
      session = await startChromiumSession({ extension, viewport: { width: 420, height: 600 }, ...(lang === 'de' ? { language: 'de' as const } : {}) });
      ({ server, context, worker } = session);
      ring = await context.newPage();
      popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 600 });
    });

    afterAll(async () => {
      await session?.close();
      if (extension) rmSync(extension, { recursive: true, force: true });
    });

    it('first visit, the dashboard loaded only the device list: grade, first fix and Scan now in the first 600 px', async () => {
      await ring.goto('https://account.ring.com/account/dashboard');
      await until('device list in storage', async () => (await stored('ring.devices')) >= 1, 30_000);
      await openPopup();
      const p = await parts();
      expectGradeAndFix(p);
      // Encryption is not read yet: the button that reads it is on the first screen, not below it.
      expect(p.scanNow).not.toBeNull();
      expect(p.scanNow!).toBeLessThanOrEqual(600);
      expect(p.changes).toBeNull();
      await expectGerman();
      await shot('first-visit');
    });

    it('after Scan now: one summary line, for Ring only, and the first fix still in the first 600 px', async () => {
      await pressScanNow(popup, message(lang, 'popup_scan_finished').replace(/\.$/, ''), 60_000);
      await until('run summary', async () => ((await parts()).runLines.length > 0 ? true : null), 30_000);
      const p = await parts();
      expect(p.runLines.every((key) => key?.startsWith('ring:'))).toBe(true);
      expect(p.runLines).toHaveLength(1);
      expectGradeAndFix(p);
      await expectGerman();
      await shot('after-scan-now');
    });

    it('after an Alexa deep scan: the summary speaks for Alexa only, the first fix stays in the first 600 px', async () => {
      const amazon = await context.newPage();
      await amazon.goto(AMAZON_PAGES[3] as string);
      await amazon.waitForSelector('body[data-app-loaded="true"]');
      await openPopup();
      await popup.selectOption('[data-testid="deep-scan"] select', 'https://alexa.amazon.de');
      await popup.click('[data-testid="deep-scan"] button');
      const done = message(lang, 'popup_deep_scan_finished');
      await until(
        'deep scan finished',
        () => popup.evaluate((text) => document.querySelector('[data-testid="deep-scan-status"]')?.textContent?.includes(text), done),
        60_000,
      );
      await until('run summary', async () => ((await parts()).runLines.length > 0 ? true : null), 30_000);
      const p = await parts();
      expect(p.runLines.length).toBeGreaterThan(0);
      expect(p.runLines.some((key) => key?.startsWith('ring:'))).toBe(false);
      await popup.evaluate(() => document.querySelector('.popup__body')?.scrollTo(0, 0));
      expectGradeAndFix(await parts());
      await expectGerman();
      await shot('after-deep-scan');
      await amazon.close();
    });

    it('a visit after encryption was turned off and a person added: the change in words on the first screen', async () => {
      encryptionOffAndPersonAdded(server);
      await ring.goto('https://account.ring.com/account/dashboard');
      await openPopup();
      await pressScanNow(popup, message(lang, 'popup_scan_finished').replace(/\.$/, ''), 60_000);
      // The next visit: a new popup.
      await openPopup();
      await until('changes first', async () => ((await parts()).changes !== null ? true : null), 30_000);
      const p = await parts();
      expect(p.changeFindings[0]).toBe('ring.e2ee-off');
      expect(p.changeText).toContain('Wohnzimmer');
      expect(p.changes!).toBeLessThanOrEqual(600);
      expectGradeAndFix(p);
      await expectGerman();
      await shot('after-change');
    });
  });
}
