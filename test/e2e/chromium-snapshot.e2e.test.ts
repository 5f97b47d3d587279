import { type BrowserContext, type Worker } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { MAPPED_HOSTS } from './support/fixture-site.ts';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { unexpectedHosts, type RecordingProxy } from './support/recording-proxy.ts';
import { CHROMIUM, browserAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';

const PLANTED = [
  'Jonathan',
  'Plantedname',
  'jonathan.planted@example.invalid',
  '98765432',
  'Geheimnis',
  'Geheimweg',
  '10999',
  'PLANTED42',
  '00:1A:2B:3C:4D:5E',
  'PLANTEDsecret',
  'PLANTEDSNAP998877',
  '4100777',
];

describe.runIf(browserAvailable(CHROMIUM))('Chromium: redacted snapshot of an unrecognised page', () => {
  let proxy: RecordingProxy;
  let context: BrowserContext;
  let worker: Worker;
  let session: ChromiumSession | undefined;

  beforeAll(async () => {
    session = await startChromiumSession({ viewport: { width: 420, height: 900 }, acceptDownloads: true });
    ({ proxy, context, worker } = session);
  });

  afterAll(async () => {
    await session?.close();
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
    expect(readFileSync(await download.path(), 'utf8')).toBe(shown);
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});
