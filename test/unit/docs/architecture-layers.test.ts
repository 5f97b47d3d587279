// @vitest-environment node
/**
 * The layer table of docs/architecture.md is the lint configuration's: for every folder of src/, the layers the doc
 * says it may import are exactly those its `no-restricted-imports` rule in eslint.config.js leaves open. Both are read
 * as they are (the effective lint config, the doc's table), so neither can drift from the other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Linter } from 'eslint';
import { REPO_ROOT } from '../fixtures.ts';

type Restriction = { patterns?: { group: string[] }[] };

const srcFolders = readdirSync(join(REPO_ROOT, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Layer → the layers it may import, from the lint config: every layer but itself and the ones its rule forbids. */
function lintLayers(): Map<string, string[]> {
  const config = (createRequire(import.meta.url)(join(REPO_ROOT, 'eslint.config.js')) as { default: Linter.Config[] }).default;
  const forbidden = new Map<string, Set<string>>();
  for (const block of config) {
    const layer = /^src\/([\w-]+)\/\*\*\//.exec(String(block.files?.[0] ?? ''))?.[1];
    const rule = block.rules?.['no-restricted-imports'];
    if (!layer || !Array.isArray(rule)) continue;
    const groups = ((rule[1] ?? {}) as Restriction).patterns?.flatMap((p) => p.group) ?? [];
    forbidden.set(layer, new Set(groups.map((g) => /^\*\*\/([\w-]+)\/\*$/.exec(g)?.[1]).filter((g): g is string => g !== undefined)));
  }
  const layers = [...forbidden.keys()];
  return new Map(layers.map((layer) => [layer, layers.filter((other) => other !== layer && !forbidden.get(layer)!.has(other)).sort()]));
}

/** Layer → the layers it may import, from the rows `| \`src/<layer>\` | … | \`a\`, \`b\` |` of the doc (`—`: none). */
function docLayers(): Map<string, string[]> {
  const doc = readFileSync(join(REPO_ROOT, 'docs/architecture.md'), 'utf8');
  const rows = doc.split('\n').filter((line) => /^\|\s*`src\/[\w-]+`\s*\|/.test(line));
  return new Map(
    rows.map((row) => {
      const cells = row.split('|').map((cell) => cell.trim());
      const layer = /`src\/([\w-]+)`/.exec(cells[1] ?? '')![1]!;
      const allowed = [...(cells.at(-2) ?? '').matchAll(/`([\w-]+)`/g)].map((m) => m[1]!).sort();
      return [layer, allowed];
    }),
  );
}

const lint = lintLayers();
const doc = docLayers();

it('reads a layer rule for every folder of src/ from the lint config, and a row for each from the doc', () => {
  expect(srcFolders.length).toBeGreaterThan(10);
  expect([...lint.keys()].sort()).toEqual(srcFolders);
  expect([...doc.keys()].sort()).toEqual(srcFolders);
});

it('reads the forbidden layers of each rule (some layer may import nothing, some many)', () => {
  expect(lint.get('model')).toEqual([]);
  expect(Math.max(...[...lint.values()].map((allowed) => allowed.length))).toBeGreaterThan(3);
});

it.each(srcFolders)('src/%s may import in the doc exactly what the lint rule allows', (layer) => {
  expect(doc.get(layer)).toEqual(lint.get(layer));
});
