import { type BrowserContext, type Worker } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAPPED_HOSTS, type FixtureServer, type RequestLogEntry } from './support/fixture-site.ts';
import { pressScanNow } from './support/scan-now.ts';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { unexpectedHosts, type RecordingProxy } from './support/recording-proxy.ts';
import { CHROMIUM, browserAvailable, until } from './support/browsers.ts';
import { EXPECTED_FINDINGS, EXPECTED_HIGH_RISK, EXPECTED_POLICE_PATHS, shownFindings, shownPolicePaths, storedSourceIds } from './support/expected.ts';

const ARTIFACTS = resolve('test-artifacts');

describe.runIf(browserAvailable(CHROMIUM))('Chromium with the extension loaded', () => {
  let server: FixtureServer;
  let proxy: RecordingProxy;
  let context: BrowserContext;
  let worker: Worker;
  let session: ChromiumSession | undefined;

  beforeAll(async () => {
    session = await startChromiumSession({ viewport: { width: 420, height: 900 } });
    ({ server, proxy, context, worker } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('reads the account pages, stores findings, shows them in the popup and sets the badge', async () => {
    const extensionId = new URL(worker.url()).host;
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    const countOf = async (id: string) => (await worker.evaluate(storedSourceIds)).filter((s) => s === id).length;

    // A dashboard whose own script loads settings and users too: what the observer sees of the page's own requests.
    server.dashboardApp = 'everything';
    const page = await context.newPage();
    await page.goto('https://account.ring.com/account/dashboard');
    await page.waitForSelector('body[data-app-loaded="true"]');
    server.dashboardApp = 'device-list';
    await until('device settings in storage', async () => (await countOf('ring.device-settings')) === 3 && (await countOf('ring.location-users')) === 1);

    await page.goto('https://account.ring.com/account/control-center');
    await until('English Control Center in storage', async () => (await countOf('ring.control-center')) === 1);
    // The Control Center read for the first time is the baseline of what it shows, not a change (issue 14):
    // the badge counts the high-risk findings and has no "!" for changes.
    expect(
      await until('badge without a false change', async () => {
        const text = await worker.evaluate(() => chrome.action.getBadgeText({}));
        return text === String(EXPECTED_HIGH_RISK) ? text : null;
      }),
    ).toBe(String(EXPECTED_HIGH_RISK));

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await popup.waitForSelector('[data-finding-id]');
    expect(await popup.evaluate(shownFindings)).toEqual(EXPECTED_FINDINGS);
    expect(await popup.evaluate(shownPolicePaths)).toEqual(EXPECTED_POLICE_PATHS);
    expect(await popup.textContent('[data-testid="summary"]')).toContain('5');
    // Nothing on a first read is "newly on": no change is listed for the worse (the popup was never opened before).
    expect(await popup.locator('[data-testid="changes"] .change--worse').count()).toBe(0);
    await until('badge without changes', async () => (await worker.evaluate(() => chrome.action.getBadgeText({}))) === String(EXPECTED_HIGH_RISK));
    mkdirSync(ARTIFACTS, { recursive: true });
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-chromium.png'), fullPage: true });

    // The German page must give the same findings.
    await page.goto('https://account.ring.com/account/control-center?hl=de');
    await until('German Control Center in storage', async () => (await countOf('ring.control-center')) === 2);
    await popup.reload();
    await popup.waitForSelector('[data-finding-id]');
    expect(await popup.evaluate(shownFindings)).toEqual(EXPECTED_FINDINGS);

    // The proxy saw the account host (so it really is the only way out) and nothing else but the browser's own hosts.
    expect(proxy.hosts).toContain('account.ring.com');
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
    // The account host, and ring.com only for signing in.
    expect(server.requests.filter((r) => !r.startsWith('account.ring.com ') && r !== 'ring.com /users/sign_in')).toEqual([]);
  });

  it('"Scan now" uses the page\'s own sign-in: settings, encryption finding and police paths arrive; expired, no token and signed out are each said plainly', async () => {
    const extensionId = new URL(worker.url()).host;
    await worker.evaluate(() => chrome.storage.local.clear());
    const page = await context.newPage();
    await page.goto('https://account.ring.com/account/dashboard');
    await page.waitForSelector('body[data-app-loaded="true"]');
    const before = server.log.length;

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    const status = await pressScanNow(popup, 'Scan finished');
    expect(status).not.toMatch(/expired/i);
    const asked = server.log.slice(before);
    expect(asked.map((r) => `${r.host} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'account.ring.com /api/cgw/clients_api/ring_devices',
        'account.ring.com /api/cgw/device_info/v3/devices',
        'account.ring.com /api/cgw/location_info/v3/locations',
        'account.ring.com /api/cgw/devices/v1/devices/70010001/settings',
        'account.ring.com /api/cgw/devices/v1/devices/70010003/settings',
        'account.ring.com /api/cgw/clients_api/locations/9f2d5a7e-0000-4000-8000-000000000001/users',
        'account.ring.com /api/cgw/integrations/amazonkey/v2/devices/lock_associations',
      ]),
    );
    // Every request of the scan went to the page's origin only, with the page's cookie and its exact token.
    expectPageCredentials(asked);
    await until('scanned findings in the popup', async () => {
      const shown = await popup.evaluate(shownFindings);
      return shown.includes('ring.e2ee-off 70010001') && shown.includes('ring.key-by-amazon 70010005');
    });
    expect(await popup.evaluate(shownPolicePaths)).toEqual(expect.arrayContaining(['70010001 open', '70010002 open', '70010003 closed-e2ee']));

    // Ring asks to slow down: Scan now waits and retries, and still reads everything.
    server.rateLimit = { perSecond: 4, retryAfterSeconds: 1 };
    const limitedFrom = server.log.length;
    await pressScanNow(popup, 'Scan finished', 90_000);
    server.rateLimit = null;
    const limited = server.log.slice(limitedFrom);
    expect(limited.some((r) => r.status === 429)).toBe(true);
    expect(limited.filter((r) => r.path.endsWith('/settings') && r.status === 200)).toHaveLength(3);

    server.sessionExpired = true;
    expect(await pressScanNow(popup, 'session has probably expired')).not.toContain('Scan finished');
    server.sessionExpired = false;

    // A page that has not made a call of its own yet: no token is known, and the user is told what to do.
    const controlCenter = await context.newPage();
    await controlCenter.goto('https://account.ring.com/account/control-center');
    await popup.reload();
    expect(await pressScanNow(popup, "could not use this page's sign-in yet")).toContain('Open your Ring dashboard once');
    await controlCenter.close();
    await popup.reload();

    server.signOut();
    await pressScanNow(popup, 'You are signed out of Ring');
    // What was read before is still shown.
    expect(await popup.evaluate(shownFindings)).toContain('ring.e2ee-off 70010001');
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});

/** Requests Scan now made: page origin only, each with the live session cookie and its exact csrf-token. */
function expectPageCredentials(entries: readonly RequestLogEntry[]): void {
  expect(entries.length).toBeGreaterThan(5);
  expect(entries.filter((r) => r.host !== 'account.ring.com' || !r.path.startsWith('/api/cgw/'))).toEqual([]);
  expect(entries.filter((r) => !r.cookie || !r.token)).toEqual([]);
  expect(entries.filter((r) => r.fetchSite !== 'same-origin')).toEqual([]);
}
