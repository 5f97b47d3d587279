// Issue 31's "done when": every goal printed once more at the end of the table, taken from the rows the sections
// measured in this run (never measured again), so one look shows each goal, its figure and whether it is met. A goal
// no section measured is printed as such: a missing row is visible, not silently absent.
import { row } from './stats.mjs';

/** Each goal and how to find its rows among the sections' (by the row's text; only rows with a budget count). */
export const GOALS = [
  { goal: 'popup open → grade and first fix, warm ≤ 100 ms / cold ≤ 250 ms (fig. 6)', match: /^popup .*\b(warm|cold)\b.*grade/i },
  { goal: 'content scripts one page gets ≤ 8 KB gzip (fig. 1)', match: /^content scripts, .*one page/ },
  { goal: 'CLI on a 10,000-item answer vs node JSON.parse ≤ 3× (fig. 4)', match: /^ratio CLI/ },
  { goal: 'parse + check, 10,000 Ring devices / Alexa endpoints ≤ 100 ms (fig. 3)', match: /^readCapture \+ buildReport, 10,000/ },
  {
    goal: 'live 10,000-device page with 7,000 settings: what the extension adds ≤ 5 % (fig. 8)',
    match: /^what the extension adds to the live 10,000/,
  },
  { goal: 'page load with/without, paired median, dashboard / Control Center ≤ 1.05× (fig. 5)', match: /^page load with\/without, .*paired median/ },
  { goal: 'background heap after storing a 10,000-device scan ≤ 10 MB (fig. 7)', match: /^background heap, after storing/ },
  { goal: 'report page initial load ≤ 60 KB gzip, the rest loaded when needed (fig. 2)', match: /^report page, initial load/ },
];

/** One row per measured goal row (figure prefixed by the goal's number), or one "not measured in this run" row. */
export function goalRows(sections) {
  const rows = sections.flatMap((s) => s.rows).filter((r) => r.budget !== '—');
  return GOALS.flatMap(({ goal, match }, i) => {
    const found = rows.filter((r) => match.test(r.figure.trim()));
    const head = row(`${i + 1}. ${goal}`, '', '', undefined);
    if (found.length === 0) return [head, row('   not measured in this run (or its row has no budget yet)', 'n/a')];
    return [head, ...found.map((r) => ({ ...r, figure: `   ${r.figure.trim()}`, note: '' }))];
  });
}
