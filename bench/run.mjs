// `npm run bench` (after `npm run build`): measures Alexposé against its performance budgets and prints a
// table. Not a test: a missed budget is marked "over budget" and the exit status stays 0; only a benchmark
// that cannot run (missing build, a crash) exits 1. Sections run one after another: on 2 cores anything in
// parallel would measure the contention.
//   node bench/run.mjs                  about 1.5–3 minutes on 2 cores, depending on what else runs
//   node bench/run.mjs --with-settings  the memory figure also stores 7,000 settings documents (+1–2 minutes)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tsLoader } from './load-ts.mjs';
import { contentScriptRows, pageRows } from './sizes.mjs';
import { pipelineRows } from './pipeline.mjs';
import { cliRows } from './cli-wall.mjs';
import { loadHarness } from './harness.mjs';
import { browserRows } from './browser.mjs';
import { printTable } from './table.mjs';
import { storeScaleRows } from './store-scale.mjs';
import { exportRows } from './export-large.mjs';
import { goalRows } from './goals.mjs';
import { cpus, loadavg } from 'node:os';

const TITLES = {
  1: '1. Content scripts (gzip -9)',
  2: '2. Extension pages (gzip -9, chrome)',
  3: '3. Parse + check in Node (readCapture + buildReport, generated accounts)',
  4: '4. CLI wall time',
  5: '5. Account pages in headless Chromium (fixture server via the recording proxy)',
  6: '6. Popup',
  7: '7. Memory (background service worker)',
  8: '8. Storage and history at scale',
  9: '9. Official data export (CLI, streamed zip)',
};

const started = performance.now();
const loadAtStart = loadavg();
const sections = [];
const section = (n, rows) => {
  sections.push({ title: TITLES[n], rows });
  process.stderr.write(`bench: ${TITLES[n]} done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
};

for (const built of ['dist/chrome/manifest.json', 'dist/firefox/manifest.json', 'dist/cli/alexpose.cjs']) {
  if (!existsSync(join(ROOT, built))) {
    process.stderr.write(`bench: ${built} is missing; run \`npm run build\` first (npm run bench does)\n`);
    process.exit(1);
  }
}

let failure = null;
try {
  section(1, contentScriptRows());
  section(2, pageRows());
  section(3, pipelineRows());
  section(4, cliRows());
  section(9, exportRows());
  const ts = await tsLoader();
  try {
    const harness = await loadHarness(ts);
    await browserRows(harness, section, { withSettings: process.argv.includes('--with-settings') });
    if (existsSync(harness.CHROMIUM) && !process.argv.includes('--without-scale')) section(8, await storeScaleRows(harness));
  } finally {
    await ts.close();
  }
} catch (error) {
  failure = error;
}

const seconds = (performance.now() - started) / 1000;
const load = (l) => l.map((x) => x.toFixed(1)).join(' ');
process.stdout.write(
  `\nAlexposé benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'})\n`,
);
// Other work on the machine moves every timing; the load average says how busy it was.
process.stdout.write(`Load average (1/5/15 min) at start ${load(loadAtStart)}, at end ${load(loadavg())}\n`);
process.stdout.write('Medians of repeated runs; ratios are measured in the same run. Budgets are marked, never enforced.\n\n');
// Issue 31's goals once more, from the rows above: each with its figure and status in one place.
printTable([...sections, { title: "Issue 31's goals (the rows above that carry them)", rows: goalRows(sections) }]);
process.stdout.write(`total ${seconds.toFixed(0)} s\n`);
if (failure) {
  process.stderr.write(`bench: the benchmark itself failed: ${failure instanceof Error ? failure.stack : String(failure)}\n`);
  process.exit(1);
}
