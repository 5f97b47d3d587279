// Figure 4: CLI wall time on generated 10,000-item answers against plain `node` parsing the same file. The ratio
// shows what the CLI adds beyond reading and parsing its input (startup, readers, checks, report, JSON output).
// Four inputs: a Ring device list (`clients_api/ring_devices`) and an Alexa smart-home inventory (the GraphQL
// `endpoints` answer), each saved as the plain JSON answer and inside a HAR (the Ring HAR also holds every
// camera's settings document, as the web app asks for them). Also the CLI's own start (`--help`) against `node -e 0`.
// Run alone: node bench/cli-wall.mjs [items]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './load-ts.mjs';
import { ringAccount, accountHar, alexaEndpoints, alexaHar } from './generate.mjs';
import { median, ms, mb, ratio, row } from './stats.mjs';

const RUNS = 5;
const BUDGET_RATIO = 3;
const PARSE = ['-e', "JSON.parse(require('fs').readFileSync(process.argv[1],'utf8'))"];

function wall(args) {
  const start = performance.now();
  // stdout to /dev/null ('ignore'), as in `... > /dev/null`; stderr kept for a failure message.
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const elapsed = performance.now() - start;
  // 1 = "some input could not be read": the report is still made, so the time still counts.
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.slice(0, 3).join(' ')} exited ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
  return elapsed;
}

/**
 * Two commands timed in pairs after a warm-up each (file cache, compile cache), which one goes first alternating
 * so drift on a shared machine hits both alike. The ratio is the median of the pairs' ratios.
 */
function paired(a, b, runs = RUNS) {
  wall(a);
  wall(b);
  const times = { a: [], b: [], ratios: [] };
  for (let i = 0; i < runs; i++) {
    const [ta, tb] = i % 2 ? pairReversed(a, b) : [wall(a), wall(b)];
    times.a.push(ta);
    times.b.push(tb);
    times.ratios.push(ta / tb);
  }
  return { a: median(times.a), b: median(times.b), ratio: median(times.ratios) };
}

/** The pair with `b` run first; returned in the order (a, b). */
function pairReversed(a, b) {
  const tb = wall(b);
  return [wall(a), tb];
}

/** The four inputs, written once into `dir`. */
function writeInputs(dir, items) {
  const fixture = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/alexa/graphql-endpoints.json'), 'utf8'));
  const ring = ringAccount(items);
  const alexa = alexaEndpoints(fixture, items);
  const n = items.toLocaleString('en');
  const inputs = [
    { label: `${n} Ring devices, ring_devices JSON`, file: 'ring-devices.json', text: JSON.stringify(ring.devices) },
    {
      label: `${n} Ring devices, HAR (device list + ${ring.settings.length.toLocaleString('en')} settings)`,
      file: 'ring.har',
      text: JSON.stringify(accountHar(ring)),
    },
    { label: `${n} Alexa endpoints, GraphQL JSON`, file: 'alexa-endpoints.json', text: JSON.stringify(alexa) },
    { label: `${n} Alexa endpoints, HAR`, file: 'alexa.har', text: JSON.stringify(alexaHar(alexa)) },
  ];
  for (const input of inputs) writeFileSync(join(dir, input.file), input.text);
  return inputs.map(({ label, file }) => ({ label, path: join(dir, file) }));
}

export function cliRows(items = 10_000) {
  const dir = mkdtempSync(join(tmpdir(), 'alexpose-bench-cli-'));
  try {
    const start = paired(['bin/alexpose.js', '--help'], ['-e', '0']);
    const rows = [
      row('CLI start: alexpose --help', ms(start.a), '—', undefined, `median of ${RUNS}, paired with node -e 0: ${ms(start.b)}, ratio ${ratio(start.ratio)}`),
    ];
    for (const { label, path } of writeInputs(dir, items)) {
      const t = paired(['bin/alexpose.js', 'scan', '--format', 'json', path], [...PARSE, path]);
      const note = `${mb(statSync(path).size)}; CLI ${ms(t.a)}, node JSON.parse ${ms(t.b)} (medians of ${RUNS}, paired, alternating)`;
      rows.push(row(`ratio CLI scan --format json / JSON.parse, ${label}`, ratio(t.ratio), `≤ ${BUDGET_RATIO}×`, t.ratio <= BUDGET_RATIO, note));
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of cliRows(Number(process.argv[2] ?? 10_000))) console.log([r.figure, r.value, r.budget, r.status, r.note].filter(Boolean).join(' | '));
}
