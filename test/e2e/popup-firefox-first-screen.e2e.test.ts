/**
 * The popup's first 600 × 420 px in Firefox ESR, English and German, for every combination of accounts and the
 * re-check flow, as in the Chromium run. German runs Firefox's own UI in German (Debian's firefox-esr-l10n-de
 * language pack, `language: 'de'` in firefox-session.ts): `browser.i18n.getUILanguage()` must say "de", the
 * grade line, coverage line and first action must be the German messages and no English message may be left on
 * screen. Without the language pack the German run is skipped with a printed reason (with CI=true it fails).
 * Screenshots go to test-artifacts/popup-firefox-<lang>-<state>.png.
 */
import type { Browser, Page } from 'puppeteer-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAPPED_HOSTS, type FixtureServer } from './support/fixture-site.ts';
import { startFirefoxSession, type FirefoxSession } from './support/firefox-session.ts';
import { unexpectedHosts } from './support/recording-proxy.ts';
import { FIREFOX, FIREFOX_GERMAN, browserAvailable, germanAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';
import { checkResultsInView, checkStates, englishLeftIn, expectFirstScreen, firstScreen, loadAmazonPages, loadRing } from './support/first-screen.ts';
import { MESSAGES } from '../../src/i18n/bundled-messages.ts';
import type { Locale } from '../../src/i18n/translate.ts';
import { setFirefoxViewport } from './support/firefox-viewport.ts';

const ARTIFACTS = resolve('test-artifacts');
const SETTINGS_PATH = 'account.ring.com /api/cgw/devices/v1/devices/70010001/settings';
const WITH_FIREFOX = browserAvailable(FIREFOX);
const LOCALES: Locale[] = WITH_FIREFOX && germanAvailable(FIREFOX_GERMAN, 'the German Firefox popup screenshots') ? ['en', 'de'] : ['en'];

describe.runIf(WITH_FIREFOX).each(LOCALES)('Firefox popup first screen (%s)', (lang) => {
  let server: FixtureServer;
  let firefox: Browser;
  let session: FirefoxSession | undefined;
  let popup: Page;
  let ring: Page;

  const stored = async (id: string) => (await popup.evaluate(storedSourceIds)).filter((s) => s === id).length;
  const shot = async (state: string) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await popup.screenshot({ path: join(ARTIFACTS, `popup-firefox-${lang}-${state}.png`) });
  };
  /** No English message left anywhere on the German popup (a no-op in English). */
  const expectNoEnglish = async () => {
    if (lang === 'de') expect(englishLeftIn(await popup.evaluate(() => document.body.innerText))).toEqual([]);
  };
  const checkFirstScreen = async () => expectFirstScreen(await popup.evaluate(firstScreen), lang);
  const waitFor = (what: string, selector: string) => until(what, () => popup.evaluate((s) => document.querySelector(s) !== null, selector), 30_000);
  const ringPages = (withControlCenter: boolean) => loadRing(ring, stored, lang, withControlCenter);

  beforeAll(async () => {
    session = await startFirefoxSession({}, lang === 'de' ? { language: 'de' } : {});
    // A dashboard whose own script loads the whole account (fixture-site.ts).
    session.server.dashboardApp = 'everything';
    ({ server, firefox } = session);
    ring = await firefox.newPage();
    popup = await firefox.newPage();
    await setFirefoxViewport(popup, { width: 420, height: 600 });
    // goto of a moz-extension URL may never resolve although the page loads: do not await it, poll instead.
    void popup.goto(`moz-extension://${session.uuid}/src/popup/index.html`).catch(() => undefined);
    await until('popup page', () => popup.evaluate(() => document.querySelector('main[aria-busy="false"]') !== null));
    // Firefox's own UI language, which browser.i18n follows: German only with the language pack enabled.
    expect((await popup.evaluate(() => browser.i18n.getUILanguage())).slice(0, 2)).toBe(lang);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('empty, Amazon only, both, partial, Ring only: grade, coverage line and first action in the first 600 px', async () => {
    await waitFor('empty state', '[data-testid="empty-state"]');
    expect((await popup.evaluate(firstScreen)).empty!).toBeLessThanOrEqual(600);
    expect(await popup.evaluate(() => document.querySelector('[data-testid="empty-state"] h2')?.textContent)).toBe(
      MESSAGES[lang].popup_nothing_scanned!.message,
    );
    await expectNoEnglish();
    await shot('empty');

    const amazon = await firefox.newPage();
    await loadAmazonPages(amazon, stored);
    await amazon.close();
    await waitFor('Amazon action', '[data-testid="fix-action"]');
    await checkFirstScreen();
    await shot('amazon-only');

    await ringPages(true);
    await waitFor('Ring grade', '[data-grade-account^="ring:"]');
    await until('E2EE first', () =>
      popup.evaluate(() => document.querySelector('[data-testid="fix-action"]')?.getAttribute('data-action-id') === 'ring.e2ee-off'),
    );
    await checkFirstScreen();
    await shot('both');

    await popup.evaluate(() => browser.storage.local.clear());
    await waitFor('empty again', '[data-testid="empty-state"]');
    await ringPages(false);
    await waitFor('Control Center gap', '[data-gap="ring.control-center"]');
    await checkFirstScreen();
    await shot('partial');

    await ringPages(true);
    await until('gap closed', () => popup.evaluate(() => document.querySelector('[data-gap="ring.control-center"]') === null));
    await checkFirstScreen();
    await shot('ring-only');
  });

  it('"I did it — check again": unchanged → still on; E2EE on for one camera → fixed, score up, police path closed', async () => {
    await ring.goto('https://account.ring.com/account/dashboard');
    await ring.waitForSelector('body[data-app-loaded="true"]');
    const click = () =>
      popup.evaluate(() =>
        (document.querySelector('[data-testid="fix-action"][data-action-id="ring.e2ee-off"] [data-testid="check-again"]') as HTMLButtonElement).click(),
      );
    await click();
    expect(
      await until(
        'unchanged result',
        async () => {
          const s = await popup.evaluate(checkStates);
          return s.length ? s : null;
        },
        40_000,
      ),
    ).toEqual(['70010001 still-on', '70010002 still-on']);
    await until('re-check results in view', () => popup.evaluate(checkResultsInView));
    await expectNoEnglish();
    await shot('recheck-unchanged');

    const settings = JSON.parse(readFileSync(resolve('test/fixtures/ring/settings-70010001.json'), 'utf8')) as {
      video_settings: { encryption_enabled: boolean };
    };
    settings.video_settings.encryption_enabled = true;
    server.routes.set(SETTINGS_PATH, { type: 'application/json', body: JSON.stringify(settings) });
    await click();
    await until('fixed', async () => (await popup.evaluate(checkStates)).includes('70010001 fixed'), 40_000);
    expect(await popup.evaluate(checkStates)).toEqual(['70010001 fixed', '70010002 still-on']);
    await until('re-check results in view', () => popup.evaluate(checkResultsInView));
    const [before, after] = await popup.evaluate(() => {
      const el = document.querySelector('[data-testid="grade-change"]')!;
      return [Number(el.getAttribute('data-before')), Number(el.getAttribute('data-after'))];
    });
    expect(after).toBeGreaterThan(before!);
    expect(await popup.evaluate(() => document.querySelector('[data-police-state][data-device-id="70010001"]')?.getAttribute('data-police-state'))).toBe(
      'closed-e2ee',
    );
    await expectNoEnglish();
    await shot('recheck-fixed');
    server.routes.delete(SETTINGS_PATH);
    expect(unexpectedHosts(session!.proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});
