import type { Browser, Page } from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAPPED_HOSTS, type FixtureServer } from './support/fixture-site.ts';
import { expectAmazonCredentials } from './support/expected-amazon.ts';
import { startFirefoxSession, type FirefoxSession } from './support/firefox-session.ts';
import { unexpectedHosts, type RecordingProxy } from './support/recording-proxy.ts';
import { FIREFOX, browserAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';
import { AMAZON_PAGES, EXPECTED_AMAZON_ALL, EXPECTED_AMAZON_PAGES, shownAmazonFindings } from './support/expected-amazon.ts';
import { setFirefoxViewport } from './support/firefox-viewport.ts';

const ARTIFACTS = resolve('test-artifacts');

describe.runIf(browserAvailable(FIREFOX))('Firefox ESR on Amazon pages and the Alexa deep scan', () => {
  let proxy: RecordingProxy;
  let server: FixtureServer;
  let firefox: Browser;
  let uuid: string;
  let session: FirefoxSession | undefined;

  beforeAll(async () => {
    session = await startFirefoxSession({
      // Firefox's own switch for answering optional-permission prompts with "allow": the real build's
      // permissions.request() path runs, only the dialog is skipped.
      'extensions.webextOptionalPermissionPrompts': false,
    });
    ({ proxy, server, firefox, uuid } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('reads Alexa Privacy pages, then the deep scan (permission requested in the click) adds the smart home', async () => {
    const page = await firefox.newPage();
    const popup: Page = await firefox.newPage();
    void popup.goto(`moz-extension://${uuid}/src/popup/index.html`).catch(() => undefined);
    await until('popup page', () => popup.evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:'));
    const stored = async (id: string) => (await popup.evaluate(storedSourceIds)).filter((s) => s === id).length;

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
    expect(
      await until('Amazon page findings in the popup', async () => {
        const list = await popup.evaluate(shownAmazonFindings);
        return list.length === EXPECTED_AMAZON_PAGES.length ? list : null;
      }),
    ).toEqual(EXPECTED_AMAZON_PAGES);

    const logBefore = server.log.length;
    await popup.select('[data-testid="deep-scan"] select', 'https://alexa.amazon.de');
    await popup.click('[data-testid="deep-scan"] button');
    await until('deep scan finished', () =>
      popup.evaluate(() => document.querySelector('[data-testid="deep-scan-status"]')?.textContent?.includes('Alexa devices read') === true),
    );
    expectAmazonCredentials(server.log.slice(logBefore));
    expect(
      await until('deep-scan findings in the popup', async () => {
        const list = await popup.evaluate(shownAmazonFindings);
        return list.length === EXPECTED_AMAZON_ALL.length ? list : null;
      }),
    ).toEqual(EXPECTED_AMAZON_ALL);
    mkdirSync(ARTIFACTS, { recursive: true });
    await setFirefoxViewport(popup, { width: 420, height: 900 });
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-firefox-amazon.png'), fullPage: true });

    expect(proxy.hosts).toEqual(expect.arrayContaining(['www.amazon.de', 'alexa.amazon.de']));
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});
