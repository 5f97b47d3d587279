import type { FlateError, Unzip, UnzipFile } from 'fflate';
import type { ExportFile } from '../../model/export.ts';
import type { EntrySink } from './entry-sinks.ts';
import { decoderFor, type Decoder, type DecoderState } from './zip-decoders.ts';
import type { OpenEntry, ZipLimits, ZipProblem } from './zip-types.ts';

/** What one read of a zip shares between its entries: the outcome so far, the limits and the running totals. */
export interface ZipRun {
  readonly unzip: Unzip;
  readonly openEntry: OpenEntry;
  readonly limits: ZipLimits;
  readonly files: ExportFile[];
  readonly problems: ZipProblem[];
  readonly state: DecoderState;
  /** Entries started and not yet ended (a truncated zip ends them). */
  readonly open: Set<{ end: (note?: string) => void }>;
  /** Compression methods with a decoder registered. */
  readonly registered: Set<number>;
  entries: number;
  inflatedTotal: number;
  /** Set when a limit for the whole zip is reached: nothing more is read. */
  stop: ZipProblem | null;
}

/** fflate's callback for each entry: started always (fflate keeps the chunks of an entry nobody started). */
export function onZipFile(run: ZipRun, file: UnzipFile): void {
  run.entries++;
  if (run.entries > run.limits.maxEntries) {
    run.stop ??= { level: 'error', code: 'too-many-entries', message: `The zip holds more than ${run.limits.maxEntries} files; the rest was not read.` };
    // Still started, so fflate does not keep its chunks; a counting decoder drops them.
    run.state.wants = false;
    file.ondata = () => undefined;
    register(run, file.compression);
    file.start();
    return;
  }
  const method = file.compression;
  const reader = new EntryReader(run, run.openEntry(file.name), file.originalSize);
  register(run, method);
  if (method !== 0 && method !== 8) reader.note = `compression-${method}-not-read`;
  run.state.wants = reader.sink.wantsBytes && reader.note === null;
  run.open.add(reader);
  file.ondata = (err, data, final) => reader.data(err, data, final);
  run.state.current = null;
  file.start();
  reader.decoder = run.state.current;
}

function register(run: ZipRun, method: number): void {
  if (run.registered.has(method)) return;
  run.registered.add(method);
  run.unzip.register(decoderFor(method, run.state));
}

/** One entry as its bytes arrive: handed to its sink, counted against the limits, ended once. */
class EntryReader {
  note: string | null = null;
  decoder: Decoder | null = null;
  private inflated = 0;
  private done = false;

  constructor(
    private readonly run: ZipRun,
    readonly sink: EntrySink,
    private readonly declared: number | undefined,
  ) {}

  end(why?: string): void {
    if (this.done) return;
    this.done = true;
    this.run.open.delete(this);
    this.run.files.push(this.sink.end(why ?? this.note, this.run.state.wants ? undefined : this.declared));
  }

  data(err: FlateError | null, data: Uint8Array, final: boolean): void {
    if (this.done) return;
    if (err) {
      this.note = 'corrupt-data';
      this.end();
      return;
    }
    if (data.length > 0) {
      if (this.sink.wantsBytes && this.note === null && !this.withinLimits(data.length)) return;
      this.sink.write(data);
    }
    if (final) this.end();
  }

  /** Counts inflated bytes; false when this entry went over its limit (it is then stopped and ended). */
  private withinLimits(length: number): boolean {
    const { run } = this;
    this.inflated += length;
    run.inflatedTotal += length;
    if (this.inflated > run.limits.maxEntryBytes) {
      this.note = 'inflated-too-large';
      run.problems.push({
        level: 'error',
        code: 'zip-bomb',
        message: `A file inflates to more than ${formatBytes(run.limits.maxEntryBytes)}; it was not read further.`,
      });
      const running = this.decoder ?? run.state.current;
      if (running) running.stopped = true;
      this.end();
      return false;
    }
    if (run.inflatedTotal > run.limits.maxTotalBytes)
      run.stop ??= {
        level: 'error',
        code: 'zip-bomb',
        message: `The zip inflates to more than ${formatBytes(run.limits.maxTotalBytes)}; the rest was not read.`,
      };
    return true;
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}
