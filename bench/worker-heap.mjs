/* global chrome */
// Figure 7: the background service worker's JS heap when it has stored a scan of a 10,000-device account.
// The scan arrives the real way: the dashboard's __NEXT_DATA__ and the page's own request for the device list,
// seen by the content scripts, sent to the background, read and stored. With `withSettings` (bench/run.mjs
// --with-settings) the page also loads all 7,000 cameras' settings (figure 8 times that store on its own).
// The heap is read through CDP on the worker target (Runtime.getHeapUsage): sampled while it works (peak),
// as left once the store is quiet and the badge (which reads the whole store) has been recomputed, and after a
// forced GC (what the worker keeps alive). Budget (issue 31): 10 MB. "As left" is mostly garbage that V8 collects
// when it next needs to: its size depends on when the last collection ran, so it moves a lot from run to run.
import { attachToTarget, isolatedWorld } from './cdp.mjs';
import { startBigAccountServer } from './big-account-server.mjs';
import { launch } from './launch.mjs';
import { mb, row, sleep } from './stats.mjs';

const SAMPLE_MS = 100;
// Past this the figure is printed as incomplete, so that the whole run stays under 5 minutes.
const DEADLINE_MS = 150_000;
const QUIET_MS = 2500;
const HEAP_BUDGET = 10 * 1024 * 1024;
const IDLE_MS = 2000;

/** Runs in the content script's world (it may read storage.local): how many results the store holds, by source. */
export const STORED_COUNTS = `chrome.storage.local.get(null).then((s) => {
  const counts = {};
  const root = s[typeof s['alexpose.root'] === 'string' ? s['alexpose.root'] : 'alexpose.store'];
  for (const scan of root?.scans ?? []) {
    const seen = new Set();
    // Chunks are JSON strings since store version 3, arrays before.
    const chunk = (k) => (typeof s[k] === 'string' ? JSON.parse(s[k]) : s[k] ?? []);
    for (const r of scan.chunks ? scan.chunks.flatMap(chunk) : scan.results) {
      const key = r.source.id + ' ' + (r.source.location ?? '');
      if (seen.has(key)) continue;
      seen.add(key);
      counts[r.source.id] = (counts[r.source.id] ?? 0) + 1;
    }
  }
  return counts;
})`;

/** Waits until the store holds the whole scan; returns the counts by source and the store's size. */
async function waitForStore(world, expected, started) {
  // Counting means reading the whole store, which would compete with the background being measured; so wait
  // until the store's size has not changed for a while (a cheap look), then count once.
  const complete = (counts) => Object.entries(expected).every(([id, n]) => counts[id] === n);
  let lastBytes = -1;
  let quietSince = performance.now();
  while (performance.now() - started < DEADLINE_MS) {
    await sleep(500);
    const bytes = await world.evaluate('chrome.storage.local.getBytesInUse(null)');
    if (bytes !== lastBytes) {
      lastBytes = bytes;
      quietSince = performance.now();
      continue;
    }
    if (performance.now() - quietSince < QUIET_MS) continue;
    const counts = await world.evaluate(STORED_COUNTS);
    if (complete(counts)) return { counts, bytes, complete: true };
    quietSince = performance.now();
  }
  return { counts: await world.evaluate(STORED_COUNTS), bytes: lastBytes, complete: false };
}

/**
 * Waits until the badge shows a number (the background has read the whole store once more) and the worker is idle:
 * its heap unchanged for IDLE_MS. Returns the badge's text, or null at the deadline.
 */
async function waitForBadgeAndIdle(worker, heap, started) {
  let last = -1;
  let sameSince = performance.now();
  while (performance.now() - started < DEADLINE_MS) {
    await sleep(250);
    const used = await heap(false).catch(() => -1);
    if (used !== last) {
      last = used;
      sameSince = performance.now();
      continue;
    }
    if (performance.now() - sameSince < IDLE_MS) continue;
    const text = await worker.evaluate(() => chrome.action.getBadgeText({})).catch(() => '');
    if (text) return text;
  }
  return null;
}

export async function workerHeapRows(harness, { devices = 10_000, withSettings = false } = {}) {
  const server = await startBigAccountServer(harness.makeCertificate, harness.MAPPED_HOSTS, devices, { withSettings });
  const proxy = await harness.startRecordingProxy(harness.MAPPED_HOSTS, server.port);
  const ext = await launch({ executablePath: harness.CHROMIUM, proxyPort: proxy.port, withExtension: true });
  const origin = `chrome-extension://${ext.extensionId}`;
  const sw = await attachToTarget(ext.context, (t) => t.type === 'service_worker' && t.url.startsWith(origin));
  try {
    const heap = async (gc) => {
      if (gc) await sw.send('HeapProfiler.collectGarbage');
      return (await sw.send('Runtime.getHeapUsage')).usedSize;
    };
    const idle = await heap(true);

    let peak = idle;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, await heap(false).catch(() => 0));
        await sleep(SAMPLE_MS);
      }
    })();

    const started = performance.now();
    const page = await ext.context.newPage();
    const world = await isolatedWorld(ext.context, page, origin);
    await page.goto('https://account.ring.com/account/dashboard');
    await page.waitForSelector('body[data-app-loaded="true"], body[data-app-error]', { timeout: DEADLINE_MS }).catch(() => undefined);
    const appError = await page.getAttribute('body', 'data-app-error');
    if (appError) throw new Error(`the generated account page failed: ${appError}`);
    const expected = { 'ring.page-state': 1, 'ring.devices': 1, ...(withSettings ? { 'ring.device-settings': server.settingsCount } : {}) };
    const store = await waitForStore(world, expected, started);
    const seconds = (performance.now() - started) / 1000;
    const badge = await waitForBadgeAndIdle(ext.worker, heap, started);
    sampling = false;
    await sampler;
    const stored = await heap(false);
    const afterGc = await heap(true);
    await world.detach();

    const scan = withSettings
      ? `${devices.toLocaleString('en')} devices + ${server.settingsCount.toLocaleString('en')} settings documents`
      : `${devices.toLocaleString('en')} devices (page state ${mb(server.pageChars)} + device list ${mb(server.devicesChars)}; run with --with-settings to add each camera's settings)`;
    const counts = Object.entries(store.counts)
      .map(([k, v]) => `${k} ×${v}`)
      .join(', ');
    return [
      row('background heap, idle (before the scan, after GC)', mb(idle)),
      row('background heap, peak while storing the 10k scan', mb(peak), '—', undefined, `sampled every ${SAMPLE_MS} ms; ${scan}`),
      row(
        'background heap, after storing the 10k scan, as left',
        mb(stored),
        `≤ ${mb(HEAP_BUDGET)}`,
        stored <= HEAP_BUDGET,
        `read once the store was quiet, the badge ${badge === null ? 'not recomputed by the deadline' : `said "${badge}"`} and the worker idle (heap unchanged for ${IDLE_MS / 1000} s): mostly garbage not yet collected (its size depends on when V8 last collected); stored in ${seconds.toFixed(0)} s${store.complete ? '' : ' — INCOMPLETE at the deadline'}; storage.local ${mb(store.bytes)}; ${counts}`,
      ),
      row(
        'background heap, after storing the 10k scan, kept alive (after GC)',
        mb(afterGc),
        `≤ ${mb(HEAP_BUDGET)}`,
        afterGc <= HEAP_BUDGET,
        'after a forced GC (HeapProfiler.collectGarbage): what the worker holds on to, code included',
      ),
    ];
  } finally {
    await sw.detach();
    await ext.close();
    await proxy.close();
    await server.close();
  }
}
