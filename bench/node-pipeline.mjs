// Parse + check time in Node: the real pipeline (readCapture for each capture, then buildReport) over
// generated accounts. Runs in its own process (run.mjs spawns it with --expose-gc) so the orchestrator's
// heap and the browsers do not disturb it, and so it can be profiled alone:
//   node --expose-gc --cpu-prof bench/node-pipeline.mjs 10000
// Prints one JSON object on stdout.
import { tsLoader } from './load-ts.mjs';
import { ringAccount, accountCaptures } from './generate.mjs';

const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const sizes = SIZES.length > 0 ? SIZES : [100, 1_000, 10_000];
const WARMUP = 2;
const RUNS = 9;

const ts = await tsLoader();
const { readCapture } = await ts.load('/src/sources/read-capture.ts');
const { buildReport } = await ts.load('/src/report/build-report.ts');
const { bundledTranslator } = await ts.load('/src/i18n/bundled-messages.ts');
await ts.close();

const ctx = { t: bundledTranslator('en'), locale: 'en', toolVersion: 'bench', now: '2026-11-20T18:05:00.000Z' };
const inputs = new Map(sizes.map((n) => [n, accountCaptures(ringAccount(n))]));

function once(captures) {
  const start = performance.now();
  const report = buildReport(captures.map(readCapture), ctx);
  return { ms: performance.now() - start, report };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Warm up every size first (JIT), then interleave the sizes round by round so machine noise hits all alike.
for (let i = 0; i < WARMUP; i++) for (const captures of inputs.values()) once(captures);
const times = new Map(sizes.map((n) => [n, []]));
const shape = {};
for (let r = 0; r < RUNS; r++) {
  for (const [n, captures] of inputs) {
    globalThis.gc?.(); // start each run on a clean heap: garbage of the previous run is not billed to this one
    const { ms, report } = once(captures);
    times.get(n).push(ms);
    shape[n] = { captures: captures.length, devicesInReport: report.devices.length, findings: report.findings.length };
  }
}

const out = { runs: RUNS, sizes: {} };
for (const n of sizes) out.sizes[n] = { medianMs: median(times.get(n)), timesMs: times.get(n), ...shape[n] };
process.stdout.write(`${JSON.stringify(out)}\n`);
