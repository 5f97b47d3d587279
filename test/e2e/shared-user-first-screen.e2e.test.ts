/**
 * Issue 24 (item 2, blocker B1 of the December review): a shared user's popup, at 420 × 600 in Chromium and Firefox,
 * English and German. The account owns nothing; every camera is Greta's (`owned: false` in device_info/v3, served
 * from test/fixtures/ring/shared-user). The popup must grade only what the user controls (the same grade and score
 * as the report in Node), say the owner's cameras on their own line next to the grade, offer none of the owner's
 * settings as a fix of the user's own (no "I did it — check again" for them) and list them instead as asks of the
 * owner, below. Screenshots go to /work/wt/shots/24b (ALEXPOSE_SHOTS overrides), else test-artifacts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { Page as PlaywrightPage } from 'playwright-core';
import { MAPPED_HOSTS } from './support/fixture-site.ts';
import { API, RESPONSES, SHARED, serveSharedUser } from './support/shared-user-site.ts';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { startFirefoxSession, type FirefoxSession } from './support/firefox-session.ts';
import { setFirefoxViewport } from './support/firefox-viewport.ts';
import { unexpectedHosts } from './support/recording-proxy.ts';
import { CHROMIUM, CHROMIUM_GERMAN, FIREFOX, FIREFOX_GERMAN, browserAvailable, germanAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';
import { englishLeftIn } from './support/first-screen.ts';
import { buildReport } from '../../src/report/build-report.ts';
import { bundledTranslator } from '../../src/i18n/bundled-messages.ts';
import { readCapture } from '../../src/sources/read-capture.ts';
import type { Locale } from '../../src/i18n/translate.ts';

const SHOTS = resolve(process.env['ALEXPOSE_SHOTS'] ?? (process.env['CI'] ? 'test-artifacts' : '/work/wt/shots/24b'));
const SHARED_CAMERAS = ['Haustür Eltern', 'Einfahrt Eltern', 'Garten Eltern'];

/** The report the same responses give in Node, in `locale`: what the popup must show. */
function expectedReport(locale: Locale) {
  const results = RESPONSES.map(([path, file]) =>
    readCapture({
      url: `https://account.ring.com${API}/${path}`,
      via: 'page-fetch',
      body: JSON.parse(readFileSync(resolve(SHARED, file), 'utf8')) as unknown,
      capturedAt: '2026-12-01T00:00:00.000Z',
    }),
  );
  return buildReport(results, { t: bundledTranslator(locale), locale, toolVersion: 't', now: '2026-12-01T00:00:00.000Z' }).summary!;
}

/** Runs in the popup: what the first screen and the two action groups show. */
function shown() {
  const box = (el: Element | null) => (el ? el.getBoundingClientRect() : null);
  const line = document.querySelector('[data-grade-account^="ring:"]');
  const own = [...document.querySelectorAll('[data-testid="fix-action"]')];
  const asks = [...document.querySelectorAll('[data-testid="owner-action"]')];
  return {
    grade: line?.getAttribute('data-grade') ?? null,
    score: line?.getAttribute('data-score') ?? null,
    gradeBottom: box(line?.querySelector('.grade-line__head') ?? null)?.bottom ?? null,
    sharedLines: [...(line?.querySelectorAll('[data-testid="shared-line"]') ?? [])].map((p) => p.textContent?.replace(/^▲\s*/, '').trim() ?? ''),
    sharedBottom: box(line?.querySelector('[data-testid="shared-line"]') ?? null)?.bottom ?? null,
    ownTexts: own.map((li) => (li as HTMLElement).innerText),
    ownControlledBy: own.map((li) => li.getAttribute('data-controlled-by')),
    asks: asks.map((li) => ({
      id: li.getAttribute('data-action-id'),
      title: li.querySelector('.action__title')?.textContent ?? '',
      checkButton: li.querySelector('[data-testid="check-again"]') !== null,
    })),
    askTop: box(document.querySelector('[data-testid="owner-actions"]'))?.top ?? null,
    ownBottom: own.length ? box(own[own.length - 1]!)!.bottom : (box(document.querySelector('[data-testid="fix-first"]'))?.bottom ?? null),
    checkButtons: document.querySelectorAll('[data-testid="check-again"]').length,
    // The flow picture: the first column's heading and the second line of each shared camera.
    flowFirstColumn: document.querySelector('[data-testid="data-flow-svg"] .flow__column-title')?.textContent ?? null,
    flowSharedNotes: [...document.querySelectorAll('[data-testid="data-flow-svg"] [data-node-id^="device:ring:"]')].map((g) => g.textContent ?? ''),
    bodyText: document.body.innerText,
  };
}
type Shown = ReturnType<typeof shown>;

function expectSharedUserPopup(s: Shown, locale: Locale): void {
  const summary = expectedReport(locale);
  // Graded only over what the user controls: the same grade and score as in Node (the owner's cameras cost nothing).
  expect([s.grade, s.score]).toEqual([summary.grade, String(summary.score)]);
  expect(summary.costs).toEqual([]);
  // The owner's cameras on their own line next to the grade, in the first 600 px.
  expect(s.sharedLines).toEqual(summary.sharedWithYou!.map((x) => x.text));
  expect(s.sharedLines[0]).toContain('Greta Beispiel');
  expect(s.sharedBottom!).toBeLessThanOrEqual(600);
  // No fix of the user's own names a camera of the owner; none of them carries a re-check.
  expect(s.ownControlledBy.every((c) => c === 'you')).toBe(true);
  for (const text of s.ownTexts) for (const camera of SHARED_CAMERAS) expect(text).not.toContain(camera);
  // The owner's settings are asks, each named, none with "I did it — check again", below the user's own fixes.
  const asks = summary.actions.filter((a) => a.controlledBy === 'owner');
  expect(s.asks.map((a) => a.id).sort()).toEqual(asks.map((a) => a.id).sort());
  expect(s.asks.map((a) => a.title).sort()).toEqual(asks.map((a) => a.title).sort());
  expect(s.asks.every((a) => !a.checkButton && a.title.includes('Greta Beispiel'))).toBe(true);
  expect(s.askTop!).toBeGreaterThanOrEqual(s.ownBottom!);
  expect(s.checkButtons).toBe(s.ownTexts.length);
  // The flow picture puts no camera of the owner and no location under "Your devices", and says each camera is shared.
  const t = bundledTranslator(locale);
  expect(s.flowFirstColumn).not.toBe(t('flow_column_sources'));
  expect(s.flowSharedNotes.length).toBe(SHARED_CAMERAS.length);
  for (const note of s.flowSharedNotes) expect(note).toContain(t('flow_note_shared'));
  if (locale === 'de') expect(englishLeftIn(s.bodyText)).toEqual([]);
}

async function shoot(page: { screenshot(o: { path: string }): Promise<unknown> }, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const chromiumLocales: Locale[] = browserAvailable(CHROMIUM) && germanAvailable(CHROMIUM_GERMAN, 'the German shared-user popup') ? ['en', 'de'] : ['en'];
const firefoxLocales: Locale[] = browserAvailable(FIREFOX) && germanAvailable(FIREFOX_GERMAN, 'the German shared-user popup') ? ['en', 'de'] : ['en'];

describe.runIf(browserAvailable(CHROMIUM)).each(chromiumLocales)('Chromium, 420 × 600: a shared user’s popup (%s)', (lang) => {
  let session: ChromiumSession | undefined;
  beforeAll(async () => {
    session = await startChromiumSession({
      viewport: { width: 420, height: 600 },
      prepareServer: serveSharedUser,
      ...(lang === 'de' ? { language: 'de' } : {}),
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('grades only the user’s own, says the owner’s cameras on their own line and asks the owner instead of offering a fix', async () => {
    if (!session) throw new Error('no session');
    const { context, worker, proxy, extensionId } = session;
    const page = await context.newPage();
    await page.goto('https://account.ring.com/account/shared-dashboard');
    await page.waitForSelector('body[data-app-loaded="true"]');
    await until(
      'all shared-user responses in storage',
      async () => (await worker.evaluate(storedSourceIds)).filter((s) => s.startsWith('ring.')).length >= RESPONSES.length,
      40_000,
    );
    const popup: PlaywrightPage = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await popup.waitForSelector('[data-testid="owner-action"]', { timeout: 30_000 });
    await popup.waitForSelector('[data-grade-account^="ring:"] [data-testid="shared-line"]', { timeout: 30_000 });
    expect(await popup.evaluate(() => document.documentElement.lang || navigator.language)).toMatch(new RegExp(`^${lang}`));
    expectSharedUserPopup(await popup.evaluate(shown), lang);
    await shoot(popup, `shared-user-chromium-${lang}-first-screen`);
    await popup.evaluate(() => document.querySelector('[data-testid="owner-actions"]')?.scrollIntoView({ block: 'start' }));
    await shoot(popup, `shared-user-chromium-${lang}-asks`);
    // The picture sits in a collapsed section: open it (and every section around it), then scroll to it.
    await popup.evaluate(() => {
      const svg = document.querySelector('[data-testid="data-flow-svg"]');
      for (let el = svg?.parentElement; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
      svg?.scrollIntoView({ block: 'start' });
    });
    await shoot(popup, `shared-user-chromium-${lang}-flow`);
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});

describe.runIf(browserAvailable(FIREFOX)).each(firefoxLocales)('Firefox, 420 × 600: a shared user’s popup (%s)', (lang) => {
  let session: FirefoxSession | undefined;
  beforeAll(async () => {
    session = await startFirefoxSession({}, lang === 'de' ? { language: 'de' } : {});
    serveSharedUser(session.server);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('grades only the user’s own, says the owner’s cameras on their own line and asks the owner instead of offering a fix', async () => {
    if (!session) throw new Error('no session');
    const { firefox, uuid, proxy } = session;
    const page = await firefox.newPage();
    const popup: PuppeteerPage = await firefox.newPage();
    await setFirefoxViewport(popup, { width: 420, height: 600 });
    // goto of a moz-extension URL may never resolve although the page loads: do not await it, poll instead.
    void popup.goto(`moz-extension://${uuid}/src/popup/index.html`).catch(() => undefined);
    await until('popup page', () => popup.evaluate(() => document.querySelector('main[aria-busy="false"]') !== null), 30_000);
    expect((await popup.evaluate(() => browser.i18n.getUILanguage())).slice(0, 2)).toBe(lang);
    await page.goto('https://account.ring.com/account/shared-dashboard');
    await page.waitForSelector('body[data-app-loaded="true"]');
    await until(
      'all shared-user responses in storage',
      async () => (await popup.evaluate(storedSourceIds)).filter((s) => s.startsWith('ring.')).length >= RESPONSES.length,
      40_000,
    );
    // The popup re-renders from storage: wait for the owner's asks and the shared line of this account's grade.
    await until(
      'owner asks and shared line',
      () =>
        popup.evaluate(() => document.querySelector('[data-testid="owner-action"]') !== null && document.querySelector('[data-testid="shared-line"]') !== null),
      40_000,
    );
    expectSharedUserPopup(await popup.evaluate(shown), lang);
    await shoot(popup, `shared-user-firefox-${lang}-first-screen`);
    await popup.evaluate(() => document.querySelector('[data-testid="owner-actions"]')?.scrollIntoView({ block: 'start' }));
    await shoot(popup, `shared-user-firefox-${lang}-asks`);
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});
