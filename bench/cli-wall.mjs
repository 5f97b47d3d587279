// Figure 4: CLI wall time on a 10,000-device HAR against plain `node` parsing the same file. The ratio shows
// what the CLI adds beyond reading and parsing its input (startup, readers, checks, report, JSON output).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './load-ts.mjs';
import { ringAccount, accountHar } from './generate.mjs';
import { median, ms, mb, ratio, row } from './stats.mjs';

const RUNS = 5;

function wall(args) {
  const start = performance.now();
  // stdout to /dev/null ('ignore'), as in `... > /dev/null`; stderr kept for a failure message.
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const elapsed = performance.now() - start;
  // 1 = "some input could not be read": the report is still made, so the time still counts.
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.slice(0, 3).join(' ')} exited ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
  return elapsed;
}

export function cliRows(devices = 10_000) {
  const dir = mkdtempSync(join(tmpdir(), 'alexpose-bench-har-'));
  try {
    const har = join(dir, `ring-${devices}.har`);
    writeFileSync(har, JSON.stringify(accountHar(ringAccount(devices))));
    const cli = ['bin/alexpose.js', 'scan', '--format', 'json', har];
    const parse = ['-e', "JSON.parse(require('fs').readFileSync(process.argv[1],'utf8'))", har];
    wall(cli); // warm-up: file cache, module compile cache
    wall(parse);
    const times = { cli: [], parse: [] };
    for (let i = 0; i < RUNS; i++) {
      // Alternate which goes first so drift on a shared machine hits both alike.
      const order = i % 2 ? ['parse', 'cli'] : ['cli', 'parse'];
      for (const which of order) times[which].push(wall(which === 'cli' ? cli : parse));
    }
    const c = median(times.cli);
    const p = median(times.parse);
    const size = mb(statSync(har).size);
    return [
      row(`CLI scan --format json, ${devices.toLocaleString('en')}-device HAR (${size})`, ms(c), '—', undefined, `median of ${RUNS}`),
      row('node JSON.parse of the same file', ms(p), '—', undefined, `median of ${RUNS}, alternating`),
      row('ratio CLI / JSON.parse', ratio(c / p)),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
