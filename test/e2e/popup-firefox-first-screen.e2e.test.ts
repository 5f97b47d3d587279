/**
 * The popup's first 600 × 420 px in Firefox ESR (English; German needs a Firefox language pack, which the
 * project machine lacks), for every combination of accounts and the re-check flow, as in the Chromium run.
 * Screenshots go to test-artifacts/popup-firefox-en-<state>.png.
 */
import type { Browser, Page } from 'puppeteer-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAPPED_HOSTS, type FixtureServer } from './support/fixture-site.ts';
import { startFirefoxSession, type FirefoxSession } from './support/firefox-session.ts';
import { unexpectedHosts } from './support/recording-proxy.ts';
import { FIREFOX, browserAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';
import { AMAZON_PAGES } from './support/expected-amazon.ts';

const ARTIFACTS = resolve('test-artifacts');
const SETTINGS_PATH = 'account.ring.com /api/cgw/devices/v1/devices/70010001/settings';

/** Runs in the popup: where the first grade line, coverage line and action end, and the smallest text. */
function firstScreen() {
  const bottom = (sel: string) => {
    const el = document.querySelector(sel);
    return el ? el.getBoundingClientRect().bottom : null;
  };
  const sizes: number[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !n.textContent?.trim()) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || box.top > 600) continue;
    sizes.push(parseFloat(getComputedStyle(el).fontSize));
  }
  return {
    grade: bottom('[data-testid="grade-line"] .grade-line__head'),
    coverage: bottom('[data-testid="coverage-line"]'),
    action: bottom('[data-testid="fix-action"] .action__where'),
    empty: bottom('[data-testid="empty-state"] .links'),
    minFont: Math.min(...sizes),
    bodyFont: parseFloat(getComputedStyle(document.body).fontSize),
    pageHeight: document.documentElement.scrollHeight,
  };
}

function checkStates(): string[] {
  return [...document.querySelectorAll('[data-testid="fix-action"][data-action-id="ring.e2ee-off"] [data-check-state]')].map((li) => `${li.getAttribute('data-device-id')} ${li.getAttribute('data-check-state')}`).sort();
}

describe.runIf(browserAvailable(FIREFOX))('Firefox popup first screen (en)', () => {
  let server: FixtureServer;
  let firefox: Browser;
  let session: FirefoxSession | undefined;
  let popup: Page;
  let ring: Page;

  const stored = async (id: string) => (await popup.evaluate(storedSourceIds)).filter((s) => s === id).length;
  const shot = async (state: string) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await popup.screenshot({ path: join(ARTIFACTS, `popup-firefox-en-${state}.png`) });
  };
  const expectFirstScreen = async () => {
    const m = await popup.evaluate(firstScreen);
    expect(m.grade!).toBeLessThanOrEqual(600);
    expect(m.coverage!).toBeLessThanOrEqual(600);
    expect(m.action!).toBeLessThanOrEqual(600);
    expect(m.minFont).toBeGreaterThanOrEqual(12);
    expect(m.bodyFont).toBeGreaterThanOrEqual(13);
    expect(m.pageHeight).toBeLessThanOrEqual(600);
  };
  const waitFor = (what: string, selector: string) => until(what, () => popup.evaluate((s) => document.querySelector(s) !== null, selector), 30_000);
  const loadRing = async (withControlCenter: boolean) => {
    await ring.goto('https://account.ring.com/account/dashboard');
    await ring.waitForSelector('body[data-app-loaded="true"]');
    await until('device settings in storage', async () => (await stored('ring.device-settings')) >= 3);
    if (!withControlCenter) return;
    await ring.goto('https://account.ring.com/account/control-center');
    await until('Control Center in storage', async () => (await stored('ring.control-center')) >= 1);
  };

  beforeAll(async () => {
    session = await startFirefoxSession();
    // A dashboard whose own script loads the whole account (fixture-site.ts).
    session.server.dashboardApp = 'everything';
    ({ server, firefox } = session);
    ring = await firefox.newPage();
    popup = await firefox.newPage();
    await popup.setViewport({ width: 420, height: 600 });
    // goto of a moz-extension URL may never resolve although the page loads: do not await it, poll instead.
    void popup.goto(`moz-extension://${session.uuid}/src/popup/index.html`).catch(() => undefined);
    await until('popup page', () => popup.evaluate(() => document.querySelector('main[aria-busy="false"]') !== null));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('empty, Amazon only, both, partial, Ring only: grade, coverage line and first action in the first 600 px', async () => {
    await waitFor('empty state', '[data-testid="empty-state"]');
    expect((await popup.evaluate(firstScreen)).empty!).toBeLessThanOrEqual(600);
    await shot('empty');

    const amazon = await firefox.newPage();
    for (const [i, url] of AMAZON_PAGES.slice(0, 3).entries()) {
      await amazon.goto(url);
      await until(`${url} in storage`, async () => (await stored('amazon.privacy-page')) === i + 1);
    }
    await amazon.close();
    await waitFor('Amazon action', '[data-testid="fix-action"]');
    await expectFirstScreen();
    await shot('amazon-only');

    await loadRing(true);
    await waitFor('Ring grade', '[data-grade-account^="ring:"]');
    await until('E2EE first', () => popup.evaluate(() => document.querySelector('[data-testid="fix-action"]')?.getAttribute('data-action-id') === 'ring.e2ee-off'));
    await expectFirstScreen();
    await shot('both');

    await popup.evaluate(() => browser.storage.local.clear());
    await waitFor('empty again', '[data-testid="empty-state"]');
    await loadRing(false);
    await waitFor('Control Center gap', '[data-gap="ring.control-center"]');
    await expectFirstScreen();
    await shot('partial');

    await loadRing(true);
    await until('gap closed', () => popup.evaluate(() => document.querySelector('[data-gap="ring.control-center"]') === null));
    await expectFirstScreen();
    await shot('ring-only');
  });

  it('"I did it — check again": unchanged → still on; E2EE on for one camera → fixed, score up, police path closed', async () => {
    await ring.goto('https://account.ring.com/account/dashboard');
    await ring.waitForSelector('body[data-app-loaded="true"]');
    const click = () => popup.evaluate(() => (document.querySelector('[data-testid="fix-action"][data-action-id="ring.e2ee-off"] [data-testid="check-again"]') as HTMLButtonElement).click());
    await click();
    expect(await until('unchanged result', async () => {
      const s = await popup.evaluate(checkStates);
      return s.length ? s : null;
    }, 40_000)).toEqual(['70010001 still-on', '70010002 still-on']);
    await shot('recheck-unchanged');

    const settings = JSON.parse(readFileSync(resolve('test/fixtures/ring/settings-70010001.json'), 'utf8')) as { video_settings: { encryption_enabled: boolean } };
    settings.video_settings.encryption_enabled = true;
    server.routes.set(SETTINGS_PATH, { type: 'application/json', body: JSON.stringify(settings) });
    await click();
    await until('fixed', async () => (await popup.evaluate(checkStates)).includes('70010001 fixed'), 40_000);
    expect(await popup.evaluate(checkStates)).toEqual(['70010001 fixed', '70010002 still-on']);
    const [before, after] = await popup.evaluate(() => {
      const el = document.querySelector('[data-testid="grade-change"]')!;
      return [Number(el.getAttribute('data-before')), Number(el.getAttribute('data-after'))];
    });
    expect(after).toBeGreaterThan(before!);
    expect(await popup.evaluate(() => document.querySelector('[data-police-state][data-device-id="70010001"]')?.getAttribute('data-police-state'))).toBe('closed-e2ee');
    await shot('recheck-fixed');
    server.routes.delete(SETTINGS_PATH);
    expect(unexpectedHosts(session!.proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});
