/**
 * Issue 29 in real Chromium and Firefox, English and German: after the fixture account's dashboard and Control
 * Center were read, the popup says in one line how many people, apps and devices can reach the home (plural
 * rules) with the list collapsed below it, the report page lists the same entries grouped by kind, the quick exit
 * (button and Esc) leaves the report page for a neutral page, and with "keep no history" on, a second visit leaves
 * one scan per account, no "last looked at" mark and no badge. Screenshots: /work/wt/shots/29/ (or test-artifacts).
 */
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { Page as PlaywrightPage } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAPPED_HOSTS, type FixtureServer } from './support/fixture-site.ts';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { startFirefoxSession, type FirefoxSession } from './support/firefox-session.ts';
import { setFirefoxViewport } from './support/firefox-viewport.ts';
import { unexpectedHosts } from './support/recording-proxy.ts';
import { CHROMIUM, CHROMIUM_GERMAN, FIREFOX, FIREFOX_GERMAN, browserAvailable, germanAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';
import { englishLeftIn, loadRing } from './support/first-screen.ts';
import { EXPECTED_ACCESS, shownAccess, storeAndBadge } from './support/access-probes.ts';
import { MESSAGES } from '../../src/i18n/bundled-messages.ts';
import type { Locale } from '../../src/i18n/translate.ts';

const HOME = '9f2d5a7e-0000-4000-8000-000000000001';
const SHOTS = existsSync('/work/wt/shots') ? '/work/wt/shots/29' : resolve('test-artifacts');
const msg = (lang: Locale, key: string) => MESSAGES[lang][key]?.message ?? key;
/** The popup's line for the fixture account: 7 entries, through the language's plural rules. */
const line = (lang: Locale) =>
  msg(lang, `access_line_${new Intl.PluralRules(lang).select(EXPECTED_ACCESS[lang].length)}`).replace('$1', String(EXPECTED_ACCESS[lang].length));

/** What both drivers' pages offer that the steps below use. */
type AnyPage = PlaywrightPage | PuppeteerPage;
const run = <T>(page: AnyPage, fn: () => T | Promise<T>): Promise<T> => (page as PuppeteerPage).evaluate(fn);
const shot = async (page: AnyPage, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  await (page as PuppeteerPage).screenshot({ path: join(SHOTS, `${name}.png`) });
};

interface Driver {
  server: FixtureServer;
  ring: { goto(url: string): Promise<unknown>; waitForSelector(selector: string): Promise<unknown> };
  /** Opens an extension page in a new tab and waits until its app rendered (`main[aria-busy="false"]`). */
  open(path: string, size: { width: number; height: number }): Promise<AnyPage>;
  /** Switches a page to print media, where the driver can (Playwright's emulateMedia). */
  printMedia?(page: AnyPage): Promise<void>;
  /** Runs `act` and resolves once a new `about:blank` tab is open. */
  neutralTabAfter(act: () => Promise<unknown>): Promise<void>;
}

/** The steps both browsers and both languages run. */
async function checkAccess(driver: Driver, lang: Locale, browserName: string): Promise<void> {
  const expected = [...EXPECTED_ACCESS[lang]].sort();

  // Popup: the one line, the list collapsed below it, then opened.
  const popup = await driver.open('src/popup/index.html', { width: 420, height: 600 });
  await until('access line', () => run(popup, () => document.querySelector('[data-testid="access-line"]')?.textContent ?? null), 30_000).then((text) =>
    expect(text).toBe(line(lang)),
  );
  expect(await run(popup, () => document.querySelector<HTMLDetailsElement>('details[data-testid="access"]')?.open)).toBe(false);
  await shot(popup, `popup-${browserName}-${lang}`);
  await run(popup, () => {
    const details = document.querySelector('details[data-testid="access"]') as HTMLDetailsElement;
    details.open = true;
    details.scrollIntoView();
  });
  expect(await run(popup, shownAccess)).toEqual(expected);
  // The verified person says so, in the browser's language.
  expect(await run(popup, () => document.querySelector('[data-access-id="ring:person:4100003"]')?.textContent ?? '')).toContain(msg(lang, 'access_verified'));
  if (lang === 'de') expect(englishLeftIn(await run(popup, () => (document.querySelector('[data-testid="access"]') as HTMLElement).innerText))).toEqual([]);
  await shot(popup, `popup-${browserName}-${lang}-access`);

  // Report page: the same entries, open, grouped by kind.
  const report = await driver.open('src/report-page/index.html', { width: 1000, height: 900 });
  await until('access section', () => run(report, () => document.querySelectorAll('section[data-testid="access"] [data-access-id]').length > 0), 30_000);
  expect(await run(report, shownAccess)).toEqual(expected);
  expect(await run(report, () => [...document.querySelectorAll('[data-access-kind]')].map((g) => g.getAttribute('data-access-kind')))).toEqual([
    'person',
    'client',
    'service',
    'device',
  ]);
  await run(report, () => document.querySelector('section[data-testid="access"]')?.scrollIntoView());
  await shot(report, `report-${browserName}-${lang}`);
  if (driver.printMedia) {
    // The print: every entry with its steps open and its evidence named; no quick-exit button on paper.
    await run(report, () => window.dispatchEvent(new Event('beforeprint')));
    await driver.printMedia(report);
    const printed = await run(report, () => ({
      exit: (document.querySelector('[data-testid="quick-exit"]') as HTMLElement).offsetParent === null,
      evidence: [...document.querySelectorAll('[data-access-id] .print-only')].filter((el) => (el as HTMLElement).offsetParent !== null).length,
      open: [...document.querySelectorAll('[data-access-id] details')].every((d) => (d as HTMLDetailsElement).open),
    }));
    expect(printed).toEqual({ exit: true, evidence: expected.length, open: true });
    await shot(report, `report-${browserName}-${lang}-print`);
    await (report as PlaywrightPage).emulateMedia({ media: 'screen' });
  }

  // Quick exit: the button leaves the report page for a page that names nothing.
  await (report as PuppeteerPage).click('[data-testid="quick-exit"]');
  await until('neutral page after the button', async () => (report.url() === 'about:blank' ? true : null), 15_000);
  // Esc does the same.
  const again = await driver.open('src/report-page/index.html', { width: 1000, height: 900 });
  await until('access section', () => run(again, () => document.querySelector('[data-testid="quick-exit"]') !== null), 30_000);
  await (again as PuppeteerPage).keyboard.press('Escape');
  await until('neutral page after Esc', async () => (again.url() === 'about:blank' ? true : null), 15_000);

  // New since the last visit: the popup above marked the account as seen; the next visit's users list names Jo too.
  driver.server.routes.set(`account.ring.com /api/cgw/clients_api/locations/${HOME}/users`, {
    type: 'application/json',
    body: readFileSync(resolve(`test/fixtures/ring/access/users-${HOME}.json`), 'utf8'),
  });
  await driver.ring.goto('https://account.ring.com/account/dashboard');
  await driver.ring.waitForSelector('body[data-app-loaded="true"]');
  const next = await driver.open('src/popup/index.html', { width: 420, height: 600 });
  await until('Jo marked new', () => run(next, () => document.querySelector('[data-access-id="ring:person:4100007"][data-new="true"]') !== null), 30_000);
  expect(await run(next, () => [...document.querySelectorAll('[data-new="true"]')].map((el) => el.getAttribute('data-access-id')))).toEqual([
    'ring:person:4100007',
  ]);
  expect(await run(next, () => document.querySelector('[data-access-id="ring:person:4100007"]')?.textContent ?? '')).toContain(msg(lang, 'access_unverified'));
  await run(next, () => {
    const details = document.querySelector('details[data-testid="access"]') as HTMLDetailsElement;
    details.open = true;
    details.scrollIntoView();
  });
  await shot(next, `popup-${browserName}-${lang}-new`);

  // Keep no history: turned on in the popup; the badge had a number before.
  // (the badge is recomputed once the writes have paused: wait for it, not for a fixed time)
  const before = await until(
    'a badge with a number',
    async () => {
      const state = await run(popup, storeAndBadge);
      return state.badge !== '' ? state : null;
    },
    30_000,
  );
  expect(Object.values(before.scans).some((ids) => ids.length > 1)).toBe(true);
  await run(popup, () => (document.querySelector('[data-testid="no-history-toggle"]') as HTMLInputElement).click());
  await until('history folded at once', async () => {
    const s = await run(popup, storeAndBadge);
    return s.noHistory && Object.values(s.scans).every((ids) => ids.length === 1) && !s.seen ? s : null;
  });
  const folded = await run(popup, storeAndBadge);
  // A second visit: a new scan of the account, folded into the latest state; no seen mark, no badge.
  await driver.ring.goto('https://account.ring.com/account/dashboard');
  await driver.ring.waitForSelector('body[data-app-loaded="true"]');
  const after = await until(
    'second visit stored as the only scan',
    async () => {
      const s = await run(popup, storeAndBadge);
      const ring = Object.entries(s.scans).find(([key]) => key.startsWith('ring:'))?.[1] ?? [];
      const foldedRing = Object.entries(folded.scans).find(([key]) => key.startsWith('ring:'))?.[1] ?? [];
      // The store writes the folded index first and removes the old chunks after it: wait for both, not the first.
      const chunksGone = s.chunks === Object.keys(s.scans).length;
      return ring.length === 1 && ring[0] !== foldedRing[0] && s.badge === '' && chunksGone ? s : null;
    },
    30_000,
  );
  expect(Object.values(after.scans).every((ids) => ids.length === 1)).toBe(true);
  expect(after.chunks).toBe(Object.keys(after.scans).length);
  expect(after.seen).toBe(false);
  // The popup opened again marks nothing as seen and shows no change list.
  const third = await driver.open('src/popup/index.html', { width: 420, height: 600 });
  await until('access line again', () => run(third, () => document.querySelector('[data-testid="access-line"]')?.textContent ?? null), 30_000);
  expect(await run(third, () => document.querySelector('[data-testid="changes"], [data-testid="run-changes"], .access__new') === null)).toBe(true);
  expect((await run(third, storeAndBadge)).seen).toBe(false);
  expect((await run(third, storeAndBadge)).badge).toBe('');
  expect(await run(third, () => (document.querySelector('[data-testid="no-history-toggle"]') as HTMLInputElement).checked)).toBe(true);
  await run(third, () => document.querySelector('[data-testid="no-history"]')?.scrollIntoView());
  await shot(third, `popup-${browserName}-${lang}-no-history`);

  // The popup's quick exit: a neutral tab in front, and the popup closes.
  await run(third, () => ((document.querySelector('details[data-testid="access"]') as HTMLDetailsElement).open = true));
  await driver.neutralTabAfter(() => (third as PuppeteerPage).click('[data-testid="quick-exit"]'));
  // Closed (Chromium lets an extension page close its tab); where the browser refuses (Firefox, a tab no script
  // opened), the popup's own page is the neutral page.
  await until('popup closed or neutral', async () => ((third as PuppeteerPage).isClosed() || third.url() === 'about:blank' ? true : null), 15_000);
}

const CHROMIUM_LOCALES: Locale[] = browserAvailable(CHROMIUM) ? (germanAvailable(CHROMIUM_GERMAN, 'the German access test') ? ['en', 'de'] : ['en']) : [];
const FIREFOX_LOCALES: Locale[] = browserAvailable(FIREFOX) ? (germanAvailable(FIREFOX_GERMAN, 'the German access test') ? ['en', 'de'] : ['en']) : [];

describe.runIf(CHROMIUM_LOCALES.length > 0).each(CHROMIUM_LOCALES)('Chromium (%s): who can see or hear the home', (lang) => {
  let session: ChromiumSession | undefined;
  beforeAll(async () => {
    session = await startChromiumSession({ ...(lang === 'de' ? { language: 'de' as const } : {}), prepareServer: (s) => void (s.dashboardApp = 'everything') });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists the entries, leaves by the quick exit, keeps no history when asked', async () => {
    const { context, worker, extensionId, proxy } = session!;
    const ring = await context.newPage();
    const stored = async (id: string) => (await worker.evaluate(storedSourceIds)).filter((s) => s === id).length;
    await loadRing(ring, stored, lang, true);
    await until('users list in storage', async () => (await stored('ring.location-users')) >= 1);
    const driver: Driver = {
      server: session!.server,
      printMedia: (page) => (page as PlaywrightPage).emulateMedia({ media: 'print' }),
      ring,
      neutralTabAfter: async (act) => {
        const opened = context.waitForEvent('page', { predicate: (p) => p.url() === 'about:blank', timeout: 15_000 });
        await act();
        await opened;
      },
      open: async (path, size) => {
        const page = await context.newPage();
        await page.setViewportSize(size);
        await page.goto(`chrome-extension://${extensionId}/${path}`);
        await page.waitForSelector('main[aria-busy="false"]');
        return page;
      },
    };
    await checkAccess(driver, lang, 'chromium');
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});

describe.runIf(FIREFOX_LOCALES.length > 0).each(FIREFOX_LOCALES)('Firefox (%s): who can see or hear the home', (lang) => {
  let session: FirefoxSession | undefined;
  beforeAll(async () => {
    session = await startFirefoxSession({}, lang === 'de' ? { language: 'de' } : {});
    session.server.dashboardApp = 'everything';
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists the entries, leaves by the quick exit, keeps no history when asked', async () => {
    const { firefox, uuid, proxy } = session!;
    const ring = await firefox.newPage();
    const open: Driver['open'] = async (path, size) => {
      const page = await firefox.newPage();
      await setFirefoxViewport(page, size);
      // goto of a moz-extension URL may never resolve although the page loads: do not await it, poll instead.
      void page.goto(`moz-extension://${uuid}/${path}`).catch(() => undefined);
      await until(
        path,
        () => page.evaluate(() => location.protocol === 'moz-extension:' && document.querySelector('main[aria-busy="false"]') !== null),
        30_000,
      );
      return page;
    };
    const probe = await open('src/popup/index.html', { width: 420, height: 600 });
    expect((await run(probe, () => browser.i18n.getUILanguage())).slice(0, 2)).toBe(lang);
    const stored = async (id: string) => (await run(probe, storedSourceIds)).filter((s) => s === id).length;
    await loadRing(ring, stored, lang, true);
    await until('users list in storage', async () => (await stored('ring.location-users')) >= 1);
    const neutralTabAfter: Driver['neutralTabAfter'] = async (act) => {
      const before = new Set(await firefox.pages());
      await act();
      await until(
        'a new about:blank tab',
        async () => ((await firefox.pages()).some((p) => !before.has(p) && p.url() === 'about:blank') ? true : null),
        15_000,
      );
    };
    await checkAccess({ server: session!.server, ring, open, neutralTabAfter }, lang, 'firefox');
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});
