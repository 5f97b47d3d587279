// Figure 3: runs bench/node-pipeline.mjs in a child process and turns its result into rows. When a 10,000 time
// is over budget, profiles that size once more (node --cpu-prof) and names the hotspots.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './load-ts.mjs';
import { hotspots } from './cpu-profile.mjs';
import { ms, ratio, row } from './stats.mjs';

const BUDGET_10K_MS = 100; // issue 31's goal
const BUDGET_RATIO = 11;
const SIZES = [100, 1_000, 10_000];
const SCRIPT = join(ROOT, 'bench/node-pipeline.mjs');
const WHAT = { ring: 'Ring devices', alexa: 'Alexa smart-home endpoints' };

function runPipeline(extraArgs, args) {
  const out = execFileSync(process.execPath, ['--expose-gc', ...extraArgs, SCRIPT, ...args.map(String)], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop());
}

function profile10k(series) {
  const dir = mkdtempSync(join(tmpdir(), 'alexpose-bench-prof-'));
  try {
    runPipeline(['--cpu-prof', '--cpu-prof-dir', dir], [series, 10_000, '--runs=3']); // a few runs are enough to see where time goes
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    return file ? hotspots(join(dir, file)) : { inclusive: [], self: [] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function seriesRows(name, s, runs) {
  const rows = SIZES.map((n) => {
    const r = s[n];
    const label = `readCapture + buildReport, ${n.toLocaleString('en')} ${WHAT[name]}`;
    // CPU time beside wall time: on a busy machine the wall time also counts waiting for a core.
    const note = `median of ${runs} (CPU ${ms(r.medianCpuMs)}); ${r.captures} capture(s) → ${r.devices} devices, ${r.findings} findings in the report`;
    return n === 10_000
      ? row(label, ms(r.medianMs), `≤ ${BUDGET_10K_MS} ms`, r.medianMs <= BUDGET_10K_MS, note)
      : row(label, ms(r.medianMs), '—', undefined, note);
  });
  const q = s[10_000].medianMs / s[1_000].medianMs;
  const capped = s[10_000].devices < 10_000 ? `only ${s[10_000].devices} of 10,000 are read (reader limit), so the ratio understates` : '';
  rows.push(row(`ratio time(10,000) / time(1,000), ${WHAT[name]}`, ratio(q), `≤ ${BUDGET_RATIO}`, q <= BUDGET_RATIO, capped));
  if (s[10_000].medianMs > BUDGET_10K_MS) {
    const spots = profile10k(name);
    rows.push(row('  why (node --cpu-prof at 10,000): inclusive', '', '', undefined, spots.inclusive.join('; ')));
    rows.push(row('  why (node --cpu-prof at 10,000): self', '', '', undefined, spots.self.join('; ')));
  }
  return rows;
}

export function pipelineRows() {
  const result = runPipeline([], ['all', ...SIZES]);
  const rows = seriesRows('ring', result.series.ring, result.runs);
  if (result.series.alexa) rows.push(...seriesRows('alexa', result.series.alexa, result.runs));
  else rows.push(row('Alexa smart-home endpoints', 'n/a (no Alexa sources yet)'));
  return rows;
}
