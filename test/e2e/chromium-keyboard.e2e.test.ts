import { type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { CHROMIUM, browserAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';

/** Runs in the page: what has focus, described so a failure says where focus went. */
function focused(): { tag: string; text: string; href: string | null; inFinding: string | null; detailsOpen: boolean | null; indicator: string } {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return { tag: 'body', text: '', href: null, inFinding: null, detailsOpen: null, indicator: '' };
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? `outline ${style.outlineStyle} ${style.outlineWidth}` : '';
  const shadow = style.boxShadow && style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : '';
  return {
    tag: el.tagName.toLowerCase(),
    text: (el.textContent ?? '').trim().slice(0, 80),
    href: el.getAttribute('href'),
    inFinding: el.closest('[data-finding-id]')?.getAttribute('data-finding-id') ?? null,
    detailsOpen: el.closest('details')?.open ?? null,
    indicator: outline || shadow,
  };
}

describe.runIf(browserAvailable(CHROMIUM))('Chromium: the popup by keyboard only', () => {
  let context: BrowserContext;
  let worker: Worker;
  let session: ChromiumSession | undefined;

  beforeAll(async () => {
    session = await startChromiumSession({ viewport: { width: 420, height: 900 }, prepareServer: (s) => void (s.dashboardApp = 'everything') });
    ({ context, worker } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('reaches a finding\'s "why and how" with Tab, opens it with Enter, tabs to its help link; focus is always visible', async () => {
    const extensionId = new URL(worker.url()).host;
    const stored = async (id: string) => (await worker.evaluate(storedSourceIds)).filter((s) => s === id).length;
    const page = await context.newPage();
    await page.goto('https://account.ring.com/account/dashboard');
    await page.waitForSelector('body[data-app-loaded="true"]');
    await until('device settings in storage', async () => (await stored('ring.device-settings')) === 3);
    await page.close();

    const popup: Page = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await popup.waitForSelector('[data-finding-id] details summary');
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    // Tab through the page until a finding's summary has focus; every stop must show where focus is.
    const stops: ReturnType<typeof focused>[] = [];
    let summary: ReturnType<typeof focused> | null = null;
    for (let i = 0; i < 60 && !summary; i++) {
      await popup.keyboard.press('Tab');
      const now = await popup.evaluate(focused);
      stops.push(now);
      if (now.tag === 'summary' && now.inFinding) summary = now;
    }
    expect(summary, `focus stops: ${stops.map((s) => `${s.tag} "${s.text}"`).join(' | ')}`).not.toBeNull();
    expect(summary!.text).toBe('Why it matters and how to turn it off');
    expect(summary!.detailsOpen).toBe(false);
    const noIndicator = stops.filter((s) => s.tag !== 'body' && !s.indicator).map((s) => `${s.tag} "${s.text}"`);
    expect(noIndicator).toEqual([]);

    // Enter opens the details; focus stays on the summary.
    await popup.keyboard.press('Enter');
    const opened = await popup.evaluate(focused);
    expect(opened.tag).toBe('summary');
    expect(opened.inFinding).toBe(summary!.inFinding);
    expect(opened.detailsOpen).toBe(true);
    expect(await popup.evaluate(() => (document.activeElement?.closest('details') as HTMLDetailsElement | null)?.open)).toBe(true);

    // Next Tab: the help link inside the opened details, with a visible focus indicator.
    await popup.keyboard.press('Tab');
    const help = await popup.evaluate(focused);
    expect(help.tag).toBe('a');
    // "Official" when Alexposé read the page's text, "Related" when the link is only inferred (label_unverified_link).
    expect(help.text).toMatch(/^(Official|Related) help page$/);
    expect(help.inFinding).toBe(summary!.inFinding);
    expect(help.href).toMatch(/^https:\/\//);
    expect(help.detailsOpen).toBe(true);
    expect(help.indicator).not.toBe('');

    // Then the settings link of the same finding, also visibly focused.
    await popup.keyboard.press('Tab');
    const settings = await popup.evaluate(focused);
    expect(settings.tag).toBe('a');
    expect(settings.text).toBe('Open the settings page');
    expect(settings.inFinding).toBe(summary!.inFinding);
    expect(settings.indicator).not.toBe('');

    // Space on a summary closes it again (Space is the other activation key of a summary).
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Shift+Tab');
    expect((await popup.evaluate(focused)).tag).toBe('summary');
    await popup.keyboard.press('Space');
    expect((await popup.evaluate(focused)).detailsOpen).toBe(false);
  }, 40_000);

  it('shows a visible focus indicator on every focusable element of the popup', async () => {
    const extensionId = new URL(worker.url()).host;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await popup.waitForSelector('[data-finding-id]');
    // Open every details so the links inside them are focusable too.
    await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen: ReturnType<typeof focused>[] = [];
    for (let i = 0; i < 400; i++) {
      await popup.keyboard.press('Tab');
      const now = await popup.evaluate(focused);
      if (now.tag === 'body' || (seen.length > 0 && now.text === seen[0]!.text && now.tag === seen[0]!.tag && now.href === seen[0]!.href)) break;
      seen.push(now);
    }
    const total = await popup.evaluate(
      () => document.querySelectorAll('a[href], button:not([disabled]), select:not([disabled]), input:not([type="hidden"]):not([disabled]), summary').length,
    );
    expect(seen.length).toBeGreaterThanOrEqual(total);
    expect(seen.filter((s) => !s.indicator).map((s) => `${s.tag} "${s.text}"`)).toEqual([]);
  }, 40_000);
});
