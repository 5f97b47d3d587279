/**
 * Issue 28, the first screen in Firefox ESR at 420 × 600, English and German, through the same visits as the
 * Chromium run (popup-changes.e2e.test.ts): device list only, after Scan now, after an Alexa deep scan (the real
 * optional-permission build; Firefox's pref answers the prompt), and a visit after end-to-end encryption was
 * turned off and a person added. Screenshots: test-artifacts/popup-changes-firefox-<lang>-<state>.png.
 */
import type { Browser, Page } from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FixtureServer } from './support/fixture-site.ts';
import { startFirefoxSession, type FirefoxSession } from './support/firefox-session.ts';
import { FIREFOX, FIREFOX_GERMAN, browserAvailable, germanAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';
import { AMAZON_PAGES } from './support/expected-amazon.ts';
import { englishLeftIn } from './support/first-screen.ts';
import { pressScanNow } from './support/scan-now.ts';
import { encryptionOffAndPersonAdded, firstScreenParts } from './support/account-changes.ts';
import { setFirefoxViewport } from './support/firefox-viewport.ts';
import { MESSAGES } from '../../src/i18n/bundled-messages.ts';
import type { Locale } from '../../src/i18n/translate.ts';

const ARTIFACTS = resolve('test-artifacts');
const WITH_FIREFOX = browserAvailable(FIREFOX);
const LOCALES: Locale[] = WITH_FIREFOX && germanAvailable(FIREFOX_GERMAN, 'the German Firefox first-screen changes run') ? ['en', 'de'] : ['en'];

describe.runIf(WITH_FIREFOX).each(LOCALES)("Firefox first screen through a user's visits (%s)", (lang) => {
  let server: FixtureServer;
  let firefox: Browser;
  let session: FirefoxSession | undefined;
  let popup: Page;
  let ring: Page;
  let visits = 0;

  const message = (key: string) => MESSAGES[lang][key]!.message;
  const stored = async (id: string) => (await popup.evaluate(storedSourceIds)).filter((s) => s === id).length;
  const parts = () => popup.evaluate(firstScreenParts);
  /**
   * A new popup document each visit. The old document updates itself live, so a wait must see the new one: each
   * visit carries its number in the URL's fragment and the wait checks for it together with the rendered grade line.
   */
  const openPopup = async () => {
    visits += 1;
    const url = `moz-extension://${session!.uuid}/src/popup/index.html#visit-${visits}`;
    // goto of a moz-extension URL may never resolve although the page loads: do not await it, poll instead.
    void popup.goto('about:blank').catch(() => undefined);
    await until('blank page', () => popup.evaluate(() => location.href === 'about:blank'));
    void popup.goto(url).catch(() => undefined);
    await until('the new popup rendered', () =>
      popup.evaluate(
        (expected) => location.hash === expected && document.querySelector('main[aria-busy="false"] [data-testid="grade-line"]') !== null,
        `#visit-${visits}`,
      ),
    );
  };
  const shot = async (state: string) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await popup.screenshot({ path: join(ARTIFACTS, `popup-changes-firefox-${lang}-${state}.png`) });
  };
  const expectGerman = async () => {
    if (lang === 'de') expect(englishLeftIn(await popup.evaluate(() => document.body.innerText))).toEqual([]);
  };
  const expectGradeAndFix = (p: Awaited<ReturnType<typeof parts>>) => {
    expect(p.grade).not.toBeNull();
    expect(p.grade!).toBeLessThanOrEqual(600);
    expect(p.firstFix).not.toBeNull();
    expect(p.firstFix!).toBeLessThanOrEqual(600);
  };

  beforeAll(async () => {
    session = await startFirefoxSession({ 'extensions.webextOptionalPermissionPrompts': false }, lang === 'de' ? { language: 'de' } : {});
    ({ server, firefox } = session);
    ring = await firefox.newPage();
    popup = await firefox.newPage();
    await setFirefoxViewport(popup, { width: 420, height: 600 });
    void popup.goto(`moz-extension://${session.uuid}/src/popup/index.html`).catch(() => undefined);
    await until('popup page', () => popup.evaluate(() => document.querySelector('main[aria-busy="false"]') !== null));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('first visit, device list only: grade, first fix and Scan now in the first 600 px', async () => {
    await ring.goto('https://account.ring.com/account/dashboard');
    await until('device list in storage', async () => (await stored('ring.devices')) >= 1, 30_000);
    await openPopup();
    const p = await parts();
    expectGradeAndFix(p);
    expect(p.scanNow).not.toBeNull();
    expect(p.scanNow!).toBeLessThanOrEqual(600);
    expect(p.changes).toBeNull();
    await expectGerman();
    await shot('first-visit');
  });

  it('after Scan now: one summary line, for Ring only; the first fix still in the first 600 px', async () => {
    await pressScanNow(popup, message('popup_scan_finished').replace(/\.$/, ''), 60_000);
    await until('run summary', async () => ((await parts()).runLines.length > 0 ? true : null), 30_000);
    const p = await parts();
    expect(p.runLines).toHaveLength(1);
    expect(p.runLines[0]?.startsWith('ring:')).toBe(true);
    expectGradeAndFix(p);
    await expectGerman();
    await shot('after-scan-now');
  });

  it('after an Alexa deep scan: the summary speaks for Alexa only; the first fix in the first 600 px', async () => {
    const amazon = await firefox.newPage();
    await amazon.goto(AMAZON_PAGES[3] as string);
    await amazon.waitForSelector('body[data-app-loaded="true"]');
    await openPopup();
    await popup.select('[data-testid="deep-scan"] select', 'https://alexa.amazon.de');
    await popup.click('[data-testid="deep-scan"] button');
    await until(
      'deep scan finished',
      () =>
        popup.evaluate(
          (text) => document.querySelector('[data-testid="deep-scan-status"]')?.textContent?.includes(text) === true,
          message('popup_deep_scan_finished'),
        ),
      60_000,
    );
    await until('run summary', async () => ((await parts()).runLines.length > 0 ? true : null), 30_000);
    const p = await parts();
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
    await pressScanNow(popup, message('popup_scan_finished').replace(/\.$/, ''), 60_000);
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
