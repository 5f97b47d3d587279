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
/** The index (version 2) or, as written by version 1, the whole store. */
export const STORE_KEY = 'alexpose.store';
/** When the value under STORE_KEY was unreadable it stays where it is (quarantined) and the index lives under the key named here. */
export const ROOT_POINTER_KEY = 'alexpose.root';
export const CHUNK_PREFIX = 'alexpose.scan.';
export const QUARANTINE_PREFIX = 'alexpose.quarantine.';
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
  return key.length + JSON.stringify(value).length;
}
