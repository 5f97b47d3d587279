// @vitest-environment node
/**
 * The lookups over the finding registry (catalog, flow labels, places, account state) live in the layers above it;
 * this proves no module of src/ reaches itself through its imports, so that derivation stays one-way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { REPO_ROOT } from '../fixtures.ts';

const SRC = join(REPO_ROOT, 'src');
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => join(SRC, f));
const imports = new Map(
  files.map((f) => [f, [...readFileSync(f, 'utf8').matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map((m) => resolve(dirname(f), m[1] as string))]),
);

it('has no import cycle in src', () => {
  const done = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string, path: readonly string[]) => {
    if (done.has(file)) return;
    if (path.slice(0, -1).includes(file)) {
      cycles.push(path.slice(path.indexOf(file)).map((f) => relative(SRC, f)));
      return;
    }
    for (const next of imports.get(file) ?? []) visit(next, [...path, next]);
    done.add(file);
  };
  for (const file of files) visit(file, [file]);
  expect(files.length).toBeGreaterThan(100);
  expect(cycles).toEqual([]);
});
