// @vitest-environment node
/**
 * The Alexa and Amazon findings as the registry lists them: each import line of `src/findings/registry.ts` from
 * `./alexa/` or `./amazon/` brings the module of the id its path names, and that module runs as a check. The list
 * is read from the registry, never copied, so a finding added with `npm run new:finding` passes without an edit here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINDINGS } from '../../../src/findings/registry.ts';
import { CHECKS } from '../../../src/findings/lookups.ts';
import { REPO_ROOT } from '../fixtures.ts';

const registry = readFileSync(join(REPO_ROOT, 'src/findings/registry.ts'), 'utf8');
/** The names in `FINDINGS = [ … ]`, in order: FINDINGS[i] is the module imported under listed[i]. */
const listed: readonly string[] = /export const FINDINGS = \[([^\]]*)\] as const;/.exec(registry)?.[1]?.match(/\w+/g) ?? [];
const imported = [...registry.matchAll(/^import \{ (\w+) \} from '\.\/(alexa|amazon)\/([a-z0-9-]+)\.ts';$/gm)].map(([, name, service, file]) => ({
  path: `${service}/${file}.ts`,
  id: `${service}.${file}`,
  finding: FINDINGS[listed.indexOf(name!)],
}));

it('reads the FINDINGS list and its alexa./amazon. import lines from the registry (the patterns still match it)', () => {
  expect(listed).toHaveLength(FINDINGS.length);
  expect(new Set(imported.map((i) => i.id.split('.')[0]))).toEqual(new Set(['alexa', 'amazon']));
});

it.each(imported.map((i) => [i.path, i] as const))('%s holds the finding its path names', (_path, { id, finding }) => {
  expect(finding?.id).toBe(id);
});

it('runs exactly the alexa./amazon. checks the registry imports from those folders', () => {
  const ids = CHECKS.map((c) => c.id).filter((id) => /^(alexa|amazon)\./.test(id));
  expect(ids.sort()).toEqual(imported.map((i) => i.id).sort());
});
