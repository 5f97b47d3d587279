// @vitest-environment node
/**
 * The CLI's stdout writer encodes every piece into one reused buffer (src/cli/stdout-writer.ts): what arrives must
 * be each piece's UTF-8 bytes, and bytes a stream still holds (a queued write) must never be written over.
 */
import { bytesWriter, type ByteStream } from '../../../src/cli/stdout-writer.ts';

/** A stream that keeps the bytes it was handed, as a queued write does, and reports them pending or taken. */
function stream(pendingAfter: (index: number) => boolean): ByteStream & { got: Uint8Array[]; copies: Buffer[] } {
  const got: Uint8Array[] = [];
  const copies: Buffer[] = [];
  return {
    got,
    copies,
    write(bytes) {
      got.push(bytes);
      copies.push(Buffer.from(bytes));
      return true;
    },
    get writableLength() {
      return pendingAfter(got.length - 1) ? got.at(-1)!.byteLength : 0;
    },
  };
}

const pieces = ['{\n  "a": [\n', 'Küche … ☰ → 🏠 \ud800', 'x'.repeat(5_000), 'short', '', 'y'.repeat(100), '\n  ]\n}\n'];

describe('bytesWriter', () => {
  it('writes each piece as its UTF-8 bytes, reusing the buffer a stream has let go of', () => {
    const out = stream(() => false);
    const write = bytesWriter(out);
    for (const piece of pieces) write(piece);
    expect(out.copies.map((b) => b.toString('latin1'))).toEqual(pieces.map((p) => Buffer.from(p, 'utf8').toString('latin1')));
    // The 5,000-character piece's buffer serves the smaller ones after it.
    expect(out.got[3]!.buffer).toBe(out.got[2]!.buffer);
  });

  it('never writes over bytes a stream still holds', () => {
    const out = stream((index) => index % 2 === 0);
    const write = bytesWriter(out);
    for (const piece of [...pieces, ...pieces]) write(piece);
    // What each queued write handed over is still what it was when handed over.
    out.got.forEach((bytes, i) => {
      if (i % 2 === 0) expect(Buffer.from(bytes).equals(out.copies[i]!)).toBe(true);
    });
    expect(Buffer.concat(out.copies).equals(Buffer.from([...pieces, ...pieces].join(''), 'utf8'))).toBe(true);
  });
});
