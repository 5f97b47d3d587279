import { describe, expect, it } from 'vitest';
import { jsonStringLength, storedBytes } from '../../../src/store/schema.ts';

/** storedBytes counts a chunk string without copying it: the count must be JSON.stringify's, whatever the text holds. */
describe('jsonStringLength', () => {
  const texts = [
    '',
    'plain',
    '[{"source":{"id":"ring.devices"},"name":"Haustür \\"vorne\\""}]',
    'back\\slash and "quotes" and \\"both\\"',
    'controls \b\f\n\r\t and \u0000\u0001\u001f end',
    'emoji 🏠 pair kept, lone high \ud83c and lone low \udfe0 escaped',
    '\ud83c',
    'ends with high \ud83c',
    '\udfe0 starts with low',
    'Ümlaute ß € \u2028\u2029 \u007f',
  ];
  for (const text of texts) {
    it(`matches JSON.stringify for ${JSON.stringify(text).slice(0, 40)}`, () => {
      expect(jsonStringLength(text)).toBe(JSON.stringify(text).length);
    });
  }

  it('matches JSON.stringify on random text of every code unit class', () => {
    const units = [0x00, 0x08, 0x0a, 0x1f, 0x20, 0x22, 0x41, 0x5c, 0x7f, 0xe9, 0xd83c, 0xdfe0, 0xfffd];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 200; round++) {
      const text = String.fromCharCode(...Array.from({ length: next() % 40 }, () => units[next() % units.length] as number));
      expect(jsonStringLength(text)).toBe(JSON.stringify(text).length);
    }
  });

  it('is what storedBytes counts for a string, and objects still count their JSON', () => {
    const chunk = JSON.stringify([{ name: 'Flur "oben"', path: 'a\\b' }]);
    expect(storedBytes('alexpose.scan.x.0', chunk)).toBe('alexpose.scan.x.0'.length + JSON.stringify(chunk).length);
    expect(storedBytes('k', { a: [1, 'x'] })).toBe(1 + JSON.stringify({ a: [1, 'x'] }).length);
  });
});
