import { type BrowserContext, type Worker } from 'playwright-core';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAPPED_HOSTS, type FixtureServer } from './support/fixture-site.ts';
import { expectAmazonCredentials } from './support/expected-amazon.ts';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { unexpectedHosts, type RecordingProxy } from './support/recording-proxy.ts';
import { CHROMIUM, browserAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';
import { extensionWithAlexaGranted } from './support/granted-extension.ts';
import { AMAZON_PAGES, EXPECTED_AMAZON_ALL, EXPECTED_AMAZON_PAGES, shownAmazonFindings } from './support/expected-amazon.ts';

const ARTIFACTS = resolve('test-artifacts');

describe.runIf(browserAvailable(CHROMIUM))('Chromium on Amazon pages and the Alexa deep scan', () => {
  let server: FixtureServer;
  let proxy: RecordingProxy;
  let context: BrowserContext;
  let worker: Worker;
  let session: ChromiumSession | undefined;
  let extension: string;

  beforeAll(async () => {
    extension = extensionWithAlexaGranted();
    session = await startChromiumSession({ viewport: { width: 420, height: 900 }, extension: extension });
    ({ server, proxy, context, worker } = session);
  });

  afterAll(async () => {
    await session?.close();
    for (const dir of [extension]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads Alexa Privacy pages, then the deep scan adds the smart home; a refused session is said plainly', async () => {
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    const stored = async (id: string) => (await worker.evaluate(storedSourceIds)).filter((s) => s === id).length;
    for (const [i, url] of AMAZON_PAGES.slice(0, 3).entries()) {
      await page.goto(url);
      await until(`${url} in storage`, async () => (await stored('amazon.privacy-page')) === i + 1);
    }
    await page.goto(AMAZON_PAGES[3] as string);
    await page.waitForSelector('body[data-app-loaded="true"]');
    await until(
      'voice history and voice profiles in storage',
      async () => (await stored('amazon.voice-history')) === 1 && (await stored('amazon.persons')) === 1,
    );

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await popup.waitForSelector('[data-account="amazon:amazon.de"] [data-finding-id]');
    expect(await popup.evaluate(shownAmazonFindings)).toEqual(EXPECTED_AMAZON_PAGES);

    const before = server.requests.length;
    const logBefore = server.log.length;
    await popup.selectOption('[data-testid="deep-scan"] select', 'https://alexa.amazon.de');
    await popup.click('[data-testid="deep-scan"] button');
    await popup.waitForFunction(() => document.querySelector('[data-testid="deep-scan-status"]')?.textContent?.includes('Alexa devices read'));
    expect(
      server.requests
        .slice(before)
        .filter((r) => r.startsWith('alexa.amazon.de '))
        .sort(),
    ).toEqual([
      'alexa.amazon.de /api/behaviors/entities',
      'alexa.amazon.de /api/device-preferences',
      'alexa.amazon.de /api/devices-v2/device',
      'alexa.amazon.de /api/household',
      'alexa.amazon.de /api/v1/devices/A1EXAMPLE0SHOWACCT/settings/liveView',
      'alexa.amazon.de /nexus/v1/graphql',
    ]);
    // The browser's own Amazon cookies (parent domain, no SameSite) went with every background request, and the
    // csrf header equal to the csrf cookie; only to the Alexa origin.
    expectAmazonCredentials(server.log.slice(logBefore));
    await until('deep-scan findings in the popup', async () => (await popup.evaluate(shownAmazonFindings)).length === EXPECTED_AMAZON_ALL.length);
    expect(await popup.evaluate(shownAmazonFindings)).toEqual(EXPECTED_AMAZON_ALL);
    // The Ecobee story, exactly: the thermostat, the lock and the unknown-interface sensor push their state; the light and the Echo do not.
    expect((await popup.evaluate(shownAmazonFindings)).filter((f) => f.startsWith('alexa.state-reporting '))).toEqual([
      'alexa.state-reporting Flur Sensor',
      'alexa.state-reporting Haustür',
      'alexa.state-reporting Wohnzimmer Thermostat',
    ]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-chromium-amazon.png'), fullPage: true });

    // Without a csrf cookie the scan first calls the Alexa origin's bootstrap, which sets one, and then sends it.
    await page.evaluate(() => void (document.cookie = 'csrf=; Domain=.amazon.de; Path=/; Secure; Expires=Thu, 01 Jan 1970 00:00:00 GMT'));
    expect(await page.evaluate(() => document.cookie.includes('csrf='))).toBe(false);
    const bootstrapFrom = server.log.length;
    await popup.click('[data-testid="deep-scan"] button');
    await popup.waitForFunction(() => document.querySelector('[data-testid="deep-scan-status"]')?.textContent?.includes('Alexa devices read'));
    const again = server.log.slice(bootstrapFrom).filter((r) => r.host === 'alexa.amazon.de');
    expect(again[0]?.path).toBe('/api/language');
    expectAmazonCredentials(again.slice(1));

    server.sessionExpired = true;
    await popup.click('[data-testid="deep-scan"] button');
    await popup.waitForFunction(() => document.querySelector('[data-testid="deep-scan-status"]')?.textContent?.includes('did not accept'));
    server.sessionExpired = false;

    expect(proxy.hosts).toEqual(expect.arrayContaining(['www.amazon.de', 'alexa.amazon.de']));
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});
