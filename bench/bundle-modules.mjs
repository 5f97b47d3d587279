// Which modules make up a page's initial load, or a content script: builds the Chrome package once more with source
// maps into a temporary folder, finds the page's initial files as figure 2 does (a content script is its one file),
// and gives each source module its share of each file's gzip size (in proportion to its own code gzipped alone).
// Not part of `npm run bench`.
//   node bench/bundle-modules.mjs [src/report-page/index.html | src/content/ring-content.iife.js] [top=40]
// Modules without a source mapping (JSON imported as a module, the bundler's glue) are summed as "(unmapped)".
import { build } from 'vite';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { ROOT } from './load-ts.mjs';
import { pageFiles } from './sizes.mjs';

const gz = (text) => gzipSync(text, { level: 9 }).length;
const html = process.argv[2] ?? 'src/report-page/index.html';
const top = Number(process.argv[3] ?? 40);

/** Each source module's share of one built file: code per source from the map, gzip split by each part's own gzip. */
function shares(file) {
  const code = readFileSync(file, 'utf8');
  const fileGz = gz(code);
  if (!existsSync(`${file}.map`)) return new Map([[relative(ROOT, file), { raw: code.length, gz: fileGz }]]);
  const lines = code.split('\n');
  const segments = [];
  eachMapping(new TraceMap(readFileSync(`${file}.map`, 'utf8')), (m) => segments.push(m));
  const bySource = new Map();
  segments.forEach((s, i) => {
    const next = segments[i + 1];
    const line = lines[s.generatedLine - 1] ?? '';
    const end = next && next.generatedLine === s.generatedLine ? next.generatedColumn : line.length;
    // A content script's map (its own lib build) names sources from another folder: those keep their path from `src/`.
    const source = s.source
      ? relative(ROOT, join(file, '..', s.source))
          .replace(/^.*node_modules\//, 'node_modules/')
          .replace(/^(\.\.\/)+.*?(?=src\/)/, '')
      : '(unmapped)';
    bySource.set(source, (bySource.get(source) ?? '') + line.slice(s.generatedColumn, end));
  });
  const alone = new Map([...bySource].map(([k, text]) => [k, gz(text)]));
  const sum = [...alone.values()].reduce((a, b) => a + b, 0);
  return new Map([...bySource].map(([k, text]) => [k, { raw: text.length, gz: ((alone.get(k) ?? 0) / sum) * fileGz }]));
}

const out = mkdtempSync(join(tmpdir(), 'alexpose-bundle-modules-'));
try {
  process.env.NODE_ENV = 'production';
  process.env.ALEXPOSE_TARGET = 'chrome';
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    mode: 'production',
    build: { outDir: out, sourcemap: true, emptyOutDir: true },
  });
  const files = html.endsWith('.iife.js') ? [join(out, html)] : pageFiles(out, join(out, html)).filter((f) => f.endsWith('.js'));
  const total = new Map();
  for (const file of files)
    for (const [k, v] of shares(file)) {
      const t = total.get(k) ?? { raw: 0, gz: 0 };
      total.set(k, { raw: t.raw + v.raw, gz: t.gz + v.gz });
    }
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`.padStart(9);
  const sum = files.reduce((n, f) => n + gz(readFileSync(f)), 0);
  process.stdout.write(`${html}: ${files.length} scripts, ${kb(sum).trim()} gzip (CSS not included)\n`);
  for (const [k, v] of [...total].sort((a, b) => b[1].gz - a[1].gz).slice(0, top)) process.stdout.write(`${kb(v.gz)} gz ${kb(v.raw)} raw  ${k}\n`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
