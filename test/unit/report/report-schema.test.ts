// @vitest-environment node
import * as v from 'valibot';
import { buildReport } from '../../../src/report/build-report.ts';
import { bundledTranslator, MESSAGES } from '../../../src/i18n/bundled-messages.ts';
import { CATALOG, findingMessageKey } from '../../../src/knowledge/catalog.ts';
import { RISKS } from '../../../src/model/finding.ts';
import type { Locale } from '../../../src/i18n/translate.ts';
import { harResults, NOW } from '../fixtures.ts';

/**
 * The public report contract, schema version 1, written out independently of the TypeScript types.
 * Objects are not strict: the contract may be extended, never renamed.
 */
const Service = v.picklist(['ring', 'alexa', 'amazon']);
const Scalar = v.union([v.string(), v.number(), v.boolean(), v.null()]);
const NonEmpty = v.pipe(v.string(), v.minLength(1));
const HttpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://'));

const ReportSchema = v.object({
  schemaVersion: v.literal(1),
  tool: v.object({ name: v.literal('alexpose'), version: NonEmpty }),
  generatedAt: v.pipe(v.string(), v.isoTimestamp()),
  locale: v.picklist(['en', 'de']),
  sources: v.array(
    v.object({
      id: NonEmpty,
      service: Service,
      kind: NonEmpty,
      status: v.picklist(['read', 'partial', 'unrecognized', 'error']),
      origin: NonEmpty,
      location: v.optional(v.string()),
      // Added fields: every source says when it was read, and what that time is.
      readAt: v.pipe(v.string(), v.isoTimestamp()),
      readAtKind: v.picklist(['captured', 'har-entry', 'file', 'scan', 'report']),
      diagnostics: v.array(v.object({ level: v.picklist(['info', 'warning', 'error']), code: NonEmpty, at: v.optional(v.string()), message: NonEmpty })),
    }),
  ),
  devices: v.array(
    v.object({
      id: NonEmpty,
      service: Service,
      name: v.string(),
      category: v.picklist(['doorbell', 'camera', 'chime', 'base-station', 'bridge', 'intercom', 'other']),
      maker: NonEmpty,
      via: v.object({ kind: NonEmpty, id: v.string(), name: v.string() }),
      owned: v.nullable(v.boolean()),
    }),
  ),
  findings: v.array(
    v.object({
      id: NonEmpty,
      service: Service,
      subject: v.object({ type: v.picklist(['device', 'location', 'account', 'skill', 'app']), id: NonEmpty, name: v.string() }),
      risk: v.picklist(['high', 'medium', 'low', 'info']),
      title: NonEmpty,
      explanation: NonEmpty,
      recipients: v.pipe(v.array(v.object({ id: NonEmpty, name: NonEmpty })), v.minLength(1)),
      optOut: v.object({ steps: v.pipe(v.array(NonEmpty), v.minLength(1)), url: HttpsUrl }),
      // Added fields: the exact document read and when.
      evidence: v.object({
        source: NonEmpty,
        field: NonEmpty,
        location: NonEmpty,
        readAt: v.pipe(v.string(), v.isoTimestamp()),
        readAtKind: v.picklist(['captured', 'har-entry', 'file', 'scan', 'report']),
      }),
      details: v.record(v.string(), Scalar),
    }),
  ),
});

/** The message of `key` in `locale` as a pattern; its `$1`..`$9` placeholders match any filled-in value. */
function messagePattern(locale: Locale, key: string): RegExp {
  const message = MESSAGES[locale][key]?.message ?? `missing message ${key}`;
  return new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\$\d/g, '.*')}$`, 's');
}

function report(locale: Locale) {
  return buildReport(harResults(), { t: bundledTranslator(locale), locale, toolVersion: '0.1.0', now: NOW });
}

describe.each(['en', 'de'] as const)('report of the HAR in %s', (locale) => {
  const built = report(locale);

  it('matches the schema-v1 contract, also after a JSON round trip', () => {
    const direct = v.safeParse(ReportSchema, built);
    expect(direct.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
    expect(v.safeParse(ReportSchema, JSON.parse(JSON.stringify(built))).success).toBe(true);
  });

  it('carries no owner e-mail, street address or coordinates from the input', () => {
    const json = JSON.stringify(built);
    for (const secret of ['owner@example.invalid', 'nachbar@example.invalid', 'Musterstraße', '52.52', '13.405']) expect(json).not.toContain(secret);
  });

  it('sorts findings by risk, highest first', () => {
    const ranks = built.findings.map((f) => RISKS.indexOf(f.risk));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(built.findings[0]?.risk).toBe('high');
    expect(built.findings.at(-1)?.risk).toBe('info');
  });

  it('speaks the locale: titles, steps and help links', () => {
    expect(built.locale).toBe(locale);
    for (const f of built.findings) {
      expect(f.title).toMatch(messagePattern(locale, findingMessageKey(f.id, 'title')));
      expect(f.optOut.steps[0]).toMatch(messagePattern(locale, findingMessageKey(f.id, 'step1')));
      expect(f.optOut.url).toBe(CATALOG[f.id]?.helpUrl[locale]);
    }
  });
});

it('gives German text that differs from the English one', () => {
  const [en, de] = [report('en'), report('de')];
  expect(de.findings.map((f) => f.id)).toEqual(en.findings.map((f) => f.id));
  const e2eeDe = de.findings.find((f) => f.id === 'ring.e2ee-off');
  expect(e2eeDe?.title).toBe('Ring kann die Videos dieser Kamera öffnen');
  expect(e2eeDe?.optOut.url).toContain('ring.com/de/de/');
  expect(e2eeDe?.title).not.toBe(en.findings.find((f) => f.id === 'ring.e2ee-off')?.title);
});
