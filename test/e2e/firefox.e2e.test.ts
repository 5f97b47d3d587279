import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startFixtureServer, MAPPED_HOSTS, type FixtureServer } from './support/fixture-server.ts';
import { startRecordingProxy, unexpectedHosts, type RecordingProxy } from './support/recording-proxy.ts';
import { FIREFOX, browserAvailable, until } from './support/browsers.ts';
import { EXPECTED_FINDINGS, EXPECTED_HIGH_RISK, EXPECTED_POLICE_PATHS, shownFindings, shownPolicePaths, storedSourceIds } from './support/expected.ts';
import { GECKO_ID } from '../../manifest.config.ts';

const EXTENSION = resolve('dist/firefox');
const ARTIFACTS = resolve('test-artifacts');

describe.runIf(browserAvailable(FIREFOX))('Firefox ESR with the extension installed', () => {
  let server: FixtureServer;
  let proxy: RecordingProxy;
  let firefox: Browser;
  // Pinning the add-on's internal UUID lets the test open its popup page by URL.
  const uuid = randomUUID();

  beforeAll(async () => {
    server = await startFixtureServer();
    proxy = await startRecordingProxy(MAPPED_HOSTS, server.port);
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.dns.disablePrefetch': true,
        'network.http.speculative-parallel-limit': 0,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      },
    });
    await firefox.installExtension(EXTENSION);
  });

  afterAll(async () => {
    await firefox?.close();
    await proxy?.close();
    await server?.close();
  });

  it('reads the account pages, stores findings, shows them in the popup and sets the badge', async () => {
    const page = await firefox.newPage();
    const popup: Page = await firefox.newPage();
    // goto of a moz-extension URL may never resolve although the page loads: do not await it, poll instead.
    void popup.goto(`moz-extension://${uuid}/src/popup/index.html`).catch(() => undefined);
    const countOf = async (id: string) => (await popup.evaluate(storedSourceIds)).filter((s) => s === id).length;
    await until('popup page', () => popup.evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:'));

    await page.goto('https://account.ring.com/account/dashboard');
    await page.waitForSelector('body[data-app-loaded="true"]');
    await until('device settings in storage', async () => (await countOf('ring.device-settings')) === 3 && (await countOf('ring.location-users')) === 1);

    await page.goto('https://account.ring.com/account/control-center?hl=de');
    await until('German Control Center in storage', async () => (await countOf('ring.control-center')) === 1);
    const shown = await until('all findings in the popup', async () => {
      const list = await popup.evaluate(shownFindings);
      return list.length === EXPECTED_FINDINGS.length ? list : null;
    }, 30_000);
    expect(shown).toEqual(EXPECTED_FINDINGS);
    expect(await popup.evaluate(shownPolicePaths)).toEqual(EXPECTED_POLICE_PATHS);
    // The Control Center scan switched things on against the dashboard scan, after the popup was last seen.
    expect(await until('badge text', async () => {
      const text = await popup.evaluate(() => browser.action.getBadgeText({}));
      return text === `${EXPECTED_HIGH_RISK}!` ? text : null;
    })).toBe(`${EXPECTED_HIGH_RISK}!`);
    mkdirSync(ARTIFACTS, { recursive: true });
    await popup.setViewport({ width: 420, height: 900 });
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-firefox.png'), fullPage: true });

    // The English page must give the same findings.
    await page.goto('https://account.ring.com/account/control-center');
    await until('English Control Center in storage', async () => (await countOf('ring.control-center')) === 2);
    expect(await until('findings after the English page', async () => {
      const list = await popup.evaluate(shownFindings);
      return list.length === EXPECTED_FINDINGS.length ? list : null;
    })).toEqual(EXPECTED_FINDINGS);

    expect(proxy.hosts).toContain('account.ring.com');
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});
