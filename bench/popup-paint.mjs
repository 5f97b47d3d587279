/* global chrome */
// Figure 6: the popup's first screen with the fixture account stored, warm and cold. Timed from the popup
// document's navigation start (performance.now() is relative to it) to the moment the grade line and the first
// entry of "Fix these first" are both in the DOM (or the empty state, when nothing is stored); also to the whole
// popup (`main[aria-busy="false"]`: every report built, below the fold included).
// Warm: repeated opens in a browser that has the popup's code cached and its worker running. Cold: the first
// open after the browser (and with it the extension's worker) starts on a profile that already holds the data.
// A separate traced open says where the time goes (see `tracedOpen`).
//   node bench/popup-paint.mjs [--opens N] [--colds N] [--trace-only]   after `npm run build`; figure 6 alone
import { chromium } from 'playwright-core';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION } from './launch.mjs';
import { median, quantile, ms, row, sleep } from './stats.mjs';

const WARM_BUDGET_MS = 100;
const COLD_BUDGET_MS = 250;
const FIXTURE = 'https://account.ring.com/account';
const POPUP = 'src/popup/index.html';

/** Injected before the popup's own scripts: notes when the first screen and the whole popup are in the DOM. */
function watchFirstRender() {
  const firstScreen = () => {
    if (document.querySelector('[data-testid="empty-state"]')) return 'empty-state';
    // The grade line and the first fix ("Fix these first" with its first action, or its "nothing to fix" line).
    const fix = document.querySelector('[data-testid="fix-first"] [data-testid="fix-action"], [data-testid="fix-first"] > p');
    return document.querySelector('[data-testid="grade-line"]') && fix ? 'grade + first fix' : null;
  };
  const check = () => {
    if (!window.__benchFirstRender) {
      const what = firstScreen();
      if (what) window.__benchFirstRender = { at: performance.now(), what };
    }
    if (!window.__benchFull && document.querySelector('main[aria-busy="false"]')) window.__benchFull = { at: performance.now() };
    if (window.__benchFirstRender && window.__benchFull) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
}

/** Stores the fixture account as a user would: open the dashboard, then the Control Center (as the e2e test does). */
export async function loadFixtureAccount(ext, harness, { keep = false } = {}) {
  const { context, worker } = ext;
  if (!keep) await worker.evaluate(() => chrome.storage.local.clear());
  const count = async (id) => (await worker.evaluate(harness.storedSourceIds)).filter((s) => s === id).length;
  const page = await context.newPage();
  await page.goto(`${FIXTURE}/dashboard`);
  await page.waitForSelector('body[data-app-loaded="true"]');
  // keep: a further visit on top of a stored history (the caller waits for storage to go quiet).
  if (!keep) await harness.until('device settings in storage', async () => (await count('ring.device-settings')) >= 3);
  else await new Promise((r) => setTimeout(r, 1000));
  await page.goto(`${FIXTURE}/control-center`);
  if (!keep) await harness.until('Control Center in storage', async () => (await count('ring.control-center')) >= 1);
  else await new Promise((r) => setTimeout(r, 1500));
  await page.close();
}

/** Waits until storage.local has not changed size for `quietMs` (the background's badge and summary written). */
async function storageQuiet(worker, quietMs = 1500) {
  let last = -1;
  let since = Date.now();
  for (const until = Date.now() + 30_000; Date.now() < until; await sleep(200)) {
    const bytes = await worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)).length);
    if (bytes !== last) [last, since] = [bytes, Date.now()];
    else if (Date.now() - since >= quietMs) return;
  }
}

/** One popup open in a new tab: { first, full } in ms since the document's navigation start. */
async function openOnce(context, extensionId) {
  const page = await context.newPage();
  await page.addInitScript(watchFirstRender);
  await page.goto(`chrome-extension://${extensionId}/${POPUP}`);
  const times = await (
    await page.waitForFunction(() => window.__benchFirstRender && window.__benchFull && { first: window.__benchFirstRender, full: window.__benchFull }, null, {
      timeout: 30_000,
    })
  ).jsonValue();
  await page.close();
  return { first: times.first.at, full: times.full.at, what: times.first.what };
}

/**
 * Warm: after one warm-up open, `opens` opens in the running browser. The first open marks the scans seen, and the
 * background then recomputes what it keeps (badge, summary): the timed opens start once storage is quiet again.
 */
async function warmOpens(ext, opens) {
  await openOnce(ext.context, ext.extensionId);
  await storageQuiet(ext.worker);
  const runs = [];
  for (let i = 0; i < opens; i++) runs.push(await openOnce(ext.context, ext.extensionId));
  return runs;
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A browser with only the extension on `profile` (no proxy: the popup reads storage only). */
async function launchProfile(executablePath, profile) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 420, height: 900 },
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, ...CHROMIUM_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/**
 * Cold: a profile holding the fixture account's storage (copied from the warm browser, then left to the
 * background until quiet) is copied afresh for each run, the browser started on it, and the popup opened at once.
 */
async function coldOpens(ext, executablePath, colds) {
  const stored = await ext.worker.evaluate(() => chrome.storage.local.get(null));
  const seed = mkdtempSync(join(tmpdir(), 'alexpose-bench-popup-seed-'));
  const runs = [];
  try {
    const seeding = await launchProfile(executablePath, seed);
    await seeding.worker.evaluate((items) => chrome.storage.local.set(items), stored);
    await storageQuiet(seeding.worker);
    await seeding.context.close();
    for (let i = 0; i < colds; i++) {
      const profile = mkdtempSync(join(tmpdir(), 'alexpose-bench-popup-cold-'));
      try {
        cpSync(seed, profile, { recursive: true });
        const cold = await launchProfile(executablePath, profile);
        runs.push(await openOnce(cold.context, cold.extensionId));
        await cold.context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(seed, { recursive: true, force: true });
  }
  return runs;
}

/** Injected: wraps storage.local.get to note when each read was asked for and answered (and how big the answer was). */
function watchStorage() {
  window.__benchStorage = [];
  const area = chrome.storage.local;
  const get = area.get.bind(area);
  area.get = (keys, callback) => {
    const entry = { keys: keys === null ? 'null' : JSON.stringify(keys).slice(0, 60), start: performance.now() };
    window.__benchStorage.push(entry);
    const done = (items) => {
      entry.end = performance.now();
      entry.bytes = JSON.stringify(items ?? {}).length;
      return items;
    };
    if (typeof callback === 'function') return get(keys, (items) => callback(done(items)));
    return get(keys).then(done);
  };
}

const TIMELINE = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'loading'];

/**
 * One popup open traced: the renderer's main thread from the CDP trace (script compile/evaluate, tasks, style,
 * layout, paint), a sampled CPU profile (which of the popup's modules the script time is spent in), the
 * storage reads as the page sees them, and the script chunks fetched. All up to the first screen in the DOM.
 */
export async function tracedOpen(ext) {
  const page = await ext.context.newPage();
  // An extension page first, so that the popup navigation stays in the extension's renderer the session is on.
  await page.goto(`chrome-extension://${ext.extensionId}/icons/icon-32.png`);
  await page.addInitScript(watchFirstRender);
  await page.addInitScript(watchStorage);
  const cdp = await ext.context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Tracing.start', { categories: TIMELINE.join(','), transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  await page.goto(`chrome-extension://${ext.extensionId}/${POPUP}`);
  const marks = await (
    await page.waitForFunction(() => window.__benchFirstRender && window.__benchFull && { first: window.__benchFirstRender, full: window.__benchFull }, null, {
      timeout: 30_000,
    })
  ).jsonValue();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await traced;
  const page2 = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    storage: window.__benchStorage,
    scripts: performance
      .getEntriesByType('resource')
      .filter((e) => /\.js$/.test(e.name))
      .map((e) => ({ name: e.name.replace(/^.*\//, ''), start: e.startTime, end: e.responseEnd, bytes: e.decodedBodySize })),
    nav: (({ fetchStart, responseEnd, domInteractive, domContentLoadedEventEnd }) => ({ fetchStart, responseEnd, domInteractive, domContentLoadedEventEnd }))(
      performance.getEntriesByType('navigation')[0] ?? {},
    ),
  }));
  await cdp.detach();
  await page.close();
  return { marks, profile, events, ...page2 };
}

/** Sums of the renderer main thread's trace events (ms) between navigation start and `untilMs`, by kind. */
function timelineBreakdown(trace, untilMs) {
  const t0 = trace.origin * 1000; // trace timestamps are µs on the same monotonic clock as timeOrigin? not always: anchor below
  const nav = trace.events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(POPUP));
  const start = nav ? nav.ts : t0;
  const pid = nav?.pid;
  const main = trace.events.filter((e) => e.pid === pid && e.ph === 'X' && e.ts >= start && e.ts <= start + untilMs * 1000);
  const kinds = {
    'script compile': ['v8.compile', 'v8.compileModule', 'V8.CompileCode', 'CompileCode'],
    'script run': ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'V8.Execute'],
    'HTML parse': ['ParseHTML'],
    'style + layout': ['UpdateLayoutTree', 'Layout', 'RecalculateStyles'],
    paint: ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers'],
    GC: ['MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'BlinkGC.AtomicPhase'],
  };
  const out = {};
  for (const [kind, names] of Object.entries(kinds)) {
    // Top-level only within a kind: nested events of the same kind would count twice.
    const own = main.filter((e) => names.includes(e.name)).sort((a, b) => a.ts - b.ts);
    let total = 0;
    let end = -Infinity;
    for (const e of own) {
      const from = Math.max(e.ts, end);
      const to = e.ts + (e.dur ?? 0);
      if (to > from) total += to - from;
      end = Math.max(end, to);
    }
    out[kind] = total / 1000;
  }
  // The main thread's tasks of 3 ms or more: when each ran (ms after navigation start), how long, and its biggest child.
  const tasks = main
    .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= 3000)
    .map((task) => {
      const inner = main.filter(
        (e) =>
          e !== task &&
          e.tid === task.tid &&
          e.ts >= task.ts &&
          e.ts + (e.dur ?? 0) <= task.ts + task.dur &&
          !/RunTask|ThreadController|Scheduler|RunMicrotasks/.test(e.name),
      );
      const biggest = inner.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
      const what = biggest ? `${biggest.name}${biggest.args?.data?.url ? ` ${biggest.args.data.url.replace(/^.*\//, '')}` : ''}` : '?';
      return `${((task.ts - start) / 1000).toFixed(0)}+${(task.dur / 1000).toFixed(0)} ${what}`;
    });
  return { found: Boolean(nav), ...out, tasks };
}

/** Self time (ms) of the sampled CPU profile up to `untilMs`, per source file of the popup's bundle (or V8's own bucket). */
function profileBreakdown(profile, untilMs, top = 8) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let at = profile.startTime;
  let firstSample = null;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const frame = nodes.get(id).callFrame;
    // Only samples in the popup's document: its chunks, or V8 work (GC, parse) while it runs.
    const file = frame.url ? frame.url.replace(/^.*\/assets\//, 'assets/').replace(/^chrome-extension:\/\/[^/]+\//, '') : frame.functionName || '(program)';
    if (frame.url && !frame.url.startsWith('chrome-extension://')) return;
    if (file === '(idle)') return;
    if (frame.url && firstSample === null) firstSample = at;
    const key = frame.url ? `${frame.functionName || '(anonymous)'} [${file}]` : file;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  void untilMs;
  return [...self]
    .filter(([k]) => k !== '(program)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`);
}

export function describeTrace(trace) {
  const first = trace.marks.first.at;
  const tl = timelineBreakdown(trace, first);
  const reads = trace.storage.map((s) => `get(${s.keys}) ${s.start.toFixed(0)}→${(s.end ?? NaN).toFixed(0)} ms, ${(s.bytes / 1024).toFixed(0)} KB`);
  const scripts = trace.scripts.map((s) => `${s.name} ${(s.bytes / 1024).toFixed(0)} KB ${s.start.toFixed(0)}→${s.end.toFixed(0)} ms`);
  return [
    `first screen ${first.toFixed(0)} ms, whole popup ${trace.marks.full.at.toFixed(0)} ms; DOM interactive ${trace.nav.domInteractive?.toFixed(0)} ms`,
    `main thread to first screen: ${Object.entries(tl)
      .filter(([k]) => k !== 'found' && k !== 'tasks')
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ')} ms${tl.found ? '' : ' (navigation not found in the trace)'}`,
    `main-thread tasks ≥ 3 ms (start+duration ms, biggest part): ${tl.tasks.join('; ')}`,
    `navigation: ${Object.entries(trace.nav)
      .map(([k, v]) => `${k} ${Number(v).toFixed(0)}`)
      .join(', ')}`,
    `storage reads: ${reads.join('; ') || 'none'}`,
    `scripts: ${scripts.join('; ')}`,
    `CPU self time to the whole popup, ms: ${profileBreakdown(trace.profile, trace.marks.full.at).join('; ')}`,
  ];
}

function timingRows(label, runs, budget) {
  const first = runs.map((r) => r.first);
  const full = runs.map((r) => r.full);
  const m = median(first);
  const spread = (v) => `${quantile(v, 0.25).toFixed(0)}–${quantile(v, 0.75).toFixed(0)} ms`;
  return [
    row(
      `popup ${label}: open → grade and first fix in the DOM`,
      ms(m),
      `≤ ${budget} ms`,
      m <= budget,
      `median of ${runs.length} opens, middle half ${spread(first)}; rendered: ${runs[0]?.what}; fixture account stored`,
    ),
    row(`popup ${label}: open → whole popup (every report built)`, ms(median(full)), '—', undefined, `middle half ${spread(full)}`),
  ];
}

export async function popupRows(ext, harness, opens = 10, { colds = 5, trace = true } = {}) {
  await loadFixtureAccount(ext, harness);
  await storageQuiet(ext.worker);
  const rows = [...timingRows('warm', await warmOpens(ext, opens), WARM_BUDGET_MS)];
  rows.push(...timingRows('cold', await coldOpens(ext, harness.CHROMIUM, colds), COLD_BUDGET_MS));
  if (trace) rows.push(row('popup warm open, traced', 'see note', '—', undefined, describeTrace(await tracedOpen(ext)).join('\n      ')));
  return rows;
}

// Figure 6 on its own: the same fixture server, proxy and browser set-up as `npm run bench`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { tsLoader } = await import('./load-ts.mjs');
  const { loadHarness } = await import('./harness.mjs');
  const { launch } = await import('./launch.mjs');
  const { printTable } = await import('./table.mjs');
  const { loadavg } = await import('node:os');
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const ts = await tsLoader();
  const harness = await loadHarness(ts);
  const server = await harness.startFixtureServer();
  server.dashboardApp = 'everything';
  const proxy = await harness.startRecordingProxy(harness.MAPPED_HOSTS, server.port);
  const ext = await launch({ executablePath: harness.CHROMIUM, proxyPort: proxy.port, withExtension: true });
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  const startLoad = load();
  try {
    const rows = process.argv.includes('--trace-only')
      ? (await loadFixtureAccount(ext, harness),
        await storageQuiet(ext.worker),
        await openOnce(ext.context, ext.extensionId),
        await storageQuiet(ext.worker),
        [row('traced', '', '—', undefined, describeTrace(await tracedOpen(ext)).join('\n      '))])
      : await popupRows(ext, harness, arg('--opens', 10), { colds: arg('--colds', 5) });
    process.stdout.write(`load average at start ${startLoad}, at end ${load()}\n`);
    printTable([{ title: '6. Popup', rows }]);
  } finally {
    await ext.close();
    await proxy.close();
    await server.close();
    await ts.close();
  }
}
