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

/** Files an extension page loads at start: its <script src>/<link href>, then the static imports of each script. */
function pageFiles(distDir, htmlPath) {
  const html = readFileSync(htmlPath, 'utf8');
  const found = new Set();
  const queue = [];
  const add = (ref, from) => {
    const abs = ref.startsWith('/') ? join(distDir, ref) : resolve(dirname(from), ref);
    if (!found.has(abs) && existsSync(abs)) {
      found.add(abs);
      if (abs.endsWith('.js')) queue.push(abs);
    }
  };
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)) add(m[1], htmlPath);
  while (queue.length > 0) {
    const file = queue.shift();
    const code = readFileSync(file, 'utf8');
    // Minified ES modules: `import{...}from"./x.js"` and `import"./x.js"`; dynamic imports load later, not counted.
    for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.{1,2}\/[^"']+\.(?:js|css))["']/g)) add(m[1], file);
  }
  return [...found];
}

function pageSize(label, distDir, htmlRel) {
  const html = join(distDir, htmlRel);
  if (!existsSync(html)) return [row(label, 'n/a (none yet)')];
  const files = pageFiles(distDir, html);
  const total = files.reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  const raw = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const list = files.map((f) => posix.basename(relative(distDir, f))).join(', ');
  return [row(label, `${kb(total)} gz (${kb(raw)} raw)`, '—', undefined, `${files.length} files: ${list}`)];
}

/** Report page: any extension HTML page other than the popup (none exists yet). */
function reportPage(distDir) {
  const srcDir = join(distDir, 'src');
  const pages = [];
  const walk = (dir) => {
    for (const e of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.html') && !join(dir, e.name).includes(`${posix.sep}popup${posix.sep}`)) pages.push(relative(distDir, join(dir, e.name)));
    }
  };
  walk(srcDir);
  if (pages.length === 0) return [row('report page bundle, chrome', 'n/a (no report page yet)')];
  return pages.flatMap((p) => pageSize(`report page bundle, chrome (${p})`, distDir, p));
}

/** Figure 1: content scripts per target, each file and the total. */
export function contentScriptRows() {
  return [...contentScripts('chrome'), ...contentScripts('firefox')];
}

/** Figure 2: the popup and, once there is one, the report page. */
export function pageRows() {
  const chrome = join(ROOT, 'dist/chrome');
  return [...pageSize("popup bundle, chrome (HTML's JS + CSS + their imports)", chrome, 'src/popup/index.html'), ...reportPage(chrome)];
}
