/**
 * A shared user in 2026 (issue 11; dgreif/ring PR #1835, tsightler/ring-mqtt #1095): the account owns nothing, so
 * `clients_api/ring_devices` is empty and `devices/v1/locations` lists no location; the cameras of the location
 * someone shared are only in `device_info/v3/devices` and `location_info/v3/locations`. A stand-in for the web app
 * requests exactly these, served through the fixture server's `routes` map from test/fixtures/ring/shared-user.
 * In real Chromium and Firefox the popup must show the shared cameras, their police paths and exactly the findings
 * the same responses give in Node.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { MAPPED_HOSTS } from './support/fixture-site.ts';
import { API, RESPONSES, SHARED, serveSharedUser } from './support/shared-user-site.ts';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { startFirefoxSession, type FirefoxSession } from './support/firefox-session.ts';
import { unexpectedHosts } from './support/recording-proxy.ts';
import { CHROMIUM, FIREFOX, browserAvailable, until } from './support/browsers.ts';
import { shownFindings, shownPolicePaths, storedSourceIds } from './support/expected.ts';
import type { Capture } from '../../src/model/capture.ts';
import { readCapture } from '../../src/sources/read-capture.ts';
import { mergeRecords } from '../../src/model/merge-records.ts';
import { accountFindings } from '../../src/report/build-report.ts';
import { ringPolicePaths } from '../../src/report/police-paths.ts';

/** What the same responses give in Node: the popup must show exactly this. */
function expectedInNode(): { findings: string[]; policePaths: string[] } {
  const captures: Capture[] = RESPONSES.map(([path, file]) => ({
    url: `https://account.ring.com${API}/${path}`,
    via: 'page-fetch',
    body: JSON.parse(readFileSync(resolve(SHARED, file), 'utf8')) as unknown,
    capturedAt: '2026-12-01T00:00:00.000Z',
  }));
  const results = captures.map(readCapture);
  const records = mergeRecords(results);
  return {
    // The report's findings (regional ones by the account's country, issue 14), as the popup shows them.
    findings: accountFindings(results)
      .map(({ raw }) => `${raw.id} ${raw.subject.id}`)
      .sort(),
    policePaths: ringPolicePaths(records)
      .map((p) => `${p.deviceId} ${p.state}`)
      .sort(),
  };
}

const EXPECTED = expectedInNode();
const SOURCES_READ = RESPONSES.length;

describe('the shared-user fixtures in Node', () => {
  it('give the shared cameras, their police paths and shared-with-you (what both browsers must show)', () => {
    expect(EXPECTED.policePaths).toEqual(['70030001 open', '70030002 closed-e2ee', '70030003 open']);
    expect(EXPECTED.findings.filter((f) => f.startsWith('ring.shared-with-you'))).toEqual([
      'ring.shared-with-you 70030001',
      'ring.shared-with-you 70030002',
      'ring.shared-with-you 70030003',
    ]);
    expect(EXPECTED.findings).toContain('ring.location-precise 5b1e0c4d-0000-4000-8000-0000000000aa');
  });
});

describe.runIf(browserAvailable(CHROMIUM))('Chromium: a shared user sees the shared cameras', () => {
  let session: ChromiumSession | undefined;
  beforeAll(async () => {
    session = await startChromiumSession({ viewport: { width: 420, height: 900 }, prepareServer: serveSharedUser });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads the v3 responses of the page and shows cameras, owner and police paths in the popup', async () => {
    if (!session) throw new Error('no session');
    const { context, worker, proxy, extensionId } = session;
    const page = await context.newPage();
    await page.goto('https://account.ring.com/account/shared-dashboard');
    await page.waitForSelector('body[data-app-loaded="true"]');
    await until(
      'all shared-user responses in storage',
      async () => (await worker.evaluate(storedSourceIds)).filter((s) => s.startsWith('ring.')).length >= SOURCES_READ,
    );

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await popup.waitForSelector('[data-finding-id]');
    expect(
      await until('every finding shown', async () => {
        const shown = await popup.evaluate(shownFindings);
        return shown.length === EXPECTED.findings.length ? shown : null;
      }),
    ).toEqual(EXPECTED.findings);
    expect(await popup.evaluate(shownPolicePaths)).toEqual(EXPECTED.policePaths);
    const text = (await popup.textContent('body')) ?? '';
    expect(text).toContain('Haustür Eltern');
    expect(text).toContain('Greta Beispiel');
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});

describe.runIf(browserAvailable(FIREFOX))('Firefox: a shared user sees the shared cameras', () => {
  let session: FirefoxSession | undefined;
  beforeAll(async () => {
    session = await startFirefoxSession();
    serveSharedUser(session.server);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads the v3 responses of the page and shows cameras, owner and police paths in the popup', async () => {
    if (!session) throw new Error('no session');
    const { firefox, uuid, proxy } = session;
    const page = await firefox.newPage();
    const popup: PuppeteerPage = await firefox.newPage();
    // goto of a moz-extension URL may never resolve although the page loads: do not await it, poll instead.
    void popup.goto(`moz-extension://${uuid}/src/popup/index.html`).catch(() => undefined);
    await until('popup page', () => popup.evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:'));
    await page.goto('https://account.ring.com/account/shared-dashboard');
    await page.waitForSelector('body[data-app-loaded="true"]');
    await until(
      'all shared-user responses in storage',
      async () => (await popup.evaluate(storedSourceIds)).filter((s) => s.startsWith('ring.')).length >= SOURCES_READ,
    );
    expect(
      await until(
        'every finding shown',
        async () => {
          const shown = await popup.evaluate(shownFindings);
          return shown.length === EXPECTED.findings.length ? shown : null;
        },
        30_000,
      ),
    ).toEqual(EXPECTED.findings);
    expect(await popup.evaluate(shownPolicePaths)).toEqual(EXPECTED.policePaths);
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Haustür Eltern');
    expect(text).toContain('Greta Beispiel');
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});
