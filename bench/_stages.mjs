import { tsLoader } from './load-ts.mjs';
import { ringAccount, accountCaptures } from './generate.mjs';
const ts = await tsLoader();
const { readCapture } = await ts.load('/src/sources/read-capture.ts');
const { localizeFinding } = await ts.load('/src/report/build-report.ts');
const { mergeRecords } = await ts.load('/src/model/merge-records.ts');
const { runChecks, CHECKS } = await ts.load('/src/checks/index.ts');
const { ringPolicePaths } = await ts.load('/src/checks/ring/police-path.ts');
const { bundledTranslator } = await ts.load('/src/i18n/bundled-messages.ts');
await ts.close();
const t = bundledTranslator('en');
for (const n of [1000, 10000]) {
  const caps = accountCaptures(ringAccount(n));
  const acc = {};
  const add = (k, ms) => (acc[k] ??= []).push(ms);
  for (let r = 0; r < 8; r++) {
    globalThis.gc?.();
    let t0 = performance.now();
    const results = caps.map(readCapture); add('readCapture', performance.now() - t0);
    t0 = performance.now(); const rec = mergeRecords(results); add('merge', performance.now() - t0);
    for (const c of CHECKS) { t0 = performance.now(); c.run(rec); add('check ' + c.id, performance.now() - t0); }
    const raw = runChecks(rec);
    t0 = performance.now(); const loc = raw.map((f) => localizeFinding(f, { t, locale: 'en' })); add('localize', performance.now() - t0);
    t0 = performance.now(); loc.sort((a, b) => a.risk.localeCompare(b.risk) || a.subject.name.localeCompare(b.subject.name) || a.id.localeCompare(b.id)); add('sort(localeCompare)', performance.now() - t0);
    t0 = performance.now(); ringPolicePaths(rec); add('policePaths', performance.now() - t0);
  }
  const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  console.log('size', n);
  for (const [k, v] of Object.entries(acc)) if (med(v) > 0.3) console.log('  ', med(v).toFixed(1).padStart(7), k);
}
