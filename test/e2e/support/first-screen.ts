import { MESSAGES } from '../../../src/i18n/bundled-messages.ts';
import type { Locale } from '../../../src/i18n/translate.ts';
import { until } from './browsers.ts';
import { AMAZON_PAGES } from './expected-amazon.ts';

/**
 * What the popup's first-screen tests (Chromium and Firefox, English and German) measure and assert.
 * `firstScreen` and `checkStates` run inside the popup (passed to `evaluate`), so they use nothing from outside.
 */

/** Runs in the popup: where the first grade line, coverage line and action end, their text, and the smallest text. */
export function firstScreen() {
  const bottom = (sel: string) => {
    const el = document.querySelector(sel);
    return el ? el.getBoundingClientRect().bottom : null;
  };
  const text = (sel: string) => document.querySelector<HTMLElement>(sel)?.innerText.trim() ?? null;
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
    gradeText: text('[data-testid="grade-line"] .grade-line__head'),
    coverageText: text('[data-testid="coverage-line"]'),
    actionText: text('[data-testid="fix-action"] .action__where'),
    checkText: text('[data-testid="fix-action"] [data-testid="check-again"]'),
    bodyText: document.body.innerText,
    minFont: Math.min(...sizes),
    bodyFont: parseFloat(getComputedStyle(document.body).fontSize),
    scrollsInside: getComputedStyle(document.querySelector('.popup__body')!).overflowY,
    pageHeight: document.documentElement.scrollHeight,
  };
}

export type FirstScreen = ReturnType<typeof firstScreen>;

/** Runs in the popup: the re-check result of each camera of the E2EE action, "<device id> <state>". */
export function checkStates(): string[] {
  return [...document.querySelectorAll('[data-testid="fix-action"][data-action-id="ring.e2ee-off"] [data-check-state]')]
    .map((li) => `${li.getAttribute('data-device-id')} ${li.getAttribute('data-check-state')}`)
    .sort();
}

/** Runs in the popup: the re-check results are within the popup's 600 px, without the user scrolling to them. */
export function checkResultsInView(): boolean {
  const box = document.querySelector('[data-testid="check-results"]')?.getBoundingClientRect();
  return box !== undefined && box.height > 0 && box.top >= 0 && box.bottom <= 600;
}

/** What both drivers' pages (Playwright, Puppeteer) offer that the loaders below use. */
interface BrowserPage {
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string): Promise<unknown>;
}
/** How many captures of a source are in the extension's storage. */
type Stored = (sourceId: string) => Promise<number>;

/** Opens the fixture Ring dashboard and, if asked, the Control Center in `lang`; waits until storage has them. */
export async function loadRing(ring: BrowserPage, stored: Stored, lang: Locale, withControlCenter: boolean): Promise<void> {
  await ring.goto('https://account.ring.com/account/dashboard');
  await ring.waitForSelector('body[data-app-loaded="true"]');
  await until('device settings in storage', async () => (await stored('ring.device-settings')) >= 3);
  if (!withControlCenter) return;
  await ring.goto(`https://account.ring.com/account/control-center${lang === 'de' ? '?hl=de' : ''}`);
  await until('Control Center in storage', async () => (await stored('ring.control-center')) >= 1);
}

/** Opens the first three Alexa Privacy pages on amazon.de in `page`, each stored before the next. */
export async function loadAmazonPages(page: BrowserPage, stored: Stored): Promise<void> {
  for (const [i, url] of AMAZON_PAGES.slice(0, 3).entries()) {
    await page.goto(url);
    await until(`${url} in storage`, async () => (await stored('amazon.privacy-page')) === i + 1);
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches any of the messages (their `$1`… filled with anything) in the given locale. */
export function messagePattern(locale: Locale, keys: readonly string[]): RegExp {
  const alternatives = keys.map((key) => {
    const entry = MESSAGES[locale][key];
    if (!entry) throw new Error(`no message ${key}`);
    return entry.message.split(/\$\d/).map(escape).join('.+?');
  });
  return new RegExp(`(?:${alternatives.join('|')})`);
}

const keysStartingWith = (prefix: string) => Object.keys(MESSAGES.en).filter((k) => k.startsWith(prefix));

/**
 * The first 600 px hold the grade, the coverage line and the first action, in the UI language (in German, no
 * English message anywhere on the popup); text is legible and the popup scrolls inside rather than growing past 600 px.
 */
export function expectFirstScreen(m: FirstScreen, locale: Locale): void {
  expect(m.grade).not.toBeNull();
  expect(m.grade!).toBeLessThanOrEqual(600);
  expect(m.coverage!).toBeLessThanOrEqual(600);
  expect(m.action!).toBeLessThanOrEqual(600);
  expect(m.gradeText).toMatch(messagePattern(locale, ['summary_grade', 'summary_grade_provisional', 'summary_no_grade']));
  expect(m.coverageText).toMatch(messagePattern(locale, ['summary_coverage_complete', ...keysStartingWith('summary_gap_')]));
  expect(m.actionText).toMatch(messagePattern(locale, ['fix_where_app', 'fix_where_web']));
  expect(m.checkText).toMatch(messagePattern(locale, ['fix_check_again']));
  if (locale === 'de') expect(englishLeftIn(m.bodyText)).toEqual([]);
  expect(m.minFont).toBeGreaterThanOrEqual(12);
  expect(m.bodyFont).toBeGreaterThanOrEqual(13);
  expect(m.scrollsInside).toBe('auto');
  expect(m.pageHeight).toBeLessThanOrEqual(600);
}

/**
 * English left in a German page: every run of at least three words of an English message (between its
 * placeholders) that the German messages do not also contain (names such as "Control Center"), found in `text`.
 */
export function englishLeftIn(text: string): string[] {
  const german = Object.values(MESSAGES.de).map((e) => e.message);
  const fragments = new Set<string>();
  for (const [key, entry] of Object.entries(MESSAGES.en)) {
    if (entry.message === MESSAGES.de[key]?.message) continue;
    for (const part of entry.message.split(/\$\d|\$\$/)) {
      const fragment = part.trim();
      if (fragment.split(/\s+/).length >= 3 && !german.some((g) => g.includes(fragment))) fragments.add(fragment);
    }
  }
  return [...fragments].filter((f) => text.includes(f));
}
