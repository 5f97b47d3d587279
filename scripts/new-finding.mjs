#!/usr/bin/env node
/**
 * `npm run new:finding -- ring.privacy-zones [--root <dir>]`: writes a new finding's module, its registry line,
 * en/de message stubs, a docs section stub, a records pair and a test. The placeholder check compiles and passes
 * its own test; the meta-test (test/unit/findings/registry-meta.test.ts) rejects every TODO the scaffold writes, in
 * the module (the placeholder check included), the records pair, the messages and the docs, until it is replaced.
 * `--root`: the repository to write into (default: this one), for the scaffold's own test.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';

const ID = /^(ring|alexa|amazon)\.([a-z0-9]+(?:-[a-z0-9]+)*)$/;

function fail(message) {
  console.error(`new:finding: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({ options: { root: { type: 'string' } }, allowPositionals: true });
const root = resolve(values.root ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const [id] = positionals;
const match = ID.exec(id ?? '');
if (!match || positionals.length !== 1) fail('give one finding id, <ring|alexa|amazon>.<lower-case-name>, e.g. ring.privacy-zones');
const [, service, name] = match;

const at = (path) => join(root, path);
const read = (path) => readFileSync(at(path), 'utf8');
const written = [];
function write(path, text) {
  written.push(path);
  mkdirSync(dirname(at(path)), { recursive: true });
  writeFileSync(at(path), text);
}

const REGISTRY = 'src/findings/registry.ts';
const registry = read(REGISTRY);
if (registry.includes(`/${service}/${name}.ts'`)) fail(`${id} is in the registry already`);
const camel = name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
// amazon.sidewalk beside ring.sidewalk: the second of two names takes its service in front.
const exportName = new RegExp(`import \\{ ${camel} \\}`).test(registry) ? `${service}${camel[0].toUpperCase()}${camel.slice(1)}` : camel;
const today = new Date().toISOString().slice(0, 10);
const messageKey = (part) => `finding_${id.replace(/[^A-Za-z0-9]/g, '_')}_${part}`;

const files = {
  module: `src/findings/${service}/${name}.ts`,
  test: `test/unit/findings/${service}/${name}.test.ts`,
  pair: `test/unit/findings/pairs/${id}.ts`,
  docs: `docs/knowledge-sources-${service === 'ring' ? 'ring' : 'alexa'}.md`,
};
for (const path of [files.module, files.test, files.pair]) if (existsSync(at(path))) fail(`${path} exists already`);
// A manual check's texts share the prefix (src/knowledge/manual-checks): its id is taken too.
if (Object.keys(JSON.parse(read('public/_locales/en/messages.json'))).some((key) => key.startsWith(messageKey(''))))
  fail(`messages named ${messageKey('')}… exist already: ${id} is taken (a manual check?)`);

// The placeholder matches nothing real (a made-up device kind or Echo capability), so no fixture changes; the pair has both.
const ring = service === 'ring';
const template = ring
  ? {
      imports:
        "import { SOURCE } from '../../model/source-ids.ts';\nimport { deviceSubject } from '../subjects.ts';\nimport { ringDeviceViews } from './ring-records.ts';\nimport { RING_CONTROL_CENTER } from './ring-urls.ts';",
      check: `ringDeviceViews(records)
      // TODO: the state that makes this a finding; the placeholder takes a made-up device kind no account has.
      .filter(({ device }) => device.kind === 'TODO_KIND')
      .map(({ device }) => ({
        service: 'ring',
        subject: deviceSubject(device),
        evidence: { source: SOURCE.ringDevices, field: 'TODO' },
        details: {},
      }))`,
      urls: "helpUrl: { en: 'https://ring.com/support', de: 'https://ring.com/de/de/support' },",
      settingsUrl: 'RING_CONTROL_CENTER',
      recipient: 'ring',
      pair: "{\n  triggering: { ringDevices: [device('1', { kind: 'TODO_KIND' })] },\n  quiet: { ringDevices: [device('2')] },\n}",
      pairImport: 'device',
      subject: '1',
    }
  : {
      imports: "import { SOURCE } from '../../model/source-ids.ts';\nimport { echoSubject } from '../subjects.ts';",
      check: `(records.alexaDevices ?? [])
      // TODO: the state that makes this a finding; the placeholder takes a made-up capability no Echo has.
      .filter((echo) => echo.capabilities.includes('TODO_CAPABILITY'))
      .map((echo) => ({
        service: '${service}',
        subject: echoSubject(echo),
        evidence: { source: SOURCE.alexaDevices, field: 'TODO' },
        details: {},
      }))`,
      urls: "helpUrl: { en: 'https://www.amazon.com/gp/help/customer/display.html', de: 'https://www.amazon.de/gp/help/customer/display.html' },",
      settingsUrl: "{ en: 'https://www.amazon.com/alexaprivacysettings', de: 'https://www.amazon.de/alexaprivacysettings' }",
      recipient: 'amazon',
      pair: "{\n  triggering: { alexaDevices: [echo('E1', { capabilities: ['TODO_CAPABILITY'] })] },\n  quiet: { alexaDevices: [echo('E2')] },\n}",
      pairImport: 'echo',
      subject: 'E1',
    };

write(
  files.module,
  `import { defineFinding } from '../define-finding.ts';
${template.imports}

/** TODO: what this finding means in one sentence: what is on, and who receives what because of it. */
export const ${exportName} = defineFinding({
  id: '${id}',
  check: (records) =>
    ${template.check},
  catalog: {
    service: '${service}',
    risk: 'medium',
    recipients: ['${template.recipient}'],
    // One message per step: ${messageKey('step1')}, …
    steps: 1,
    // TODO: the official article with the opt-out steps; helpUrlVerified once its text was read in both languages.
    ${template.urls}
    helpUrlVerified: false,
    helpUrlNote: 'TODO: which article was read, in which edition, and what is only inferred.',
    settingsUrl: ${template.settingsUrl},
    reviewedOn: '${today}',
  },
  // TODO: what flows, in the words of src/findings/flow-vocabulary.ts.
  labels: ['device-state'],
  place: { kind: 'app', appSteps: 1, minutes: 3 },
});
`,
);

const imports = registry.match(/^import .*$/gm) ?? [];
const lastImport = imports.at(-1);
if (!lastImport || !registry.includes('\n] as const;')) fail(`${REGISTRY} has no import list or no FINDINGS list to add to`);
write(
  REGISTRY,
  registry
    .replace(lastImport, `${lastImport}\nimport { ${exportName} } from './${service}/${name}.ts';`)
    .replace('\n] as const;', `\n  ${exportName},\n] as const;`),
);

const stubs = {
  en: {
    title: 'TODO: the title, e.g. "Ring keeps this camera\'s videos"',
    explanation: 'TODO: why it matters and who receives what.',
    step1: 'TODO: the first step of the opt-out.',
  },
  de: { title: 'TODO: der Titel auf Deutsch', explanation: 'TODO: warum es wichtig ist und wer was erhält.', step1: 'TODO: der erste Schritt.' },
};
const descriptions = { title: 'Finding title.', explanation: 'Why it matters.', step1: 'Step to opt out.' };
for (const [locale, texts] of Object.entries(stubs)) {
  const path = `public/_locales/${locale}/messages.json`;
  const entries = Object.entries(JSON.parse(read(path)));
  // Beside the service's other findings.
  const last = entries.findLastIndex(([key]) => key.startsWith(`finding_${service}_`));
  const added = Object.entries(texts).map(([part, message]) => [messageKey(part), { message, description: descriptions[part] }]);
  entries.splice(last < 0 ? entries.length : last + 1, 0, ...added);
  write(path, `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`);
}

const docs = read(files.docs);
const section = `## ${id}\n\n- TODO: where each field the check reads was seen, and what each link's text says (VERIFIED / INFERRED).\n\n`;
// After the last finding section, before the first section about something else.
const lastFinding = [...docs.matchAll(/^## (?:ring|alexa|amazon)\.[a-z0-9-]+/gm)].at(-1);
const next = lastFinding ? docs.slice(lastFinding.index + 1).search(/^## /m) : -1;
const insertAt = next < 0 ? docs.length : lastFinding.index + 1 + next;
write(files.docs, `${docs.slice(0, insertAt)}${section}${docs.slice(insertAt)}`);

write(
  files.pair,
  `import type { FixturePair } from '../fixture-pair.ts';
import { ${template.pairImport} } from '../../records.ts';

/** TODO: records that trigger ${id} and records that do not (until a fixture file under test/fixtures does). */
export const pair: FixturePair = ${template.pair};
`,
);

write(
  files.test,
  `// @vitest-environment node
import { ${exportName} } from '../../../../src/findings/${service}/${name}.ts';
import { pair } from '../pairs/${id}.ts';

describe('${id}', () => {
  it('is found in the triggering records', () => {
    expect(${exportName}.run(pair.triggering).map((f) => f.subject.id)).toEqual(['${template.subject}']);
  });

  it('is not found in the quiet records', () => {
    expect(${exportName}.run(pair.quiet)).toEqual([]);
  });
});
`,
);

// Written in the project's format, so that `npm test` (which checks it) passes once the texts are filled in.
const style = (await prettier.resolveConfig(join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json'))) ?? {};
for (const path of written.filter((p) => /\.(ts|tsx|mjs)$/.test(p))) {
  writeFileSync(at(path), await prettier.format(read(path), { ...style, filepath: at(path) }));
}

console.log(`new:finding: wrote ${id}
  ${files.module}      the check (a placeholder), catalog entry, flow labels, place
  ${REGISTRY}          its registry line
  public/_locales/{en,de}/messages.json   title, explanation, step1 (TODO stubs)
  ${files.docs}   a "## ${id}" section (TODO stub)
  ${files.pair}   records that trigger it and records that do not
  ${files.test}   its test
Until every TODO is replaced (the texts in both message files, the docs section, the placeholder check and the notes
in the module, the records pair), test/unit/findings/registry-meta.test.ts fails for ${id} (it rejects TODO stubs);
it also wants the German title and explanation to differ from the English.`);
