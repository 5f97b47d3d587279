import { build } from 'vite';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const dir = mkdtempSync(join(tmpdir(), 'alexpose-bench-'));
const entry = join(dir, 'entry.ts');
writeFileSync(entry, `export { readCapture } from '/work/main/src/sources/read-capture.ts';\nexport { buildReport } from '/work/main/src/report/build-report.ts';\nexport { bundledTranslator } from '/work/main/src/i18n/bundled-messages.ts';\n`);
const t0 = performance.now();
await build({ root: '/work/main', configFile: false, logLevel: 'warn', publicDir: false, build: { ssr: entry, outDir: join(dir, 'out'), emptyOutDir: true, target: 'node20', minify: false, rollupOptions: { output: { entryFileNames: 'pipeline.mjs' } } }, ssr: { noExternal: true } });
console.log('built in', performance.now() - t0, join(dir, 'out', 'pipeline.mjs'));
const m = await import(join(dir, 'out', 'pipeline.mjs'));
const { ringAccount, accountCaptures } = await import('./generate.mjs');
const ctx = { t: m.bundledTranslator('en'), locale: 'en', toolVersion: 'bench', now: '2026-11-20T18:05:00.000Z' };
const all = [100,1000,10000].map((n)=>[n, accountCaptures(ringAccount(n))]);
for (let w=0;w<2;w++) for (const [,c] of all) m.buildReport(c.map(m.readCapture), ctx);
for (const [n, caps0] of all) {
  const caps = caps0;
  const ts = [];
  for (let i = 0; i < 11; i++) { globalThis.gc?.(); const t = performance.now(); m.buildReport(caps.map(m.readCapture), ctx); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b); console.log(n, ts[5].toFixed(1));
}
