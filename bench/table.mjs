// Prints the figures as a plain-text table: figure, measured, budget, status, then the note on its own
// indented line when there is one (keeps the table narrow enough for a terminal or a CI log).

const pad = (s, n) => s + ' '.repeat(Math.max(0, n - [...s].length));

export function printTable(sections, out = process.stdout) {
  const all = sections.flatMap((s) => s.rows);
  const w = {
    figure: Math.max(6, ...all.map((r) => [...r.figure].length)),
    value: Math.max(8, ...all.map((r) => [...r.value].length)),
    budget: Math.max(6, ...all.map((r) => [...r.budget].length)),
  };
  const line = (a, b, c, d) => `${pad(a, w.figure)}  ${pad(b, w.value)}  ${pad(c, w.budget)}  ${d}`.trimEnd();
  const rule = '-'.repeat(w.figure + w.value + w.budget + 17);
  out.write(`${line('Figure', 'Measured', 'Budget', 'Status')}\n${rule}\n`);
  for (const s of sections) {
    out.write(`${s.title}\n`);
    for (const r of s.rows) {
      out.write(`${line(r.figure, r.value, r.budget, r.status)}\n`);
      if (r.note) out.write(`${' '.repeat(4)}↳ ${r.note}\n`);
    }
  }
  out.write(`${rule}\n`);
}
