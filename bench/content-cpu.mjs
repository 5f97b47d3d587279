// A cross-check of figure 5(a): the content script's own timings (`alexposeTimings`) time init, page-state and outline only. The MAIN-world
// observer (fetch/XHR wrappers, response copies) and the isolated script's handling of each copy (checks,
// JSON.parse, sending) are not inside them. The CDP sampling profiler sees all of it: every sample whose stack
// runs through the extension's scripts counts, except time spent in the page's own fetch/open that the
// wrappers call on (the page would spend it anyway). Sampling adds overhead, so these are upper-side figures.
import { median, ms, row, sleep } from './stats.mjs';

const RUNS = 5;
const INTERVAL_US = 100;
const WRAPPED_ORIGINALS = new Set(['fetch', 'open']);

function extensionTime(profile, origin) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let total = 0;
  profile.samples.forEach((id, i) => {
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = nodes.get(at).callFrame;
      if (f.url === '' && WRAPPED_ORIGINALS.has(f.functionName)) return; // inside the page's own call
      if (f.url.startsWith(origin)) {
        total += profile.timeDeltas[i] ?? 0;
        return;
      }
    }
  });
  return total / 1000;
}

export async function contentCpuRows(ext, pages, settleMs) {
  const origin = `chrome-extension://${ext.extensionId}/`;
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
  const rows = [];
  try {
    for (const { label, url, appLoaded } of pages) {
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        await cdp.send('Profiler.start');
        await page.goto(url, { waitUntil: 'load' });
        if (appLoaded) await page.waitForSelector('body[data-app-loaded="true"]');
        await sleep(settleMs);
        const { profile } = await cdp.send('Profiler.stop');
        times.push(extensionTime(profile, origin));
      }
      rows.push(
        row(
          `  cross-check: CPU in the extension's scripts, ${label}`,
          ms(median(times)),
          '—',
          undefined,
          `CDP sampling profiler, median of ${RUNS} loads: includes the MAIN-world observer and the handling of each response copy, which the measures leave out`,
        ),
      );
    }
  } finally {
    await cdp.detach();
    await page.close();
  }
  return rows;
}
