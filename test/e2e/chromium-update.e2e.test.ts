/**
 * An extension update with a Ring page open does not throw in the page (issue 6, property 7). The extension is
 * reloaded from its service worker (what an update does to open tabs: the old content scripts stay, orphaned, and the
 * MAIN-world observer keeps wrapping fetch/XHR). The pages then make their usual requests and change their settings
 * switches; no page error, no "Extension context invalidated", no uncaught error. The stored scans survive, and after
 * reloading the page the new content script stores a new scan.
 */
import { type BrowserContext, type Page, type Worker } from 'playwright-core';
import { MAPPED_HOSTS } from './support/fixture-site.ts';
import { startChromiumSession, type ChromiumSession } from './support/chromium-session.ts';
import { unexpectedHosts, type RecordingProxy } from './support/recording-proxy.ts';
import { CHROMIUM, browserAvailable, until } from './support/browsers.ts';
import { storedSourceIds } from './support/expected.ts';

/** Runs in the service worker: how many scans are stored. */
async function storedScanCount(): Promise<number> {
  const stored = await chrome.storage.local.get('alexpose.store');
  return ((stored['alexpose.store'] as { scans?: unknown[] } | undefined)?.scans ?? []).length;
}

/** Everything a page says that would mean the extension hurt it. */
function watch(page: Page, label: string, into: string[]): void {
  page.on('pageerror', (error) => into.push(`${label} pageerror: ${String(error)}`));
  page.on('console', (message) => {
    const text = message.text();
    // The fixture site's own 404s (e.g. users of a location it has no file for) are network noise, not script errors.
    if (/^Failed to load resource: the server responded with a status of 404/.test(text)) return;
    if (message.type() === 'error' || /Extension context invalidated|Uncaught/i.test(text)) into.push(`${label} console.${message.type()}: ${text}`);
  });
}

describe.runIf(browserAvailable(CHROMIUM))('Chromium: an extension update with a Ring page open', () => {
  let proxy: RecordingProxy;
  let context: BrowserContext;
  let worker: Worker;
  let session: ChromiumSession | undefined;

  beforeAll(async () => {
    session = await startChromiumSession({
      viewport: { width: 1000, height: 800 },
      developerMode: true,
      prepareServer: (s) => void (s.dashboardApp = 'everything'),
    });
    ({ proxy, context, worker } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('does not throw in the open pages, keeps the scans, and the reloaded page is read again', async () => {
    const problems: string[] = [];
    const stored = async (w: Worker, id: string) => (await w.evaluate(storedSourceIds)).filter((s) => s === id).length;

    const dashboard = await context.newPage();
    watch(dashboard, 'dashboard', problems);
    await dashboard.goto('https://account.ring.com/account/dashboard');
    await dashboard.waitForSelector('body[data-app-loaded="true"]');
    await until(
      'device settings in storage',
      async () => (await stored(worker, 'ring.device-settings')) === 3 && (await stored(worker, 'ring.location-users')) === 1,
    );
    const controlCenter = await context.newPage();
    watch(controlCenter, 'control-center', problems);
    await controlCenter.goto('https://account.ring.com/account/control-center');
    await until('Control Center in storage', async () => (await stored(worker, 'ring.control-center')) === 1);
    const scansBefore = await worker.evaluate(storedScanCount);
    const sourcesBefore = (await worker.evaluate(storedSourceIds)).length;

    // The update: the service worker goes away and a new one starts.
    const restarted = context.waitForEvent('serviceworker', { timeout: 15_000 });
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined); // the worker may die mid-call
    const next = await restarted;
    await until('the new service worker answers', async () => (await next.evaluate(() => typeof chrome.storage?.local?.get)) === 'function');
    worker = next;
    // Nothing stored was lost in the update.
    expect(await worker.evaluate(storedScanCount)).toBe(scansBefore);
    expect((await worker.evaluate(storedSourceIds)).length).toBe(sourcesBefore);

    // The old pages keep working: their own requests (seen by the MAIN-world observer and handed to the orphaned
    // content script) and their settings switches (seen by the orphaned outline observer).
    // The observer hands its copies to the orphaned content script over a private port: the page sees no message.
    await dashboard.evaluate(() => {
      const w = window as unknown as { __messages: number };
      w.__messages = 0;
      window.addEventListener('message', () => void w.__messages++);
    });
    // The page's requests carry its session's token, as the site's own script does.
    const [token] = session?.server.ringTokens() ?? [];
    const fetched = await dashboard.evaluate(async (csrf) => {
      const devices = (await fetch('/api/cgw/clients_api/ring_devices', { headers: { 'csrf-token': csrf } }).then((r) => r.json())) as { doorbots?: unknown[] };
      const viaXhr = await new Promise<number>((done, fail) => {
        const xhr = new XMLHttpRequest();
        xhr.open('GET', '/api/cgw/devices/v1/locations');
        xhr.setRequestHeader('csrf-token', csrf);
        xhr.onload = () => done(xhr.status);
        xhr.onerror = () => fail(new Error('xhr failed'));
        xhr.send();
      });
      return { doorbots: devices.doorbots?.length ?? 0, viaXhr };
    }, token ?? '');
    expect(fetched).toEqual({ doorbots: 1, viaXhr: 200 });
    await controlCenter.evaluate(() => {
      for (const s of Array.from(document.querySelectorAll('[role="switch"]')))
        s.setAttribute('aria-checked', s.getAttribute('aria-checked') === 'true' ? 'false' : 'true');
    });
    await controlCenter.evaluate((csrf) => fetch('/api/cgw/clients_api/profile', { headers: { 'csrf-token': csrf } }).then((r) => r.json()), token ?? '');
    // Past the content script's batching (300 ms) and the outline debounce (600 ms).
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await dashboard.evaluate(() => document.body.getAttribute('data-app-error'))).toBeNull();
    expect(await dashboard.evaluate(() => (window as unknown as { __messages: number }).__messages)).toBe(0);
    // The orphaned scripts stored nothing (they cannot), and said nothing.
    expect(await worker.evaluate(storedScanCount)).toBe(scansBefore);

    // Reloading the page runs the new content script: a new scan is stored. (The pagehide of the orphaned
    // script must not throw either.)
    await dashboard.reload();
    await dashboard.waitForSelector('body[data-app-loaded="true"]');
    await until(
      'a new scan after the reload',
      async () => (await worker.evaluate(storedScanCount)) === scansBefore + 1 && (await stored(worker, 'ring.device-settings')) === 6,
    );
    await controlCenter.close({ runBeforeUnload: true });

    expect(problems).toEqual([]);
    expect(unexpectedHosts(proxy.hosts, MAPPED_HOSTS)).toEqual([]);
  });
});
