// Figures 1 and 2: what the build ships. Content scripts run on every account page (budget: 8 KB gzip on any page,
// the scripts injected there together); the popup's size is a proxy for its parse cost when it opens.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, relative, resolve, posix } from 'node:path';
import { ROOT } from './load-ts.mjs';
import { kb, row } from './stats.mjs';

const CONTENT_BUDGET = 8 * 1024;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function contentScripts(target) {
  const dir = join(ROOT, 'dist', target, 'src/content');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.iife.js'))
        .sort()
    : [];
  const rows = [];
  let raw = 0;
  let zipped = 0;
  for (const f of files) {
    const buf = readFileSync(join(dir, f));
    raw += buf.length;
    zipped += gz(buf);
    rows.push(row(`  ${target}: ${f}`, `${kb(gz(buf))} gz (${kb(buf.length)} raw)`));
  }
  if (files.length === 0) return [row(`content scripts, ${target}`, 'missing: run npm run build', '≤ 8 KB gzip per page', false)];
  return [...perPage(target), row(`content scripts, ${target}, all files`, `${kb(zipped)} gz (${kb(raw)} raw)`), ...rows];
}

/** What one page actually gets, the budgeted figure: the manifest's content-script entries grouped by the pages they match. */
function perPage(target) {
  const dist = join(ROOT, 'dist', target);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const groups = new Map();
  for (const cs of manifest.content_scripts ?? []) {
    const key = [...cs.matches].sort().join(' ');
    groups.set(key, [...(groups.get(key) ?? []), ...cs.js]);
  }
  return [...groups].map(([key, js]) => {
    const matches = key.split(' ');
    const size = js.reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0);
    const where = `${matches[0]}${matches.length > 1 ? ` (+${matches.length - 1} more)` : ''}`;
    const parts = js.map((f) => `${posix.basename(f)} ${kb(gz(readFileSync(join(dist, f))))}`).join(' + ');
    return row(`content scripts, ${target}, one page: ${where}`, `${kb(size)} gz`, '≤ 8 KB gzip', size <= CONTENT_BUDGET, parts);
  });
}

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'`](\.{1,2}\/[^"'`]+\.(?:js|css))["'`]/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/** The files `start` loads with their static imports (minified ES modules), leaving out those in `loaded`. */
function withStaticImports(start, loaded = new Set()) {
  const found = new Set();
  const queue = [];
  const add = (abs) => {
    if (found.has(abs) || loaded.has(abs) || !existsSync(abs)) return;
    found.add(abs);
    if (abs.endsWith('.js')) queue.push(abs);
  };
  start.forEach(add);
  while (queue.length > 0) {
    const file = queue.shift();
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) add(resolve(dirname(file), m[1]));
  }
  return found;
}

/** Files an extension page loads at start: its <script src>/<link href>, then the static imports of each script. */
export function pageFiles(distDir, htmlPath) {
  const html = readFileSync(htmlPath, 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return [...withStaticImports(refs.map((ref) => (ref.startsWith('/') ? join(distDir, ref) : resolve(dirname(htmlPath), ref))))];
}

/** When each lazy chunk of the extension pages loads (by the module it is named after); anything else: "on demand". */
const LOADED_WHEN = {
  ReportContent: 'at start, beside reading the store: the views of the stored data (the report shows when both are in)',
  'load-reports': "at start: the store's reader and the report builder (report page: beside the views; popup: after its first screen)",
  'below-fold': 'popup: after its first screen (the account details, other findings, access view)',
  'import-files': 'when the user chooses or drops a file (readers, zip stream, export tables)',
  'bundled-messages': "when the first letter is written (both languages' messages)",
};
const chunkName = (file) => posix.basename(file).replace(/-[\w-]{8}\.js$/, '');

/** The chunks a page imports dynamically (and those they import in turn): each with what it adds to what is loaded. */
function lazyChunks(distDir, initial) {
  const loaded = new Set(initial);
  const chunks = [];
  const queue = [...initial].filter((f) => f.endsWith('.js'));
  while (queue.length > 0) {
    const file = queue.shift();
    // What loads at start first, so that each later chunk is counted with only what it adds.
    const order = (f) => Object.keys(LOADED_WHEN).indexOf(chunkName(f)) >>> 0;
    const targets = [...readFileSync(file, 'utf8').matchAll(DYNAMIC_IMPORT)].map((m) => resolve(dirname(file), m[1])).sort((a, b) => order(a) - order(b));
    for (const target of targets) {
      if (loaded.has(target)) continue;
      const added = [...withStaticImports([target], loaded)];
      added.forEach((f) => loaded.add(f));
      chunks.push({ target, files: added });
      queue.push(...added.filter((f) => f.endsWith('.js')));
    }
  }
  return chunks.map(({ target, files }) => ({
    name: chunkName(target),
    gz: files.reduce((sum, f) => sum + gz(readFileSync(f)), 0),
    raw: files.reduce((sum, f) => sum + statSync(f).size, 0),
    list: files.map((f) => posix.basename(relative(distDir, f))).join(', '),
  }));
}

/** A page's initial load (budgeted when `budget` is given) and, one row each, the chunks it loads later. */
function pageSize(label, distDir, htmlRel, budget) {
  const html = join(distDir, htmlRel);
  if (!existsSync(html)) return [row(label, 'n/a (none yet)')];
  const files = pageFiles(distDir, html);
  const total = files.reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  const raw = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const list = files.map((f) => posix.basename(relative(distDir, f))).join(', ');
  const initial = budget
    ? row(label, `${kb(total)} gz (${kb(raw)} raw)`, `≤ ${budget / 1024} KB gzip`, total <= budget, `${files.length} files: ${list}`)
    : row(label, `${kb(total)} gz (${kb(raw)} raw)`, '—', undefined, `${files.length} files: ${list}`);
  const lazy = lazyChunks(distDir, files).map((c) =>
    row(`  loaded later: ${c.name}`, `${kb(c.gz)} gz (${kb(c.raw)} raw)`, '—', undefined, `${LOADED_WHEN[c.name] ?? 'on demand'}; ${c.list}`),
  );
  return [initial, ...lazy];
}

const REPORT_BUDGET = 60 * 1024;

/** Figure 1: content scripts per target, each file and the total. */
export function contentScriptRows() {
  return [...contentScripts('chrome'), ...contentScripts('firefox')];
}

/** Figure 2: the popup's, the report page's (budget: 60 KB gzip) and the privacy page's initial load, each followed by its lazy chunks. */
export function pageRows(chrome = join(ROOT, 'dist/chrome')) {
  return [
    ...pageSize("popup, initial load, chrome (HTML's JS + CSS + their static imports)", chrome, 'src/popup/index.html'),
    ...pageSize("report page, initial load, chrome (HTML's JS + CSS + their static imports)", chrome, 'src/report-page/index.html', REPORT_BUDGET),
    ...pageSize('privacy page, initial load, chrome', chrome, 'src/privacy-page/index.html'),
  ];
}
