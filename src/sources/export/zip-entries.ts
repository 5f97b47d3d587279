import { Unzip, UnzipInflate, type UnzipDecoder, type UnzipFile } from 'fflate';
import type { ExportFile } from '../../model/export.ts';
import type { EntrySink } from './entry-sinks.ts';

/**
 * Reads a zip as a stream with fflate's `Unzip`: each chunk of the file is pushed and dropped, so an export of
 * several GB is never held whole. Every entry is started (fflate keeps the chunks of an entry nobody started);
 * entries whose bytes are not needed (audio, media, unknown, unsafe names) go through a decoder that only counts
 * their compressed bytes and never inflates them. Bombs are capped: entries, inflated bytes per entry and in total.
 */
export interface ZipLimits {
  maxEntries: number;
  /** Inflated bytes of one entry that is read (a table, a JSON list). */
  maxEntryBytes: number;
  /** Inflated bytes of all read entries together. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 100_000, maxEntryBytes: 2 * 1024 ** 3, maxTotalBytes: 8 * 1024 ** 3 };

export interface ZipProblem {
  level: 'error' | 'warning';
  code: string;
  message: string;
}

export interface ZipOutcome {
  files: ExportFile[];
  problems: ZipProblem[];
  /** Bytes of the zip file read. */
  zipBytes: number;
}

export type OpenEntry = (name: string) => EntrySink;

const EMPTY = new Uint8Array(0);
/** fflate scans each pushed buffer for headers; slices keep that work and the copies small. */
const SLICE = 1024 * 1024;

/** A decoder per compression method; it asks the entry's sink whether its bytes are wanted. */
function decoderFor(method: number, state: { current: Decoder | null; wants: boolean }) {
  return class implements UnzipDecoder {
    static compression = method;
    ondata: UnzipDecoder['ondata'] = () => undefined;
    stopped = false;
    private readonly inflate: UnzipInflate | null;
    constructor() {
      this.inflate = method === 8 && state.wants ? new UnzipInflate() : null;
      if (this.inflate) this.inflate.ondata = (err, data, final) => this.ondata(err, data, final);
      state.current = this;
    }
    push(chunk: Uint8Array, final: boolean): void {
      if (this.stopped) {
        if (final) this.ondata(null, EMPTY, true);
        return;
      }
      if (!this.inflate) {
        this.ondata(null, chunk as Uint8Array<ArrayBuffer>, final);
        return;
      }
      try {
        this.inflate.push(chunk, final);
      } catch (error) {
        this.stopped = true;
        this.ondata(error as Error & { code: number }, EMPTY, true);
      }
    }
  };
}
type Decoder = InstanceType<ReturnType<typeof decoderFor>>;

export async function readZipEntries(chunks: AsyncIterable<Uint8Array>, openEntry: OpenEntry, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipOutcome> {
  const files: ExportFile[] = [];
  const problems: ZipProblem[] = [];
  const state: { current: Decoder | null; wants: boolean } = { current: null, wants: false };
  const open = new Set<{ end: (note?: string) => void }>();
  let entries = 0;
  let inflatedTotal = 0;
  let stop: ZipProblem | null = null;
  const registered = new Set<number>([0, 8]);

  const unzip = new Unzip((file: UnzipFile) => {
    entries++;
    if (entries > limits.maxEntries) {
      stop ??= { level: 'error', code: 'too-many-entries', message: `The zip holds more than ${limits.maxEntries} files; the rest was not read.` };
      // Still started, so fflate does not keep its chunks; a counting decoder drops them.
      state.wants = false;
      file.ondata = () => undefined;
      startCounting(file);
      return;
    }
    const sink = openEntry(file.name);
    const declared = file.originalSize;
    const method = file.compression;
    let note: string | null = null;
    if (!registered.has(method)) {
      registered.add(method);
      unzip.register(decoderFor(method, state));
    }
    if (method !== 0 && method !== 8) note = `compression-${method}-not-read`;
    state.wants = sink.wantsBytes && note === null;
    let inflated = 0;
    let done = false;
    let decoder: Decoder | null = null;
    const entry = {
      end: (why?: string) => {
        if (done) return;
        done = true;
        open.delete(entry);
        files.push(sink.end(why ?? note, state.wants ? undefined : declared));
      },
    };
    open.add(entry);
    file.ondata = (err, data, final) => {
      if (done) return;
      if (err) {
        note = 'corrupt-data';
        entry.end();
        return;
      }
      if (data.length > 0) {
        if (sink.wantsBytes && note === null) {
          inflated += data.length;
          inflatedTotal += data.length;
          if (inflated > limits.maxEntryBytes) {
            note = 'inflated-too-large';
            problems.push({
              level: 'error',
              code: 'zip-bomb',
              message: `A file inflates to more than ${formatBytes(limits.maxEntryBytes)}; it was not read further.`,
            });
            const running = decoder ?? state.current;
            if (running) running.stopped = true;
            entry.end();
            return;
          }
          if (inflatedTotal > limits.maxTotalBytes)
            stop ??= {
              level: 'error',
              code: 'zip-bomb',
              message: `The zip inflates to more than ${formatBytes(limits.maxTotalBytes)}; the rest was not read.`,
            };
        }
        sink.write(data);
      }
      if (final) entry.end();
    };
    state.current = null;
    file.start();
    decoder = state.current;
  });
  unzip.register(decoderFor(0, state));
  unzip.register(decoderFor(8, state));

  function startCounting(file: UnzipFile): void {
    if (!registered.has(file.compression)) {
      registered.add(file.compression);
      unzip.register(decoderFor(file.compression, state));
    }
    file.start();
  }

  let zipBytes = 0;
  // fflate throws 'invalid zip data' at the final push when the stream ends inside an entry: a truncated download.
  let finalPush = false;
  let head: Uint8Array = new Uint8Array(0);
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes: its absence means a truncated zip.
  let tail: Uint8Array = new Uint8Array(0);
  try {
    for await (const chunk of chunks) {
      if (chunk.length === 0) continue;
      if (zipBytes === 0 && chunk.length > 0 && head.length < 4) head = chunk.slice(0, 4);
      zipBytes += chunk.length;
      tail = keepTail(tail, chunk);
      if (zipBytes === chunk.length && !isZipStart(head)) {
        return { files, problems: [{ level: 'error', code: 'not-a-zip', message: 'This file is not a zip archive.' }], zipBytes };
      }
      for (let at = 0; at < chunk.length && !stop; at += SLICE) unzip.push(chunk.subarray(at, at + SLICE));
      if (stop) break;
    }
    if (zipBytes === 0) return { files, problems: [{ level: 'error', code: 'empty', message: 'The file is empty (0 bytes).' }], zipBytes };
    finalPush = true;
    if (!stop) unzip.push(EMPTY, true);
  } catch (error) {
    const truncated = finalPush || /unexpected EOF/i.test(String((error as Error).message));
    problems.push(
      truncated
        ? { level: 'error', code: 'truncated', message: 'The zip ends in the middle of a file: the download is incomplete. What came before was read.' }
        : { level: 'error', code: 'malformed-zip', message: 'The zip is damaged; what came before the damage was read.' },
    );
  }
  if (stop) problems.push(stop);
  for (const entry of [...open]) entry.end(stop ? 'not-read-limit' : 'truncated');
  if (!stop && problems.every((p) => p.code !== 'truncated' && p.code !== 'malformed-zip') && !hasEndRecord(tail))
    problems.push({ level: 'error', code: 'truncated', message: "The zip's directory at its end is missing: the download may be incomplete." });
  if (files.length === 0 && problems.length === 0) problems.push({ level: 'error', code: 'no-entries', message: 'The zip holds no files.' });
  return { files, problems, zipBytes };
}

const isZipStart = (head: Uint8Array) =>
  head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));

const TAIL = 64 * 1024 + 22;

function keepTail(tail: Uint8Array, chunk: Uint8Array): Uint8Array {
  if (chunk.length >= TAIL) return chunk.slice(chunk.length - TAIL);
  const keep = Math.min(tail.length, TAIL - chunk.length);
  const out = new Uint8Array(keep + chunk.length);
  out.set(tail.subarray(tail.length - keep));
  out.set(chunk, keep);
  return out;
}

function hasEndRecord(tail: Uint8Array): boolean {
  for (let i = tail.length - 22; i >= 0; i--) if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 5 && tail[i + 3] === 6) return true;
  return false;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}
