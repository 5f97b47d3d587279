import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer, MAPPED_HOSTS, type FixtureServer } from './support/fixture-server.ts';
import { startRecordingProxy, unexpectedHosts, type RecordingProxy } from './support/recording-proxy.ts';
import { CHROMIUM, browserAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';

const EXTENSION = resolve('dist/chrome');
const PLANTED = ['Jonathan', 'Plantedname', 'jonathan.planted@example.invalid', '98765432', 'Geheimnis', 'Geheimweg', '10999', 'PLANTED42', '00:1A:2B:3C:4D:5E', 'PLANTEDsecret', 'PLANTEDSNAP998877', '4100777'];

describe.runIf(browserAvailable(CHROMIUM))('Chromium: redacted snapshot of an unrecognised page', () => {
  let server: FixtureServer;
  let proxy: RecordingProxy;
  let context: BrowserContext;
  let worker: Worker;
  let profile: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    proxy = await startRecordingProxy(MAPPED_HOSTS, server.port);
    profile = mkdtempSync(join(tmpdir(), 'alexpose-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 420, height: 900 },
      args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, `--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>', '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  });

  afterAll(async () => {
    await context?.close();
    await proxy?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('is offered for the unrecognised page, shown before saving, and holds none of the planted personal data', async () => {
    const page = await context.newPage();
    await page.goto('https://account.ring.com/account/control-center/household-sharing');
    await until('the page outline in storage', async () => (await worker.evaluate(storedSourceIds)).includes('ring.control-center'));

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/src/popup/index.html`);
    await popup.click('[data-testid="page-snapshot"] button');
    const preview = (await popup.waitForSelector('[data-testid="snapshot-preview"]')).textContent();
    const shown = (await preview) ?? '';
    expect(shown).toContain('"role": "switch"');
    for (const value of PLANTED) expect(shown.toLowerCase()).not.toContain(value.toLowerCase());

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-testid="page-snapshot"] .button--primary')]);
    expect(readFileSync((await download.path()) as string, 'utf8')).toBe(shown);
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});
