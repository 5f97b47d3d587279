/**
 * The MAIN-world observer is invisible to the page (issue 20, item 1), in real Chromium and Firefox: the same probe
 * runs in a browser with and without the extension and the page's view must be the same (message events, listener
 * calls, how fetch/open/setRequestHeader/toString look, its own load events, errors, unhandled rejections of failed
 * requests, the origins error stacks name, the symbols and names on `window`, performance marks and measures; issue
 * 25 item 7), and a huge known-endpoint body the page cancels after one chunk, with and without content-length, is
 * not downloaded in full because of the extension. Then the csrf-token the page
 * sends is picked up from each way a page can send it (issue 13, item 1): only that token lets the next Scan now in.
 */
import type { Page as PwPage } from 'playwright-core';
import type { Page as PptrPage } from 'puppeteer-core';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { startFirefoxSession, type FirefoxSession } from './support/firefox-session.ts';
import { CHROMIUM, FIREFOX, browserAvailable, until } from './support/browsers.ts';
import { observerProbe, sendTokenAs, type PageView } from './support/observer-probe.ts';
import { pressScanNow } from './support/scan-now.ts';
import type { FixtureServer } from './support/fixture-site.ts';

const BIG = 40 * 1024 * 1024;
const PROBE_PAGE = 'https://account.ring.com/account/control-center';
const FORMS = ['record', 'array', 'headers', 'request', 'xhr'] as const;

const BIG_KEY = 'account.ring.com /api/cgw/clients_api/ring_devices?big=1';
const STREAMED_KEY = 'account.ring.com /api/cgw/clients_api/ring_devices?big=2';

function prepare(server: FixtureServer): void {
  server.streams.set(BIG_KEY, { size: BIG, sent: 0 });
  server.streams.set(STREAMED_KEY, { size: BIG, sent: 0, withoutLength: true });
}

/** What the page saw and how much of the big bodies was sent, in one browser. */
interface Seen {
  view: PageView;
  bigSent: number;
  streamedSent: number;
}

function seenOn(server: FixtureServer, view: PageView): Seen {
  return { view, bigSent: server.streams.get(BIG_KEY)?.sent ?? 0, streamedSent: server.streams.get(STREAMED_KEY)?.sent ?? 0 };
}

function expectSameView(withExtension: Seen, without: Seen): void {
  expect(withExtension.view).toEqual(without.view);
  expect(without.view.messages).toBe(0);
  expect(without.view.errors).toEqual([]);
  expect(without.view.reusedLoads).toBe(5);
  expect(without.view.jsonStatus).toBe(200);
  expect(without.view.bigFirstChunk).toBe(true);
  expect(without.view.streamedFirstChunk).toBe(true);
  // Three failed requests the page left unhandled: its listeners see all three (they saw none: the wrapper handled them).
  expect(without.view.unhandled).toHaveLength(3);
  // Five failures with stacks; no frame names the extension (equal origins above; here said outright).
  expect(without.view.stackHeads).toHaveLength(5);
  expect(withExtension.view.stackOrigins.filter((o) => /extension:/.test(o))).toEqual([]);
  expect(withExtension.view.performanceMarks.filter((m) => m.startsWith('alexpose'))).toEqual([]);
  // The cancelled bodies: the extension must not make the browser download them all (a tee'd clone read on).
  expect(withExtension.bigSent).toBeLessThan(BIG / 2);
  expect(withExtension.streamedSent).toBeLessThan(BIG / 2);
  const mb = (n: number) => (n / 1e6).toFixed(1);
  console.log(
    `cancelled bodies sent, with / without the extension: with content-length ${mb(withExtension.bigSent)} / ${mb(without.bigSent)} MB, ` +
      `streamed without ${mb(withExtension.streamedSent)} / ${mb(without.streamedSent)} MB, of ${mb(BIG)} MB`,
  );
}

describe.runIf(browserAvailable(CHROMIUM))('Chromium: the observer as the page sees it', () => {
  let session: ChromiumSession | undefined;
  afterAll(async () => {
    await session?.close();
  });

  async function probe(withoutExtension: boolean): Promise<{ seen: Seen; session: ChromiumSession; page: PwPage }> {
    const s = await startChromiumSession({ withoutExtension, prepareServer: prepare });
    const page = await s.context.newPage();
    await page.goto(PROBE_PAGE);
    const [token] = s.server.ringTokens();
    const view = await page.evaluate(observerProbe, token ?? '');
    return { seen: seenOn(s.server, view), session: s, page };
  }

  it('shows the page the same as without the extension, and takes the token from every way the page sends it', async () => {
    const without = await probe(true);
    await without.session.close();
    const withExtension = await probe(false);
    session = withExtension.session;
    expectSameView(withExtension.seen, without.seen);

    const { server, context, extensionId } = session;
    const [token] = server.ringTokens();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    for (const form of FORMS) {
      expect(await withExtension.page.evaluate(sendTokenAs, { token: token ?? '', form })).toBe(200);
      const from = server.log.length;
      await popup.reload();
      await pressScanNow(popup, 'Scan finished');
      const scan = server.log.slice(from).filter((r) => r.path.startsWith('/api/cgw/'));
      expect({ form, refused: scan.filter((r) => !r.token).length }).toEqual({ form, refused: 0 });
    }
  });
});

describe.runIf(browserAvailable(FIREFOX))('Firefox: the observer as the page sees it', () => {
  let session: FirefoxSession | undefined;
  afterAll(async () => {
    await session?.close();
  });

  async function probe(withoutExtension: boolean): Promise<{ seen: Seen; session: FirefoxSession; page: PptrPage }> {
    const s = await startFirefoxSession({}, { withoutExtension });
    prepare(s.server);
    const page = await s.firefox.newPage();
    await page.goto(PROBE_PAGE);
    const [token] = s.server.ringTokens();
    const view = await page.evaluate(observerProbe, token ?? '');
    return { seen: seenOn(s.server, view), session: s, page };
  }

  it('shows the page the same as without the extension, and takes the token from every way the page sends it', async () => {
    const without = await probe(true);
    await without.session.close();
    const withExtension = await probe(false);
    session = withExtension.session;
    expectSameView(withExtension.seen, without.seen);

    const { server, firefox, uuid } = session;
    const [token] = server.ringTokens();
    const popup = await firefox.newPage();
    for (const form of FORMS) {
      expect(await withExtension.page.evaluate(sendTokenAs, { token: token ?? '', form })).toBe(200);
      const from = server.log.length;
      // The previous form's popup is marked, so the wait below cannot pass on it before the new one has loaded
      // (a press there would start a scan whose progress goes to a page about to be replaced).
      await popup.evaluate(() => document.documentElement.setAttribute('data-e2e-previous', '')).catch(() => undefined);
      void popup.goto(`moz-extension://${uuid}/src/popup/index.html`).catch(() => undefined);
      await until('popup page', () =>
        popup.evaluate(
          () =>
            !document.documentElement.hasAttribute('data-e2e-previous') &&
            document.readyState === 'complete' &&
            document.querySelector('[data-testid="scan-now"]') !== null,
        ),
      );
      await pressScanNow(popup, 'Scan finished');
      const scan = server.log.slice(from).filter((r) => r.path.startsWith('/api/cgw/'));
      expect({ form, refused: scan.filter((r) => !r.token).length }).toEqual({ form, refused: 0 });
    }
  });
});
