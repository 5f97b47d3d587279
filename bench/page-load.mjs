// Figure 5: on the fixture account pages, (a) the content script's own time, from the timings it keeps in its
// isolated world (`alexposeTimings`, invisible to the page), and (b) the page's load time with versus without the extension, from the Navigation
// Timing entry, in two browsers side by side with alternating runs.
import { isolatedWorld } from './cdp.mjs';
import { median, quantile, ms, ratio, row, sleep } from './stats.mjs';

const SCRIPT_BUDGET_MS = 5;
// Issue 31: what the extension adds to a page's load, as the median of back-to-back pairs (less hit by drift).
const LOAD_RATIO_BUDGET = 1.05;
// After load: lets the content script flush (300 ms) and the background store, so the next load starts from rest
// in both browsers alike.
export const SETTLE_MS = 500;

/** Runs in the page's main world: navigation start → end of the load event. */
function readLoad() {
  const nav = performance.getEntriesByType('navigation')[0];
  return nav ? nav.loadEventEnd : NaN;
}

/** Runs in the page's main world: anything of the extension's timings the page could see (must be nothing). */
function pageSeesTimings() {
  const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('alexpose:')).length;
  return measures > 0 || 'alexposeTimings' in window;
}

/** The content script's own timings, which it keeps in its isolated world (`alexposeTimings`), read there through CDP. */
async function loadOnce(page, url, appLoaded, settleMs = SETTLE_MS, world = null) {
  await page.goto(url, { waitUntil: 'load' });
  if (appLoaded) await page.waitForSelector('body[data-app-loaded="true"]', { timeout: 20_000 });
  await sleep(settleMs);
  const load = await page.evaluate(readLoad);
  const measures = world ? await world.evaluate('(globalThis.alexposeTimings ?? []).map((m) => ({ name: m.name, duration: m.duration }))') : [];
  return { load, measures };
}

// Loads of 22–45 ms move by several ms from one to the next: more pairs than the 10 of before, after 2 warm-ups.
const WARM_UPS = 2;

export async function pageLoadRows({ withExt, without, pages, runs = 16, settleMs = SETTLE_MS }) {
  const rows = [];
  const tabA = await withExt.context.newPage();
  const tabB = await without.context.newPage();
  const world = await isolatedWorld(withExt.context, tabA, `chrome-extension://${withExt.extensionId}`);
  // The tab with the extension has a DevTools session with Runtime enabled (to read the isolated world): the tab
  // without it gets the same, so that neither pays for one the other does not.
  const mirror = await without.context.newCDPSession(tabB);
  await mirror.send('Runtime.enable');
  for (const { label, url, appLoaded } of pages) {
    for (let i = 0; i < WARM_UPS; i++) {
      await loadOnce(tabA, url, appLoaded, SETTLE_MS, world); // warm-up: connection, caches, first compile
      await loadOnce(tabB, url, appLoaded);
    }
    const hidden = !(await tabA.evaluate(pageSeesTimings));
    const load = { with: [], without: [] };
    const scriptTotals = [];
    const byName = new Map();
    for (let i = 0; i < runs; i++) {
      // A B, B A, A B, ...: neither browser always goes first.
      const order = i % 2 ? ['without', 'with'] : ['with', 'without'];
      for (const which of order) {
        const t = await loadOnce(which === 'with' ? tabA : tabB, url, appLoaded, settleMs, which === 'with' ? world : null);
        load[which].push(t.load);
        if (which !== 'with') continue;
        if (t.measures.length === 0) throw new Error(`no content script timings on ${url}: did the content script run?`);
        scriptTotals.push(t.measures.reduce((s, m) => s + m.duration, 0));
        const sums = new Map();
        for (const m of t.measures) sums.set(m.name, (sums.get(m.name) ?? 0) + m.duration);
        for (const [name, d] of sums) byName.set(name, [...(byName.get(name) ?? []), d]);
      }
    }
    const script = median(scriptTotals);
    const parts = [...byName].map(([name, ds]) => `${name} ${median(ds).toFixed(1)}`).join(' + ');
    rows.push(
      row(
        `content script time, ${label} (sum of its own timings)`,
        ms(script),
        `≤ ${SCRIPT_BUDGET_MS} ms`,
        script <= SCRIPT_BUDGET_MS,
        `median of ${runs}: ${parts}; hidden from the page: ${hidden ? 'yes' : 'NO'}`,
      ),
    );
    const a = median(load.with);
    const b = median(load.without);
    const spread = (xs) => `middle half ${quantile(xs, 0.25).toFixed(1)}–${quantile(xs, 0.75).toFixed(1)} ms`;
    // Back-to-back pairs share the machine's load of the moment: their median ratio is less hit by drift.
    const paired = median(load.with.map((w, i) => w / load.without[i]));
    rows.push(
      row(`page load, ${label}, with extension`, ms(a), '—', undefined, `navigation start → loadEventEnd, median of ${runs}; ${spread(load.with)}`),
      row(`page load, ${label}, without extension`, ms(b), '—', undefined, `median of ${runs}, alternating; ${spread(load.without)}`),
      row(
        `page load with/without, ${label}, paired median`,
        ratio(paired),
        `≤ ${LOAD_RATIO_BUDGET}×`,
        paired <= LOAD_RATIO_BUDGET,
        `median of the ${runs} back-to-back ratios; ratio of the medians: ${ratio(a / b)}`,
      ),
    );
  }
  await mirror.detach();
  await tabA.close();
  await tabB.close();
  await world.detach();
  return rows;
}
