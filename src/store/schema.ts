import type { SourceResult } from '../model/records.ts';
import type { Service } from '../model/diagnostics.ts';

/**
 * Version of what is kept in storage.local. Bump it with a migration in `migrate.ts`; never drop a field.
 * Version 2 keeps a small index under `STORE_KEY` and each batch of results under its own chunk key, so a
 * write costs what the batch costs, not what the whole history costs. Version 1 kept everything in one value.
 * Version 3 writes each chunk as one JSON string (version 2's arrays are still read): Chrome stores and loads
 * a string about five times faster than the same data as nested objects (`npm run bench`).
 */
export const STORE_VERSION = 3;
// The store's keys are declared with every other key in `storage-keys.ts`.
export { STORE_KEY, ROOT_POINTER_KEY, CHUNK_PREFIX, QUARANTINE_PREFIX } from './storage-keys.ts';
/** The store's own ceiling where the browser sets none (unlimitedStorage, Firefox): compaction, then refusal, past it. */
export const STORE_BUDGET_BYTES = 200 * 1024 * 1024;

/** What the user is told about the store itself: nothing is dropped or summarised without one of these. */
export interface StoreNote {
  code: 'store-full' | 'write-failed' | 'compacted' | 'quarantined' | 'chunk-unreadable';
  at: string;
  accountKey?: string;
  /** Results not stored (store-full, write-failed) or scans summarised (compacted). */
  count: number;
  bytes?: number;
  /** Compacted: the oldest and newest scan summarised. */
  from?: string;
  to?: string;
}

/** A scan as the index records it; its results are in `chunks`, oldest first. */
export interface ScanMeta {
  id: string;
  accountKey: string;
  /** `identity`: the account's own profile or device list named it; `fallback`: guessed from the origin, may be corrected once. */
  keyFrom: 'identity' | 'fallback';
  service: Service;
  origin: string;
  startedAt: string;
  updatedAt: string;
  chunks: string[];
  chunkSeq: number;
  /** Bytes of its chunks as storage counts them (key + JSON). */
  bytes: number;
  results: number;
  /** Already looked at by compaction: only changes remain of it. */
  compacted?: boolean;
}

export interface StoreIndex {
  schemaVersion: typeof STORE_VERSION;
  scans: ScanMeta[];
  notes: StoreNote[];
}

export interface StoredScan {
  /** The page visit's session id (content-script scans) or a generated id. */
  id: string;
  /** Scans of the same account are merged into one inventory. */
  accountKey: string;
  service: Service;
  origin: string;
  startedAt: string;
  updatedAt: string;
  results: SourceResult[];
}

/** The store as readers see it, results in place. */
export interface StoreState {
  schemaVersion: number;
  scans: StoredScan[];
  notes?: StoreNote[];
}

export function emptyState(): StoreState {
  return { schemaVersion: STORE_VERSION, scans: [] };
}

export function emptyIndex(): StoreIndex {
  return { schemaVersion: STORE_VERSION, scans: [], notes: [] };
}

/** A chunk as written: its results as one JSON string. */
export function encodeChunk(results: readonly SourceResult[]): string {
  return JSON.stringify(results);
}

/** A chunk as read: a string of version 3 parsed, an array of version 2 as it is; anything else is returned for the caller to reject. */
export function decodeChunk(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** How storage.local counts a value: key length plus its JSON. */
export function storedBytes(key: string, value: unknown): number {
  return key.length + (typeof value === 'string' ? jsonStringLength(value) : JSON.stringify(value).length);
}

/** Characters JSON.stringify escapes other than `"` and `\`: control characters and UTF-16 surrogates (lone ones become \uXXXX). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const RARE_ESCAPES = /[\u0000-\u001f\ud800-\udfff]/;

/**
 * `JSON.stringify(text).length` without building that copy: a chunk is megabytes of JSON text, and its escaped copy
 * was garbage the worker held until V8's next full collection. Counts `"` and `\` with indexOf (one extra character
 * each); only text with control characters or surrogates takes the character-by-character path.
 */
export function jsonStringLength(text: string): number {
  if (RARE_ESCAPES.test(text)) return slowJsonStringLength(text);
  return text.length + 2 + occurrences(text, '"') + occurrences(text, '\\');
}

function occurrences(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++;
  return n;
}

function slowJsonStringLength(text: string): number {
  let n = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) n += 2;
    else if (c < 0x20) n += 6;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      n += 2; // a well-formed pair is kept as it is
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) n += 6;
    else n += 1;
  }
  return n;
}
