// Parse + check time in Node: the real pipeline (readCapture for each capture, then buildReport) over
// generated accounts: Ring devices (device list + each camera's settings) and, once the Alexa smart-home
// source exists, Alexa endpoints. Runs in its own process (pipeline.mjs spawns it with --expose-gc) so the
// orchestrator's heap and the browsers do not disturb it, and so it can be profiled alone:
//   node --expose-gc --cpu-prof bench/node-pipeline.mjs ring 10000 --runs=3
// Arguments: series (ring | alexa | all), sizes, --runs=N. Prints one JSON object on stdout.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tsLoader } from './load-ts.mjs';
import { ringAccount, accountCaptures, alexaEndpoints, ALEXA_GRAPHQL_URL } from './generate.mjs';
import { median } from './stats.mjs';

const args = process.argv.slice(2);
const option = args.find((a) => a.startsWith('--runs='));
const [onlySeries, ...sizeArgs] = args.filter((a) => a !== option);
const SIZES = sizeArgs.length > 0 ? sizeArgs.map(Number) : [100, 1_000, 10_000];
const WARMUP = 2;
const RUNS = option ? Number(option.slice('--runs='.length)) : 9;
const ALEXA_FIXTURE = join(ROOT, 'test/fixtures/alexa/graphql-endpoints.json');

const ts = await tsLoader();
const { readCapture } = await ts.load('/src/sources/read-capture.ts');
const { buildReport } = await ts.load('/src/report/build-report.ts');
const { bundledTranslator } = await ts.load('/src/i18n/bundled-messages.ts');
await ts.close();

const ctx = { t: bundledTranslator('en'), locale: 'en', toolVersion: 'bench', now: '2026-11-20T18:05:00.000Z' };
const at = '2026-11-20T18:04:05.000Z';
const series = { ring: (n) => accountCaptures(ringAccount(n)) };
if (existsSync(ALEXA_FIXTURE)) {
  const fixture = JSON.parse(readFileSync(ALEXA_FIXTURE, 'utf8'));
  series.alexa = (n) => [{ url: ALEXA_GRAPHQL_URL, via: 'page-fetch', body: alexaEndpoints(fixture, n), capturedAt: at }];
}
const inputs = [];
for (const [name, make] of Object.entries(series)) {
  if (onlySeries && onlySeries !== 'all' && onlySeries !== name) continue;
  for (const n of SIZES) inputs.push({ name, n, captures: make(n), times: [], cpuTimes: [] });
}

/** The timed work (named: cpu-profile.mjs keeps only samples under it). */
function once(captures) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const report = buildReport(captures.map(readCapture), ctx);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, report };
}

// Warm up every input first (JIT), then interleave them round by round so machine noise hits all alike.
for (let i = 0; i < WARMUP; i++) for (const input of inputs) once(input.captures);
for (let r = 0; r < RUNS; r++) {
  for (const input of inputs) {
    globalThis.gc?.(); // start each run on a clean heap: garbage of the previous run is not billed to this one
    const { ms, cpuMs, report } = once(input.captures);
    input.times.push(ms);
    input.cpuTimes.push(cpuMs);
    input.shape = { captures: input.captures.length, devices: report.devices.length, findings: report.findings.length };
  }
}

const out = { runs: RUNS, series: {} };
// CPU time beside wall time: on a busy machine the process waits for a core, which wall time counts and CPU time does not.
for (const { name, n, times, cpuTimes, shape } of inputs)
  (out.series[name] ??= {})[n] = { medianMs: median(times), medianCpuMs: median(cpuTimes), timesMs: times, ...shape };
process.stdout.write(`${JSON.stringify(out)}\n`);
