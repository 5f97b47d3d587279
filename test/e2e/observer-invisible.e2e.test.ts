/**
 * The MAIN-world observer is invisible to the page (issue 20, item 1), in real Chromium and Firefox: the same probe
 * runs in a browser with and without the extension and the page's view must be the same (message events, listener
 * calls, how fetch/open/setRequestHeader/toString look, its own load events, errors), and a huge known-endpoint body
 * the page cancels after one chunk is not downloaded in full because of the extension. Then the csrf-token the page
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

function prepare(server: FixtureServer): void {
  server.streams.set('account.ring.com /api/cgw/clients_api/ring_devices?big=1', { size: BIG, sent: 0 });
}

/** What the page saw and how much of the big body was sent, in one browser. */
interface Seen {
  view: PageView;
  bigSent: number;
}

function expectSameView(withExtension: Seen, without: Seen): void {
  expect(withExtension.view).toEqual(without.view);
  expect(without.view.messages).toBe(0);
  expect(without.view.errors).toEqual([]);
  expect(without.view.reusedLoads).toBe(5);
  expect(without.view.jsonStatus).toBe(200);
  expect(without.view.bigFirstChunk).toBe(true);
  // The cancelled body: the extension must not make the browser download it all (it did: a tee'd clone reads on).
  expect(withExtension.bigSent).toBeLessThan(BIG / 2);
  console.log(
    `big body sent: with the extension ${(withExtension.bigSent / 1e6).toFixed(1)} MB, without ${(without.bigSent / 1e6).toFixed(1)} MB, of ${(BIG / 1e6).toFixed(1)} MB`,
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
    return { seen: { view, bigSent: s.server.streams.get('account.ring.com /api/cgw/clients_api/ring_devices?big=1')?.sent ?? 0 }, session: s, page };
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
    return { seen: { view, bigSent: s.server.streams.get('account.ring.com /api/cgw/clients_api/ring_devices?big=1')?.sent ?? 0 }, session: s, page };
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
