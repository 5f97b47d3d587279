import type { ExportFile } from '../../model/export.ts';
import { CsvRows } from './csv-rows.ts';
import { DayRange, dayOf, isDateColumnName } from './date-values.ts';
import { entryKind } from './entry-path.ts';
import { isVoiceAudio, knownTableReader, type FactsDraft, type TableReader } from './known-files.ts';

/**
 * One file of an export as its bytes arrive. A table is read row by row (its rows counted, its date-like columns
 * dated, a known table handed to its reader); a JSON list is parsed when it is small enough; audio, media and
 * unknown files are only counted. `end` gives the file's inventory line. Never throws.
 */
export interface EntrySink {
  /** Whether the bytes are needed; otherwise only their number is. */
  readonly wantsBytes: boolean;
  write(chunk: Uint8Array): void;
  /** `declaredBytes`: the size the zip states, for a file whose bytes were not counted one by one. */
  end(note?: string | null, declaredBytes?: number): ExportFile;
}

/** A JSON file larger than this is counted, not parsed (exports' JSON lists are far smaller). */
const MAX_JSON_BYTES = 16 * 1024 * 1024;

export function openSink(path: string, facts: FactsDraft, unsafe: boolean): EntrySink {
  const kind = entryKind(path);
  if (unsafe) return countingSink(path, 'unsafe-name');
  if (kind === 'csv') return csvSink(path, facts);
  if (kind === 'json') return jsonSink(path);
  if (kind === 'audio') {
    if (isVoiceAudio(path)) {
      const v = facts.voice ?? { files: [], interactions: 0, audioFiles: 0, firstDate: null, lastDate: null };
      facts.voice = { ...v, audioFiles: v.audioFiles + 1 };
    }
    return countingSink(path, 'audio-counted');
  }
  const notes: Record<string, string> = { media: 'media-counted', text: 'text-not-read', archive: 'archive-not-opened', other: 'unknown-type' };
  return countingSink(path, notes[kind] ?? 'unknown-type');
}

function countingSink(path: string, note: string): EntrySink {
  let bytes = 0;
  return {
    wantsBytes: false,
    write: (chunk) => void (bytes += chunk.length),
    end: (extra, declared) => ({
      path,
      bytes: declared !== undefined && declared >= 0 ? declared : bytes,
      rows: null,
      status: 'inventoried',
      firstDate: null,
      lastDate: null,
      note: extra ?? note,
    }),
  };
}

/** Any table: rows counted and dated; a known one also handed to its reader. */
function csvSink(path: string, facts: FactsDraft): EntrySink {
  const known: TableReader | null = knownTableReader(path);
  const decoder = new TextDecoder('utf-8');
  const range = new DayRange();
  let header: string[] | null = null;
  let dateColumns: number[] = [];
  let rows = 0;
  let bytes = 0;
  const csv = new CsvRows((cells) => {
    if (!header) {
      header = cells;
      dateColumns = cells.flatMap((c, i) => (isDateColumnName(c) ? [i] : []));
      known?.header(cells);
      return;
    }
    // A summary footer some Amazon tables carry is not a row (ccpa.party skips it too).
    if (/^File Summary/i.test(cells[0] ?? '')) return;
    rows++;
    if (rows === 1) for (let i = 0; i < cells.length; i++) if (!dateColumns.includes(i) && isPlainDate(cells[i] ?? '')) dateColumns.push(i);
    for (const i of dateColumns) range.add(dayOf(cells[i] ?? ''));
    known?.row(cells);
  });
  return {
    wantsBytes: true,
    write(chunk) {
      bytes += chunk.length;
      csv.push(decoder.decode(chunk, { stream: true }));
    },
    end(note) {
      csv.push(decoder.decode());
      csv.end();
      const read = !note && known !== null && known.finish(facts);
      return {
        path,
        bytes,
        rows,
        status: read ? 'read' : 'inventoried',
        firstDate: range.first,
        lastDate: range.last,
        note: note ?? (csv.malformed ? 'malformed-csv' : header ? null : 'empty-table'),
      };
    },
  };
}

/** A date written as a date (not a bare number, which may be an id): a column of them counts as date-like. */
const isPlainDate = (value: string) => !/^\d+$/.test(value.trim()) && dayOf(value) !== null;

/** A JSON file: parsed when small; its list's length are the rows, dates from date-named keys. */
function jsonSink(path: string): EntrySink {
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  return {
    wantsBytes: true,
    write(chunk) {
      bytes += chunk.length;
      if (bytes <= MAX_JSON_BYTES) chunks.push(chunk.slice());
    },
    end(note) {
      const line: ExportFile = { path, bytes, rows: null, status: 'inventoried', firstDate: null, lastDate: null, note: note ?? null };
      if (note) return line;
      if (bytes > MAX_JSON_BYTES) return { ...line, note: 'json-too-large' };
      let value: unknown;
      try {
        const text = new TextDecoder().decode(concat(chunks, bytes));
        value = JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
      } catch {
        return { ...line, note: 'malformed-json' };
      }
      const list = Array.isArray(value) ? value : longestList(value);
      const range = new DayRange();
      datesIn(value, range, { left: 200_000 });
      return { ...line, rows: list ? list.length : null, firstDate: range.first, lastDate: range.last };
    },
  };
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function longestList(value: unknown): unknown[] | null {
  if (!value || typeof value !== 'object') return null;
  let best: unknown[] | null = null;
  for (const v of Object.values(value as Record<string, unknown>)) if (Array.isArray(v) && (!best || v.length > best.length)) best = v;
  return best;
}

/** Dates under date-named keys, walking at most `budget.left` values. */
function datesIn(value: unknown, range: DayRange, budget: { left: number }, key = ''): void {
  if (budget.left-- <= 0) return;
  if (typeof value === 'string' || typeof value === 'number') {
    if (isDateColumnName(key)) range.add(dayOf(String(value)));
    return;
  }
  if (Array.isArray(value)) for (const v of value) datesIn(v, range, budget, key);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) datesIn(v, range, budget, k);
}
