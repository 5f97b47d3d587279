/**
 * Issue 20.2 and 20.3 in real Chromium: every capture is stored when the service worker is stopped mid-scan,
 * and when report-page imports race a live scan (one writer, the background's queue).
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { MAPPED_HOSTS, TOKEN_PLACEHOLDER, type FixtureServer } from './support/fixture-site.ts';
import { unexpectedHosts } from './support/recording-proxy.ts';
import { CHROMIUM, browserAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';

const CAMERAS = 40;
const FIRST_ID = 71000001;
const RING = resolve('test/fixtures/ring');

/** A 40-camera account in the fixture shapes: the fixture's device list with its cameras repeated under new ids. */
function slowAccount(server: FixtureServer, pauseMs: number): void {
  const devices = JSON.parse(readFileSync(join(RING, 'ring-devices.json'), 'utf8')) as { stickup_cams: Record<string, unknown>[]; doorbots: unknown[] };
  const template = devices.stickup_cams.find((d) => d['owned'] !== false) ?? devices.stickup_cams[0]!;
  devices.stickup_cams = Array.from({ length: CAMERAS }, (_, i) => ({ ...template, id: FIRST_ID + i, description: `Kamera ${i + 1}` }));
  devices.doorbots = [];
  const settings = readFileSync(join(RING, 'settings-70010003.json'), 'utf8');
  const json = (body: string) => ({ type: 'application/json', body });
  server.routes.set('account.ring.com /api/cgw/clients_api/ring_devices', json(JSON.stringify(devices)));
  for (let i = 0; i < CAMERAS; i++) server.routes.set(`account.ring.com /api/cgw/devices/v1/devices/${FIRST_ID + i}/settings`, json(settings));
  // The page's own app: the device list, then each camera's settings one after another, with a pause between.
  const app = `(async () => {
    const get = (u) => fetch(u, { headers: { 'csrf-token': '${TOKEN_PLACEHOLDER}', Accept: 'application/json' } }).then((r) => r.json());
    const list = await get('/api/cgw/clients_api/ring_devices');
    for (const cam of list.stickup_cams) {
      await get('/api/cgw/devices/v1/devices/' + cam.id + '/settings');
      await new Promise((r) => setTimeout(r, ${pauseMs}));
    }
    document.body.setAttribute('data-app-loaded', 'true');
  })();`;
  // The app is a script of its own, as on the real site: the fixture site templates the session's token into it.
  server.routes.set('account.ring.com /_next/static/chunks/pages/slow-app.js', { type: 'application/javascript', body: app });
  server.routes.set('account.ring.com /account/slow', {
    type: 'text/html; charset=utf-8',
    body: '<!DOCTYPE html><html lang="de"><head><title>Ring</title></head><body><h1>Geräte</h1><script src="/_next/static/chunks/pages/slow-app.js"></script></body></html>',
  });
}

const settingsCount = (ids: string[]) => ids.filter((id) => id === 'ring.device-settings').length;

describe.runIf(browserAvailable(CHROMIUM))('Chromium: nothing lost between the page and the store', () => {
  let session: ChromiumSession | undefined;
  let probe: Page;

  beforeAll(async () => {
    session = await startChromiumSession({ viewport: { width: 1200, height: 900 }, prepareServer: (server) => slowAccount(server, 400) });
    // Storage is read from an extension page: the worker this test stops cannot answer.
    probe = await session.context.newPage();
    await probe.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('a service worker stopped again and again mid-scan loses no capture', async () => {
    const { context } = session!;
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await page.goto('https://account.ring.com/account/slow');
    // The page pauses 400 ms after each camera, longer than the content script's 300 ms batching delay, so each
    // setting is its own message; every worker of the profile (the extension's included) is stopped every 60 ms,
    // so stops land while messages are in flight.
    let stops = 0;
    while ((await page.getAttribute('body', 'data-app-loaded')) !== 'true') {
      await cdp.send('ServiceWorker.stopAllWorkers');
      stops++;
      await new Promise((r) => setTimeout(r, 60));
    }
    expect(stops).toBeGreaterThan(40);
    const stored = await until('all 40 settings in storage', async () => settingsCount(await probe.evaluate(storedSourceIds)) === CAMERAS, 40_000).catch(
      async (error: Error) => {
        throw new Error(`${error.message}: ${settingsCount(await probe.evaluate(storedSourceIds))} of ${CAMERAS} stored after ${stops} stops`);
      },
    );
    expect(stored).toBe(true);
    expect((await probe.evaluate(storedSourceIds)).filter((id) => id === 'ring.devices')).toHaveLength(1);
    await page.close();
  });

  it('ten imports while a Ring tab reads 40 camera settings: every import and every setting is stored', async () => {
    const { context, extensionId } = session!;
    await probe.evaluate(() => chrome.storage.local.clear());
    const dir = mkdtempSync(join(tmpdir(), 'alexpose-imports-'));
    const devices = readFileSync(join(RING, 'ring-devices.json'), 'utf8');
    // Ten other accounts, each a saved device list of its own owner.
    const files = Array.from({ length: 10 }, (_, i) => {
      const file = join(dir, `ring_devices-${i}.json`);
      writeFileSync(file, devices.replaceAll('4100001', String(4300001 + i)).replaceAll('7001000', `79${i}000`));
      return file;
    });
    const report = await context.newPage();
    await report.goto(`chrome-extension://${extensionId}/src/report-page/index.html`);
    const page = await context.newPage();
    await page.goto('https://account.ring.com/account/slow');
    for (const file of files) {
      await report.setInputFiles('[data-testid="import"] input[type="file"]', file);
      await new Promise((r) => setTimeout(r, 150));
    }
    await page.waitForSelector('body[data-app-loaded="true"]', { timeout: 60_000 });
    await until(
      '40 settings and 11 accounts in storage',
      async () => {
        const ids = await probe.evaluate(storedSourceIds);
        return settingsCount(ids) === CAMERAS && ids.filter((id) => id === 'ring.devices').length === 11;
      },
      40_000,
    );
    const accounts = await probe.evaluate(async () => {
      const all = await chrome.storage.local.get('alexpose.store');
      return [...new Set((all['alexpose.store'] as { scans: { accountKey: string }[] }).scans.map((s) => s.accountKey))].sort();
    });
    expect(accounts).toEqual(['ring:4100001', ...Array.from({ length: 10 }, (_, i) => `ring:${4300001 + i}`)]);
    expect(await report.textContent('[data-testid="import-status"]')).not.toMatch(/could not be stored/);
    rmSync(dir, { recursive: true, force: true });
    expect(unexpectedHosts(session!.proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});
