// @vitest-environment node
/**
 * Meta-test of the finding registry: each finding id is one module and nothing else in src/ spells it; each module
 * brings all its texts in both languages, a catalog entry with official links and a real review date, valid flow
 * labels and regions, a research section in the docs, fixtures that trigger it and fixtures that do not, and no TODO
 * left from the scaffold (`scripts/new-finding.mjs`). (The message files as a whole: knowledge/catalog-meta.test.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { FINDINGS } from '../../../src/findings/registry.ts';
import { FLOW_LABELS, type FlowLabel } from '../../../src/findings/flow-vocabulary.ts';
import { RECIPIENT_IDS } from '../../../src/findings/recipients.ts';
import { findingMessageKey, type LocalizedUrl } from '../../../src/knowledge/catalog.ts';
import { findingLabels } from '../../../src/knowledge/flow-labels.ts';
import { localizeFinding } from '../../../src/report/build-report.ts';
import { MESSAGES, bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { mergeRecords } from '../../../src/model/merge-records.ts';
import { runChecks } from '../../../src/findings/lookups.ts';
import { readInput } from '../../../src/cli/read-input.ts';
import type { RawFinding } from '../../../src/model/finding.ts';
import { FIXTURE_DIR, NOW, REPO_ROOT } from '../fixtures.ts';
import { PAIRS } from './fixture-pair.ts';

const SRC = join(REPO_ROOT, 'src');
const srcFiles = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => ({ path: `src/${f}`, text: readFileSync(join(SRC, f), 'utf8') }));
const moduleFileOf = (id: string) => `src/findings/${id.split('.')[0]}/${id.slice(id.indexOf('.') + 1)}.ts`;
const message = (locale: 'en' | 'de', key: string) => MESSAGES[locale][key]?.message.trim() ?? '';
const docsOf = (id: string) => readFileSync(join(REPO_ROOT, `docs/knowledge-sources-${id.startsWith('ring.') ? 'ring' : 'alexa'}.md`), 'utf8');
const regionName = new Intl.DisplayNames(['en'], { type: 'region' });
const OFFICIAL_HOST = /^(?:(?:[a-z0-9-]+\.)*ring\.com|(?:www\.)?amazon\.(?:com|de|co\.uk|fr|it|es|ca|com\.au))$/;
/** The scaffold's placeholders (TODO notes, TODO_KIND, TODO_CAPABILITY) all start with this marker. */
const SCAFFOLD_TODO = /TODO/;

function expectOfficial(url: LocalizedUrl): void {
  for (const raw of [url.en, url.de]) {
    const parsed = new URL(raw);
    expect(parsed.protocol, raw).toBe('https:');
    expect(parsed.hostname, raw).toMatch(OFFICIAL_HOST);
  }
}

/** Each fixture file read alone, the way the CLI reads it, plus all of them together. */
const fixtureSets = (() => {
  const roots = [FIXTURE_DIR, resolve(FIXTURE_DIR, '../alexa') + '/'];
  const files = roots.flatMap((root) =>
    (readdirSync(root, { recursive: true }) as string[])
      .filter((f) => /\.(har|json|html?)$/.test(f))
      .sort()
      .map((f) => `${root}${f}`),
  );
  const perFile = files.map((path) => ({ name: relative(REPO_ROOT, path), results: readInput(basename(path), readFileSync(path, 'utf8'), NOW) }));
  return [...perFile, { name: 'all fixtures', results: perFile.flatMap((s) => s.results) }].map(({ name, results }) => {
    const records = mergeRecords(results);
    return { name, devices: records.ringDevices ?? [], findings: runChecks(records) };
  });
})();

describe.each(FINDINGS.map((f) => [f.id, f] as const))('finding %s', (id, finding) => {
  it('is spelled, quoted, only in its own module', () => {
    expect(existsSync(join(REPO_ROOT, moduleFileOf(id))), moduleFileOf(id)).toBe(true);
    const spelled = srcFiles.filter((f) => f.text.includes(`'${id}'`) || f.text.includes(`"${id}"`)).map((f) => f.path);
    expect(spelled).toEqual([moduleFileOf(id)]);
  });

  it('has every text it can show in en and de: variants and plural titles too', () => {
    const { entry } = finding;
    const parts = [
      'title',
      'explanation',
      ...Array.from({ length: entry.steps }, (_, i) => `step${i + 1}`),
      ...Object.keys(entry.variants ?? {}).map((v) => `explanation_${v.replace(/-/g, '_')}`),
    ];
    for (const locale of ['en', 'de'] as const) {
      // A counted title needs every plural form the language has besides `other` (the base key holds that one).
      const plurals = entry.titleCount ? new Intl.PluralRules(locale).resolvedOptions().pluralCategories.filter((c) => c !== 'other') : [];
      for (const part of [...parts, ...plurals.map((c) => `title_${c}`)]) {
        const text = message(locale, findingMessageKey(id, part));
        expect(text, `${locale} ${findingMessageKey(id, part)}`).not.toBe('');
        expect(text, `${locale} ${findingMessageKey(id, part)} is still the scaffold's stub`).not.toMatch(/\bTODO\b/);
      }
    }
    // No step beyond the count the card shows, and the German title and explanation are translated, not copied.
    expect(MESSAGES.en[findingMessageKey(id, `step${entry.steps + 1}`)]).toBeUndefined();
    for (const part of ['title', 'explanation'])
      expect(message('de', findingMessageKey(id, part)), `${part} is translated`).not.toBe(message('en', findingMessageKey(id, part)));
  });

  it('names who receives the data and at least one step to stop it', () => {
    expect(finding.entry.recipients.length).toBeGreaterThan(0);
    expect(finding.entry.steps).toBeGreaterThanOrEqual(1);
  });

  it('links to official https pages in both languages', () => {
    expectOfficial(finding.entry.helpUrl);
    if (finding.entry.settingsUrl) expectOfficial(finding.entry.settingsUrl);
  });

  it('was reviewed on a real date, not in the future', () => {
    const reviewed = finding.entry.reviewedOn;
    expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const time = Date.parse(`${reviewed}T00:00:00Z`);
    expect(new Date(time).toISOString().slice(0, 10)).toBe(reviewed);
    expect(time).toBeLessThanOrEqual(Date.now());
  });

  it('keeps no TODO of the scaffold in its module, its records pair or any of its messages', () => {
    const pairFile = `test/unit/findings/pairs/${id}.ts`;
    for (const path of [moduleFileOf(id), pairFile].filter((p) => existsSync(join(REPO_ROOT, p)))) {
      expect(readFileSync(join(REPO_ROOT, path), 'utf8'), `${path} still holds a scaffold placeholder`).not.toMatch(SCAFFOLD_TODO);
    }
    for (const locale of ['en', 'de'] as const) {
      const keys = Object.keys(MESSAGES[locale]).filter((key) => key.startsWith(findingMessageKey(id, '')));
      expect(keys.length, `${locale} messages of ${id}`).toBeGreaterThan(0);
      for (const key of keys) expect(message(locale, key), `${locale} ${key}`).not.toMatch(SCAFFOLD_TODO);
    }
  });

  it("names what flows in the picture's words, and where it is fixed", () => {
    const labels: readonly FlowLabel[] = typeof finding.labels === 'function' ? [] : finding.labels;
    if (typeof finding.labels !== 'function') expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(FLOW_LABELS).toContain(label);
    if (finding.selfRecipient) expect(RECIPIENT_IDS).toContain(finding.selfRecipient);
    const { place } = finding;
    expect(place.minutes).toBeGreaterThan(0);
    if (place.kind === 'web') expect(place.path).toMatch(/^\//);
    else expect(place.appSteps ?? 2).toBeLessThanOrEqual(finding.entry.steps);
  });

  it('labels every finding it produces with known flow labels', () => {
    const pair = PAIRS[id];
    const raws: RawFinding[] = [...fixtureSets.at(-1)!.findings, ...(pair ? finding.run(pair.triggering) : [])].filter((f) => f.id === id);
    const t = bundledTranslator('en');
    for (const raw of raws) {
      const labels = findingLabels(localizeFinding(raw, { t, locale: 'en' }));
      expect(labels.length, `${raw.subject.id}`).toBeGreaterThan(0);
      for (const label of labels) expect(FLOW_LABELS).toContain(label);
    }
  });

  it('is offered in real countries only', () => {
    for (const code of finding.entry.regions ?? []) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(regionName.of(code), code).not.toBe(code);
    }
  });

  it('has its research notes under a heading of its own in the docs', () => {
    const docs = docsOf(id);
    const heading = docs.split('\n').find((line) => /^#{2,3} /.test(line) && line.split(/[\s/,()]+/).includes(id));
    expect(heading, `a "## ${id}" section in docs/knowledge-sources-*.md`).toBeDefined();
    const section = docs.slice(docs.indexOf(heading ?? '')).split(/\n#{2,3} /)[0] ?? '';
    expect(section, "the section is still the scaffold's stub").not.toMatch(/\bTODO\b/);
  });

  // The HAR alone triggers each of the first four checks; findings/checks.test.ts pins their subjects.
  it('is triggered by some fixture and not triggered by one, or not for some device', () => {
    const pair = PAIRS[id];
    if (pair) {
      // A new finding's records pair stands in for fixture files, and must hold both ways.
      expect(finding.run(pair.triggering).length, `pairs/${id}.ts: triggering`).toBeGreaterThan(0);
      expect(finding.run(pair.quiet), `pairs/${id}.ts: quiet`).toEqual([]);
      return;
    }
    const subjectsIn = (set: (typeof fixtureSets)[number]) => new Set(set.findings.filter((f) => f.id === id).map((f) => f.subject.id));
    expect(
      fixtureSets.filter((set) => subjectsIn(set).size > 0).map((s) => s.name),
      `no fixture triggers ${id}`,
    ).not.toEqual([]);
    const quiet = fixtureSets.filter((set) => {
      const subjects = subjectsIn(set);
      return subjects.size === 0 ? set.findings.length > 0 || set.devices.length > 0 : set.devices.some((d) => !subjects.has(d.id));
    });
    expect(
      quiet.map((s) => s.name),
      `every fixture triggers ${id} for every device`,
    ).not.toEqual([]);
  });
});

it('has one module file per id and no module without a registry line', () => {
  const modules = srcFiles.filter((f) => /^src\/findings\/(ring|alexa|amazon)\//.test(f.path) && /\bdefineFinding\(/.test(f.text)).map((f) => f.path);
  expect(modules.sort()).toEqual(FINDINGS.map((f) => moduleFileOf(f.id)).sort());
});

it('keeps the ids unique', () => {
  expect(new Set(FINDINGS.map((f) => f.id)).size).toBe(FINDINGS.length);
});
