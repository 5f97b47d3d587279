// Reads a V8 .cpuprofile (node --cpu-prof) of bench/node-pipeline.mjs and names where the timed work goes,
// for the "why over budget" note. Only samples under the timed function (`once`) count, so data generation,
// module loading and forced GCs between runs are left out. Line numbers are not given: the modules are
// transformed by Vite, so V8's lines are not the source lines.
import { readFileSync } from 'node:fs';

const TIMED = 'once';

const inSrc = (f) => f.url.includes('/src/');

/** `name (src/file.ts)`; an anonymous function is named by its nearest named caller in src/ (e.g. a sort comparator). */
function label(stack, i) {
  const f = stack[i];
  const file = f.url.replace(/\?.*$/, '').replace(/^.*?\/(src\/)/, '$1');
  if (f.functionName) return `${f.functionName} (${file})`;
  const caller = stack.slice(i + 1).find((c) => inSrc(c) && c.functionName);
  return `(anonymous in ${file}, called by ${caller?.functionName ?? '?'})`;
}

/**
 * Top named functions of src/ by inclusive time (callees included) and top functions by self time (with the built-ins
 * they call), as shares of the timed work.
 */
export function hotspots(file, top = 4) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  const self = new Map();
  let timed = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const stack = [];
    for (let at = id; at !== undefined; at = parent.get(at)) stack.push(nodes.get(at).callFrame);
    if (!stack.some((f) => f.functionName === TIMED)) return;
    timed += dt;
    // Time in a built-in (Map.get, a spread, a regular expression) is billed to the src/ function that called it.
    const caller = stack.findIndex(inSrc);
    const leafKey = stack[0].functionName === '(garbage collector)' ? '(garbage collector)' : caller >= 0 ? label(stack, caller) : null;
    if (leafKey) self.set(leafKey, (self.get(leafKey) ?? 0) + dt);
    const named = new Set(stack.map((f, i) => (inSrc(f) && f.functionName ? label(stack, i) : null)).filter(Boolean));
    for (const key of named) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  });
  const share = (dt) => `${((100 * dt) / timed).toFixed(0)}%`;
  const list = (map, skipAbove) =>
    [...map]
      .filter(([, dt]) => dt / timed < skipAbove) // drop the entry points that hold everything (buildReport)
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, dt]) => `${key} ${share(dt)}`);
  return { inclusive: list(inclusive, 0.6), self: list(self, 1) };
}
