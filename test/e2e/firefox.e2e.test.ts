import type { Browser, Page } from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAPPED_HOSTS, type FixtureServer } from './support/fixture-site.ts';
import { pressScanNow } from './support/scan-now.ts';
import { startFirefoxSession, type FirefoxSession } from './support/firefox-session.ts';
import { unexpectedHosts, type RecordingProxy } from './support/recording-proxy.ts';
import { FIREFOX, browserAvailable, until } from './support/browsers.ts';
import { EXPECTED_FINDINGS, EXPECTED_HIGH_RISK, EXPECTED_POLICE_PATHS, shownFindings, shownPolicePaths, storedSourceIds } from './support/expected.ts';
import { setFirefoxViewport } from './support/firefox-viewport.ts';
import { markPreviousDocument } from './support/previous-document.ts';

const ARTIFACTS = resolve('test-artifacts');

describe.runIf(browserAvailable(FIREFOX))('Firefox ESR with the extension installed', () => {
  let proxy: RecordingProxy;
  let server: FixtureServer;
  let firefox: Browser;
  let uuid: string;
  let session: FirefoxSession | undefined;

  beforeAll(async () => {
    session = await startFirefoxSession();
    ({ proxy, server, firefox, uuid } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('reads the account pages, stores findings, shows them in the popup and sets the badge', async () => {
    const page = await firefox.newPage();
    const popup: Page = await firefox.newPage();
    // goto of a moz-extension URL may never resolve although the page loads: do not await it, poll instead.
    void popup.goto(`moz-extension://${uuid}/src/popup/index.html`).catch(() => undefined);
    const countOf = async (id: string) => (await popup.evaluate(storedSourceIds)).filter((s) => s === id).length;
    await until('popup page', () => popup.evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:'));

    // A dashboard whose own script loads settings and users too: what the observer sees of the page's own requests.
    server.dashboardApp = 'everything';
    await page.goto('https://account.ring.com/account/dashboard');
    await page.waitForSelector('body[data-app-loaded="true"]');
    server.dashboardApp = 'device-list';
    await until('device settings in storage', async () => (await countOf('ring.device-settings')) === 3 && (await countOf('ring.location-users')) === 1);

    await page.goto('https://account.ring.com/account/control-center?hl=de');
    await until('German Control Center in storage', async () => (await countOf('ring.control-center')) === 1);
    const shown = await until(
      'all findings in the popup',
      async () => {
        const list = await popup.evaluate(shownFindings);
        return list.length === EXPECTED_FINDINGS.length ? list : null;
      },
      30_000,
    );
    expect(shown).toEqual(EXPECTED_FINDINGS);
    expect(await popup.evaluate(shownPolicePaths)).toEqual(EXPECTED_POLICE_PATHS);
    // The Control Center read for the first time is the baseline of what it shows, not a change (issue 14): no "!".
    expect(
      await until('badge text', async () => {
        const text = await popup.evaluate(() => browser.action.getBadgeText({}));
        return text === String(EXPECTED_HIGH_RISK) ? text : null;
      }),
    ).toBe(String(EXPECTED_HIGH_RISK));
    mkdirSync(ARTIFACTS, { recursive: true });
    await setFirefoxViewport(popup, { width: 420, height: 900 });
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-firefox.png'), fullPage: true });

    // The English page must give the same findings.
    await page.goto('https://account.ring.com/account/control-center');
    await until('English Control Center in storage', async () => (await countOf('ring.control-center')) === 2);
    expect(
      await until('findings after the English page', async () => {
        const list = await popup.evaluate(shownFindings);
        return list.length === EXPECTED_FINDINGS.length ? list : null;
      }),
    ).toEqual(EXPECTED_FINDINGS);

    expect(proxy.hosts).toContain('account.ring.com');
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });

  it('"Scan now" uses the page\'s own sign-in: settings, encryption finding and police paths arrive; expired and signed out are said plainly', async () => {
    const popup: Page = await firefox.newPage();
    void popup.goto(`moz-extension://${uuid}/src/popup/index.html`).catch(() => undefined);
    await until('popup page', () => popup.evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:'));
    await popup.evaluate(() => browser.storage.local.clear());
    const page = await firefox.newPage();
    await page.goto('https://account.ring.com/account/dashboard');
    await page.waitForSelector('body[data-app-loaded="true"]');
    await popup.bringToFront();
    // The reload may settle before the new document exists: the wait must not pass on the page it replaces.
    await markPreviousDocument(popup);
    await popup.reload().catch(() => undefined);
    await until('popup page again', () =>
      popup.evaluate(
        () =>
          !document.documentElement.hasAttribute('data-e2e-previous') &&
          document.readyState === 'complete' &&
          document.querySelector('[data-testid="scan-now"]') !== null,
      ),
    );
    const before = server.log.length;
    expect(await pressScanNow(popup, 'Scan finished')).not.toMatch(/expired/i);
    const asked = server.log.slice(before);
    expect(asked.map((r) => `${r.host} ${r.path}`)).toEqual(
      expect.arrayContaining(['account.ring.com /api/cgw/clients_api/ring_devices', 'account.ring.com /api/cgw/devices/v1/devices/70010001/settings']),
    );
    expect(asked.length).toBeGreaterThan(5);
    expect(asked.filter((r) => r.host !== 'account.ring.com' || !r.path.startsWith('/api/cgw/'))).toEqual([]);
    expect(asked.filter((r) => !r.cookie || !r.token)).toEqual([]);
    await until('scanned findings in the popup', async () => {
      const shown = await popup.evaluate(shownFindings);
      return shown.includes('ring.e2ee-off 70010001') && shown.includes('ring.key-by-amazon 70010005');
    });
    expect(await popup.evaluate(shownPolicePaths)).toEqual(expect.arrayContaining(['70010001 open', '70010002 open', '70010003 closed-e2ee']));

    server.sessionExpired = true;
    await pressScanNow(popup, 'session has probably expired');
    server.sessionExpired = false;
    server.signOut();
    await pressScanNow(popup, 'You are signed out of Ring');
    expect(await popup.evaluate(shownFindings)).toContain('ring.e2ee-off 70010001');
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});
