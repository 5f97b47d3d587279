// @vitest-environment node
/** storedBytes counts a chunk string as JSON.stringify would, without the copy: the counts must be the same. */
import fc from 'fast-check';
import { jsonStringLength } from '../../../src/store/json-length.ts';
import { storedBytes } from '../../../src/store/schema.ts';

describe('jsonStringLength', () => {
  it('equals JSON.stringify(s).length for escapes, controls, pairs and lone surrogates', () => {
    for (const s of ['', 'plain', '"quoted" \\ back', '\b\f\n\r\t', '\u0000\u001f\u007f', '\u2028\u2029', '😀', '\ud83d', '\ude00x', 'a\ud83d\ude00\ud83d', 'ä€'])
      expect(jsonStringLength(s)).toBe(JSON.stringify(s).length);
  });

  it('equals JSON.stringify(s).length on any UTF-16 string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }), (a, b) => {
        expect(jsonStringLength(a)).toBe(JSON.stringify(a).length);
        expect(jsonStringLength(b)).toBe(JSON.stringify(b).length);
      }),
      { numRuns: 2000 },
    );
  });

  it('storedBytes of a chunk string and of any other value count as storage.local does (key + JSON)', () => {
    const chunk = JSON.stringify([{ source: { id: 'ring.devices' }, records: { name: 'Haustür "vorne"\n😀' } }]);
    expect(storedBytes('alexpose.scan.x.0', chunk)).toBe('alexpose.scan.x.0'.length + JSON.stringify(chunk).length);
    expect(storedBytes('k', { a: [1, 'ü'] })).toBe(1 + JSON.stringify({ a: [1, 'ü'] }).length);
  });
});
