import { Unzip } from 'fflate';
import { EMPTY, decoderFor, type DecoderState } from './zip-decoders.ts';
import { onZipFile, type ZipRun } from './zip-entry-reader.ts';
import type { OpenEntry, ZipLimits, ZipOutcome, ZipProblem } from './zip-types.ts';

export type { OpenEntry, ZipLimits, ZipOutcome, ZipProblem } from './zip-types.ts';

/**
 * Reads a zip as a stream with fflate's `Unzip`: each chunk of the file is pushed and dropped, so an export of
 * several GB is never held whole. Every entry is started (fflate keeps the chunks of an entry nobody started);
 * entries whose bytes are not needed (audio, media, unknown, unsafe names) go through a decoder that only counts
 * their compressed bytes and never inflates them. Bombs are capped: entries, inflated bytes per entry and in total.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 100_000, maxEntryBytes: 2 * 1024 ** 3, maxTotalBytes: 8 * 1024 ** 3 };

/** fflate scans each pushed buffer for headers; slices keep that work and the copies small. */
const SLICE = 1024 * 1024;

export async function readZipEntries(chunks: AsyncIterable<Uint8Array>, openEntry: OpenEntry, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipOutcome> {
  const run = startRun(openEntry, limits);
  const { zipBytes, tail, refused } = await pushAll(chunks, run);
  if (refused) return { files: run.files, problems: [refused], zipBytes };
  return finish(run, tail, zipBytes);
}

function startRun(openEntry: OpenEntry, limits: ZipLimits): ZipRun {
  const state: DecoderState = { current: null, wants: false };
  const run: ZipRun = {
    unzip: new Unzip((file) => onZipFile(run, file)),
    openEntry,
    limits,
    files: [],
    problems: [],
    state,
    open: new Set(),
    registered: new Set([0, 8]),
    entries: 0,
    inflatedTotal: 0,
    stop: null,
  };
  run.unzip.register(decoderFor(0, state));
  run.unzip.register(decoderFor(8, state));
  return run;
}

/**
 * Pushes the file through fflate in slices until its end or a limit. `refused`: the file is not a zip, or empty;
 * nothing else is said about it then. A damaged or truncated zip is a problem of the run; what came before is kept.
 */
async function pushAll(chunks: AsyncIterable<Uint8Array>, run: ZipRun): Promise<{ zipBytes: number; tail: Uint8Array; refused?: ZipProblem }> {
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
        return { zipBytes, tail, refused: { level: 'error', code: 'not-a-zip', message: 'This file is not a zip archive.' } };
      }
      for (let at = 0; at < chunk.length && !run.stop; at += SLICE) run.unzip.push(chunk.subarray(at, at + SLICE));
      if (run.stop) break;
    }
    if (zipBytes === 0) return { zipBytes, tail, refused: { level: 'error', code: 'empty', message: 'The file is empty (0 bytes).' } };
    finalPush = true;
    if (!run.stop) run.unzip.push(EMPTY, true);
  } catch (error) {
    const truncated = finalPush || /unexpected EOF/i.test(String((error as Error).message));
    run.problems.push(
      truncated
        ? { level: 'error', code: 'truncated', message: 'The zip ends in the middle of a file: the download is incomplete. What came before was read.' }
        : { level: 'error', code: 'malformed-zip', message: 'The zip is damaged; what came before the damage was read.' },
    );
  }
  return { zipBytes, tail };
}

/** Ends the entries still open and says what the whole zip lacked: a limit reached, its directory, any file. */
function finish(run: ZipRun, tail: Uint8Array, zipBytes: number): ZipOutcome {
  const { files, problems, stop } = run;
  if (stop) problems.push(stop);
  for (const entry of [...run.open]) entry.end(stop ? 'not-read-limit' : 'truncated');
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
