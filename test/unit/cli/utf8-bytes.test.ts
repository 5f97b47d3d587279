// @vitest-environment node
import fc from 'fast-check';
import { utf8Bytes } from '../../../src/cli/utf8-bytes.ts';

describe('utf8Bytes', () => {
  it('gives the bytes Node writes for the string, lone surrogates included', () => {
    for (const text of ['', 'plain', 'Küche … ☰ → 🏠', '\ud800 alone', 'end \udc00', '\udc00\ud800', 'x'.repeat(70_000) + '€'])
      expect(Buffer.from(utf8Bytes(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => Buffer.from(utf8Bytes(text)).equals(Buffer.from(text, 'utf8'))));
  }, 30_000);
});
