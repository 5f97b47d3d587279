import { utf8Bytes } from './utf8-bytes.ts';

/** The part of a Node writable stream the writer needs (`process.stdout`). */
export interface ByteStream {
  write(bytes: Uint8Array): unknown;
  readonly writableLength: number;
}

/**
 * Writes text to a stream as UTF-8 bytes, encoding every piece into the same buffer while the stream takes each
 * write whole. A new buffer per piece of a 20–60 MB report meant new memory from the system for every megabyte
 * written, and faulting those pages in cost several times the encoding itself. The buffer is filled again only
 * once the stream has let go of it, with nothing queued (`writableLength` 0: a file, or a pipe that took it all);
 * bytes the stream had to queue (a pipe whose reader is behind) stay as they are, and the next piece gets a new
 * buffer.
 */
export function bytesWriter(stream: ByteStream): (text: string) => void {
  let spare: Buffer | null = null;
  return (text) => {
    const needed = text.length * 3;
    const buffer = spare !== null && spare.length >= needed ? spare : Buffer.allocUnsafe(needed);
    spare = null;
    stream.write(utf8Bytes(text, buffer));
    if (stream.writableLength === 0) spare = buffer;
  };
}
