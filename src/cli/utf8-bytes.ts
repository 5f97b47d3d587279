/**
 * UTF-8 bytes of the CLI's output, made in one pass. Handing `process.stdout.write` a string makes Node measure
 * its UTF-8 length first and encode it after (`Buffer.from`): two passes over 20–60 MB of JSON, ~4× the time of
 * encoding once into a buffer sized for the worst case (3 bytes per UTF-16 unit; the pages it does not use are
 * never touched). The bytes are the same: both replace a lone surrogate by U+FFFD. `into`, when it holds the
 * worst case, is written into instead of a new buffer.
 */
export function utf8Bytes(text: string, into?: Buffer): Buffer {
  const bytes = into !== undefined && into.length >= text.length * 3 ? into : Buffer.allocUnsafe(text.length * 3);
  return bytes.subarray(0, bytes.write(text, 'utf8'));
}
