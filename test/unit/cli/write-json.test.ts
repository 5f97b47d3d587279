// @vitest-environment node
/**
 * The CLI writes the JSON report in pieces (src/cli/write-json.ts); joined, they must be exactly
 * `JSON.stringify(value, null, 2)` and a newline, whatever the report holds, and a 10,000-item list must arrive
 * in several pieces rather than one string.
 */
import fc from 'fast-check';
import { writeJson } from '../../../src/cli/write-json.ts';

function pieces(value: unknown): string[] {
  const out: string[] = [];
  writeJson(value, (text) => void out.push(text));
  return out;
}
const expected = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('writeJson', () => {
  it('writes a long top-level list in several pieces that join to JSON.stringify(value, null, 2)', () => {
    const findings = Array.from({ length: 2_000 }, (_, i) => ({
      id: `ring.x:${i}`,
      text: 'a "quoted"\nline … ☰',
      tags: i % 3 ? [] : ['a', { b: [1, null] }],
      n: i / 7,
    }));
    const report = { schemaVersion: 4, sources: [], findings, policePaths: findings.slice(0, 600), summary: { actions: [{ devices: findings.slice(0, 3) }] } };
    const out = pieces(report);
    expect(out.length).toBeGreaterThan(4);
    expect(out.join('')).toBe(expected(report));
  });

  it('leaves out and writes as null exactly where JSON.stringify does', () => {
    const long = Array.from({ length: 1_100 }, (_, i) =>
      i % 4 === 0 ? undefined : i % 4 === 1 ? () => i : i % 4 === 2 ? Symbol('s') : { i, gone: undefined },
    );
    const values: unknown[] = [
      { a: undefined, b: () => 1, c: Symbol('c'), d: 1 },
      { a: undefined },
      {},
      { list: [], long },
      { long, __proto__: null },
      Object.assign(Object.create(null) as object, { ['__proto__']: long, x: long }),
      { when: new Date(Date.UTC(2026, 11, 6)), long: long.map(() => new Date(0)) },
      { custom: { toJSON: () => 'custom' }, long: Object.assign([...long], { toJSON: () => 'list' }) },
      { ['0']: long, ['10']: 'ten', z: 'z', ['1']: 'one' },
      [long, long],
      'text',
      42,
      null,
    ];
    for (const value of values) expect(pieces(value).join('')).toBe(expected(value));
  });

  it('matches JSON.stringify on any JSON-like report', () => {
    const item = fc.anything({ maxDepth: 2, withDate: true, withNullPrototype: true, withObjectString: true, withSparseArray: true });
    const report = fc.dictionary(fc.string(), fc.oneof(item, fc.array(item, { minLength: 500, maxLength: 700 })), { maxKeys: 6 });
    fc.assert(
      fc.property(report, (value) => pieces(value).join('') === expected(value)),
      { numRuns: 25 },
    );
  }, 30_000);
});
