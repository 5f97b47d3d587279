import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * Reads one input file without trusting it to be small, finite or text. The file is opened without
 * blocking (a FIFO without a writer would otherwise hang the process in `open`), checked with `fstat`
 * before any byte is read (a regular file over the limit is refused whole, a directory named), and
 * read in chunks up to a byte cap. Anything but a regular file (a pipe, `/dev/zero`, a terminal) is
 * also time-boxed. The first bytes must look like JSON or HTML, so an endless binary device ends
 * after one chunk instead of filling memory.
 */
type Failure = { ok: false; code: string; message: string };
export type BoundedRead = { ok: true; text: string } | Failure;

export interface ReadLimits {
  maxBytes: number;
  /** A special file that sends nothing for this long is given up on (a FIFO without a writer). */
  idleMs: number;
  /** A special file is never read for longer than this. */
  totalMs: number;
}

const DEFAULT_LIMITS: ReadLimits = { maxBytes: 200 * 1024 * 1024, idleMs: 3000, totalMs: 30000 };

const CHUNK = 64 * 1024;
const POLL_MS = 20;

const fail = (code: string, message: string): Failure => ({ ok: false, code, message });

export async function readBoundedFile(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<BoundedRead> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return openError((error as NodeJS.ErrnoException).code);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) return fail('not-a-file', 'This is a directory, not a file.');
    const regular = stats.isFile();
    if (regular && stats.size > limits.maxBytes)
      return fail('too-large', `The file is ${formatBytes(stats.size)}, more than the ${formatBytes(limits.maxBytes)} Alexposé reads; it was not read.`);
    const bytes = await readChunks(handle, regular, limits, regular ? stats.size : 0);
    if ('code' in bytes) return bytes;
    if (bytes.byteLength === 0) return fail('empty', regular ? 'The file is empty.' : 'Nothing arrived: the pipe or device sent no data.');
    return { ok: true, text: decodeText(bytes) };
  } catch (error) {
    return fail('unreadable', `Cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'read error'}).`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function readChunks(handle: FileHandle, regular: boolean, limits: ReadLimits, size: number): Promise<Uint8Array | Failure> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const started = Date.now();
  let lastData = started;
  for (;;) {
    // A regular file is read in one call of its size (one more byte finds out whether it grew): a 30 MB HAR in
    // 64 KB reads took ~500 round trips through the thread pool and one more copy of the whole file.
    const length = total === 0 && size >= CHUNK ? size + 1 : CHUNK;
    const buffer = new Uint8Array(length);
    let bytesRead: number;
    try {
      ({ bytesRead } = await handle.read(buffer, 0, length, null));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      bytesRead = -1; // a pipe or device with nothing to read right now
    }
    const now = Date.now();
    if (bytesRead > 0) {
      // The test looks at the first 64 KB, however much the first read brought.
      if (total === 0 && !startsLikeText(buffer.subarray(0, Math.min(bytesRead, CHUNK))))
        return fail('not-readable', 'This is binary data, not a HAR, JSON or HTML file.');
      total += bytesRead;
      if (total > limits.maxBytes) return fail('too-large', `More than ${formatBytes(limits.maxBytes)} arrived; Alexposé stopped reading.`);
      chunks.push(buffer.subarray(0, bytesRead));
      lastData = now;
    } else if (regular || (bytesRead === 0 && total > 0)) {
      break; // end of file; a pipe whose writer has closed after sending data
    }
    if (regular) continue;
    if (now - started > limits.totalMs) return fail('timed-out', `Still reading after ${Math.round(limits.totalMs / 1000)} s; Alexposé stopped.`);
    if (now - lastData > limits.idleMs) {
      return fail(
        'timed-out',
        total === 0
          ? `Nothing arrived within ${Math.round(limits.idleMs / 1000)} s (a pipe without a writer?).`
          : `No more data within ${Math.round(limits.idleMs / 1000)} s; Alexposé stopped.`,
      );
    }
    if (bytesRead <= 0) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * After an optional BOM and whitespace, a HAR or JSON starts with `{` or `[`, a saved page with `<`; and UTF-8 text
 * has no NUL byte (random data has one in almost every 64 KB chunk).
 */
function startsLikeText(head: Uint8Array): boolean {
  if (!isUtf16(head) && head.includes(0)) return false;
  const text = decodeText(head.subarray(0, 4096)).replace(/^[\s\ufeff]+/, '');
  return text.length === 0 || /^[{[<]/.test(text);
}

function isUtf16(bytes: Uint8Array): boolean {
  const [a, b] = [bytes[0], bytes[1]];
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff) || (bytes.byteLength >= 2 && (a === 0) !== (b === 0));
}

/** UTF-8 (with or without BOM) or UTF-16 LE/BE (with BOM, or recognisable by the zero byte of ASCII text). */
function decodeText(bytes: Uint8Array): string {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.byteLength >= 2 && a !== 0 && b === 0) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.byteLength >= 2 && a === 0 && b !== 0) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function openError(code: string | undefined): BoundedRead {
  if (code === 'ENOENT') return fail('not-found', 'File not found.');
  if (code === 'EACCES' || code === 'EPERM') return fail('unreadable', 'Permission denied.');
  if (code === 'ENXIO') return fail('not-a-file', 'This is a socket or device that cannot be read as a file.');
  if (code === 'EISDIR') return fail('not-a-file', 'This is a directory, not a file.');
  return fail('unreadable', `Cannot open the file (${code ?? 'unknown error'}).`);
}

function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  return `${Math.round(n / 1024 ** 2)} MB`;
}
