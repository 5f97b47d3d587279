// @vitest-environment node
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import type { Capture } from '../../../src/model/capture.ts';
import { readCapture } from '../../../src/sources/read-capture.ts';
import { extractNextData } from '../../../src/sources/extract-page-state.ts';
import { extractOutline } from '../../../src/sources/page-outline/extract-outline.ts';
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator } from '../../../src/i18n/bundled-messages.ts';
import { reportIssues } from '../../../src/model/report-schema.ts';
import { alexaFixtureJson, alexaFixtureText, fixtureJson, fixtureText } from '../fixtures.ts';

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
const LOC = '9f2d5a7e-0000-4000-8000-000000000001';
const CGW = 'https://account.ring.com/api/cgw';
const ALEXA = 'https://alexa.amazon.de';
const AMAZON = 'https://www.amazon.de';
const t = bundledTranslator('en');

const SOURCES: { id: string; url: string; via?: Capture['via']; fixture: () => unknown }[] = [
  { id: 'ring.devices', url: `${CGW}/clients_api/ring_devices`, fixture: () => fixtureJson('ring-devices.json') },
  { id: 'ring.device-settings', url: `${CGW}/devices/v1/devices/70010001/settings`, fixture: () => fixtureJson('settings-70010001.json') },
  { id: 'ring.device-info', url: `${CGW}/device_info/v3/devices/70010003`, fixture: () => fixtureJson('device-info-70010003.json') },
  { id: 'ring.profile', url: `${CGW}/clients_api/profile`, fixture: () => fixtureJson('session.json') },
  { id: 'ring.locations', url: `${CGW}/devices/v1/locations`, fixture: () => fixtureJson('locations.json') },
  { id: 'ring.locations', url: `${CGW}/location_info/v4/locations/${LOC}`, fixture: () => fixtureJson(`location-v4-${LOC}.json`) },
  { id: 'ring.location-users', url: `${CGW}/clients_api/locations/${LOC}/users`, fixture: () => fixtureJson(`users-${LOC}.json`) },
  { id: 'ring.key-associations', url: `${CGW}/integrations/amazonkey/v2/devices/lock_associations`, fixture: () => fixtureJson('lock-associations.json') },
  {
    id: 'ring.monitoring',
    url: `https://prd-api-us.prd.rings.solutions/api/v1/rs/monitoring/accounts/${LOC}`,
    fixture: () => fixtureJson(`monitoring-${LOC}.json`),
  },
  { id: 'ring.page-state', url: 'https://account.ring.com/account/dashboard', via: 'page-state', fixture: () => nextDataOf('account-dashboard.html') },
  {
    id: 'ring.control-center',
    url: 'https://account.ring.com/account/control-center',
    via: 'page-outline',
    fixture: () => extractOutline(parseHTML(fixtureText('control-center-de.html')).document),
  },
  { id: 'alexa.devices', url: `${ALEXA}/api/devices-v2/device`, fixture: () => alexaFixtureJson('devices-v2.json') },
  { id: 'alexa.smart-home', url: `${ALEXA}/nexus/v1/graphql`, fixture: () => alexaFixtureJson('graphql-endpoints.json') },
  { id: 'alexa.smart-home', url: `${ALEXA}/nexus/v1/graphql`, fixture: () => alexaFixtureJson('graphql-endpoints-amazon.json') },
  { id: 'alexa.smart-home', url: `${ALEXA}/nexus/v1/graphql`, fixture: () => alexaFixtureJson('graphql-endpoints-partial.json') },
  {
    id: 'alexa.smart-home-entities',
    url: `${ALEXA}/api/behaviors/entities?skillId=amzn1.ask.1p.smarthome`,
    fixture: () => alexaFixtureJson('smart-home-entities.json'),
  },
  { id: 'alexa.device-setting', url: `${ALEXA}/api/v1/devices/A1EXAMPLE0SHOWACCT/settings/liveView`, fixture: () => alexaFixtureJson('liveview-setting.json') },
  { id: 'alexa.household', url: `${ALEXA}/api/household`, fixture: () => alexaFixtureJson('household.json') },
  { id: 'amazon.persons', url: `${AMAZON}/alexa-privacy/apd/rvh/persons-in-household`, fixture: () => alexaFixtureJson('persons-in-household.json') },
  { id: 'amazon.voice-history', url: `${AMAZON}/alexa-privacy/apd/rvh/customer-history-records-v2`, fixture: () => alexaFixtureJson('voice-history-rvh.json') },
  { id: 'amazon.voice-history', url: `${AMAZON}/alexa-privacy/apd/rah/alexa-history-records-v2`, fixture: () => alexaFixtureJson('voice-history-rah.json') },
  {
    id: 'amazon.voice-history',
    url: `${AMAZON}/alexa-privacy/apd/rah/alexa-history-records-v2`,
    fixture: () => alexaFixtureJson('voice-history-rah-paged.json'),
  },
  { id: 'amazon.registered-devices', url: `${AMAZON}/hz/mycd/digital-console/ajax`, fixture: () => alexaFixtureJson('mycd-devices.json') },
  { id: 'alexa.skills', url: 'https://skills-store.amazon.de/app/secure/your-skills-page', fixture: () => alexaFixtureJson('your-skills.json') },
  {
    id: 'amazon.privacy-page',
    url: `${AMAZON}/alexa-privacy/apd/myad`,
    via: 'page-outline',
    fixture: () => extractOutline(parseHTML(alexaFixtureText('alexa-privacy-myad-de.html')).document),
  },
  {
    id: 'amazon.privacy-page',
    url: `${AMAZON}/alexa-privacy/apd/skill-permissions`,
    via: 'page-outline',
    fixture: () => extractOutline(parseHTML(alexaFixtureText('alexa-privacy-skill-permissions-en.html')).document),
  },
  {
    id: 'amazon.privacy-page',
    url: `${AMAZON}/ap/adam`,
    via: 'page-outline',
    fixture: () => extractOutline(parseHTML(alexaFixtureText('apps-with-access-de.html')).document),
  },
];

function nextDataOf(file: string): unknown {
  const state = extractNextData(parseHTML(fixtureText(file)).document);
  if (!('body' in state)) throw new Error(`${file} has no page state`);
  return state.body;
}

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
