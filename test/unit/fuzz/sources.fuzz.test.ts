// @vitest-environment node
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { extractNextData } from '../../../src/sources/extract-page-state.ts';
import { extractOutline } from '../../../src/sources/page-outline/extract-outline.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { reportIssues } from '../../../src/model/report-schema.ts';
import { FUZZ_INPUTS as SOURCES } from './source-inputs.ts';

/**
 * Parsers never throw: every source gets arbitrary JSON, mutated real-shaped fixtures and (for page
 * readers) random HTML. 1,000 runs per property in `npm test`; `npm run fuzz` sets FUZZ_RUNS=100000.
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1000);
/** Generous per-property time: mutated documents with 2,000-element arrays take a few ms each. */
const TIMEOUT = Math.max(30_000, RUNS * 10);

/** Runs a property and prints how many inputs it survived (read by `npm run fuzz`). */
function run(name: string, property: fc.IPropertyWithHooks<[unknown]> | fc.IProperty<[unknown]>): void {
  const started = Date.now();
  fc.assert(property, { numRuns: RUNS });
  console.log(`fuzz: ${name}: ${RUNS} runs, 0 failures, ${Date.now() - started} ms`);
}
const t = bundledTranslator('en');

/** Reads a body as the given source and checks the invariants every source must keep. */
function check(source: (typeof SOURCES)[number], body: unknown): void {
  const result = readCapture({ url: source.url, via: source.via ?? 'har', body, capturedAt: '2026-11-22T00:00:00.000Z' });
  expect(result.source.id).toBe(source.id);
  if (result.source.status !== 'read') expect(result.source.diagnostics.length).toBeGreaterThan(0);
  const report = buildReport([result], { t, locale: 'en', toolVersion: 'fuzz', now: '2026-11-22T00:00:00.000Z' });
  const issues = reportIssues(report);
  if (issues.length > 0) throw new Error(`report does not conform: ${issues.slice(0, 3).join('; ')}`);
}

type Mutation = { path: number[]; op: 'delete' | 'null' | 'replace' | 'wrap' | 'huge' | 'deep'; value: unknown };

/** Applies one mutation at a path chosen by index through the JSON tree; returns a new value. */
function mutate(root: unknown, m: Mutation): unknown {
  const copy = structuredClone<unknown>(root);
  let parent: Record<string, unknown> | unknown[] | null = null;
  let key: string | number | null = null;
  let node: unknown = copy;
  for (const step of m.path) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const k = keys[step % keys.length] as string;
    parent = node as Record<string, unknown>;
    key = Array.isArray(node) ? Number(k) : k;
    node = (node as Record<string, unknown>)[k];
  }
  const replacement =
    m.op === 'null'
      ? null
      : m.op === 'replace'
        ? m.value
        : m.op === 'wrap'
          ? [node]
          : m.op === 'huge'
            ? Array.from({ length: 2000 }, () => node)
            : m.op === 'deep'
              ? Array.from({ length: 300 }).reduce<unknown>((inner) => ({ nested: inner }), node)
              : undefined;
  if (parent === null || key === null) return m.op === 'delete' ? {} : replacement;
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else (parent as Record<string | number, unknown>)[key] = replacement;
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.array(fc.nat(50), { maxLength: 6 }),
  op: fc.constantFrom('delete', 'null', 'replace', 'wrap', 'huge', 'deep'),
  value: fc.jsonValue({ maxDepth: 3 }),
});

describe.each(SOURCES.map((s) => [`${s.id} ${new URL(s.url).pathname}`, s] as const))('%s never throws', (_name, source) => {
  it(
    `on arbitrary JSON (${RUNS} runs)`,
    () => {
      run(
        `${source.id} arbitrary JSON`,
        fc.property(fc.jsonValue({ maxDepth: 6 }), (body) => check(source, body)),
      );
    },
    TIMEOUT,
  );

  it(
    `on mutated real-shaped fixtures (${RUNS} runs)`,
    () => {
      const base = source.fixture();
      run(
        `${source.id} mutated fixture`,
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => check(source, mutations.reduce(mutate, base))),
      );
    },
    TIMEOUT,
  );
});

describe('page readers never throw on random HTML', () => {
  const tag = fc.constantFrom('div', 'span', 'h2', 'h3', 'ul', 'li', 'label', 'input', 'button', 'script', 'p', 'nav', 'svg', 'template');
  const attr = fc.tuple(
    fc.constantFrom('role', 'aria-checked', 'aria-label', 'aria-labelledby', 'id', 'for', 'type', 'checked', 'lang'),
    fc.string({ maxLength: 20 }),
  );
  const element: fc.Arbitrary<string> = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.string({ maxLength: 30 }),
      fc
        .tuple(tag, fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }))
        .map(
          ([name, attrs, children]) =>
            `<${name} ${attrs.map(([k, val]) => `${k}="${val.replace(/"/g, '')}"`).join(' ')}>${(children as string[]).join('')}</${name}>`,
        ),
    ),
  })).node;
  const page = fc
    .tuple(element, fc.option(fc.jsonValue({ maxDepth: 4 })))
    .map(
      ([body, state]) =>
        `<!DOCTYPE html><html><body>${body}${state === null ? '' : `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script>`}</body></html>`,
    );

  it(
    `extracts page state and outline and reads them (${RUNS} runs)`,
    () => {
      const outlineSource = SOURCES.find((s) => s.id === 'ring.control-center')!;
      const stateSource = SOURCES.find((s) => s.id === 'ring.page-state')!;
      run(
        'page readers random HTML',
        fc.property(page, (html) => {
          const { document } = parseHTML(html);
          const state = extractNextData(document);
          if ('body' in state) check(stateSource, state.body);
          check(outlineSource, extractOutline(document));
        }),
      );
    },
    TIMEOUT,
  );
});
