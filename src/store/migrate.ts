import type { SourceResult } from '../model/records.ts';
import { CHUNK_PREFIX, STORE_VERSION, decodeChunk, emptyIndex, emptyState, encodeChunk, storedBytes, type ScanMeta, type StoreIndex, type StoreNote, type StoreState, type StoredScan } from './schema.ts';
import { dedupeResults } from './result-key.ts';

export type LoadOutcome =
  | { kind: 'empty'; state: StoreState }
  | { kind: 'ok'; state: StoreState; migratedFrom?: number }
  /** The stored value could not be understood; it must be kept aside, never dropped. */
  | { kind: 'corrupt'; state: StoreState; reason: string };

/** What the root key holds: nothing, a version-1 store (everything inline), a version-2 index, or something unreadable. */
export type RootOutcome =
  | { kind: 'empty' }
  | { kind: 'v1'; state: StoreState }
  | { kind: 'index'; index: StoreIndex }
  | { kind: 'corrupt'; reason: string };

/**
 * Migrations from version N to N+1 of the root value. 1 → 2 is structural (inline results move to chunk
 * keys) and done by the writer (`ScanStore`), which alone may write; readers read version 1 as it is.
 * 2 → 3 changes only how a chunk is written (one JSON string instead of an array): readers read both, so
 * version 2's chunks stay as they are until compaction rewrites them.
 */
export function readRoot(raw: unknown): RootOutcome {
  if (raw === undefined) return { kind: 'empty' };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'corrupt', reason: 'not an object' };
  const data = raw as Record<string, unknown>;
  const from = data['schemaVersion'];
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { kind: 'corrupt', reason: 'no schema version' };
  if (from > STORE_VERSION) return { kind: 'corrupt', reason: `written by a newer version (${from})` };
  if (from === 1) return isV1State(data) ? { kind: 'v1', state: data as unknown as StoreState } : { kind: 'corrupt', reason: 'malformed scans' };
  if (!isIndex(data)) return { kind: 'corrupt', reason: 'malformed scans' };
  return { kind: 'index', index: { ...(data as unknown as StoreIndex), notes: Array.isArray(data['notes']) ? (data['notes'] as StoreNote[]) : [] } };
}

/**
 * The readers' view: each scan's chunks joined, a re-read of the same document replacing the older copy.
 * With `allKeys`, chunks of a scan that its index entry does not name (two worker instances writing at
 * once: the later index lacks the earlier chunk) are read too, in the order they were written.
 */
export function assemble(index: StoreIndex, chunk: (key: string) => unknown, allKeys?: readonly string[]): { state: StoreState; unreadable: string[] } {
  const unreadable: string[] = [];
  const orphans = orphanChunks(index, allKeys ?? []);
  const scans: StoredScan[] = index.scans.map((meta) => {
    const results: SourceResult[] = [];
    const keys = orphans.has(meta.id) ? [...meta.chunks, ...(orphans.get(meta.id) ?? [])].sort((a, b) => chunkSeq(a) - chunkSeq(b)) : meta.chunks;
    for (const key of keys) {
      const value = decodeChunk(chunk(key));
      if (Array.isArray(value) && value.every(isSourceResult)) results.push(...(value));
      else unreadable.push(key);
    }
    return { id: meta.id, accountKey: meta.accountKey, service: meta.service, origin: meta.origin, startedAt: meta.startedAt, updatedAt: meta.updatedAt, results: dedupeResults(results) };
  });
  const notes: StoreNote[] = [...index.notes];
  return { state: { schemaVersion: STORE_VERSION, scans, notes }, unreadable };
}

const chunkSeq = (key: string) => Number(/\.(\d+)(?:-[0-9a-z]+)?$/.exec(key)?.[1] ?? 0);

function orphanChunks(index: StoreIndex, allKeys: readonly string[]): Map<string, string[]> {
  const orphans = new Map<string, string[]>();
  if (allKeys.length === 0) return orphans;
  const named = new Set(index.scans.flatMap((s) => s.chunks));
  const ids = new Set(index.scans.map((s) => s.id));
  for (const key of allKeys) {
    if (!key.startsWith(CHUNK_PREFIX) || named.has(key)) continue;
    const id = key.slice(CHUNK_PREFIX.length, key.lastIndexOf('.'));
    if (ids.has(id)) orphans.set(id, [...(orphans.get(id) ?? []), key]);
  }
  return orphans;
}

/** The root value and its chunks (a `storage.local.get` result) as readers need them. */
export function migrate(raw: unknown, chunk: (key: string) => unknown = () => undefined, allKeys?: readonly string[]): LoadOutcome {
  const root = readRoot(raw);
  if (root.kind === 'empty') return { kind: 'empty', state: emptyState() };
  if (root.kind === 'corrupt') return { kind: 'corrupt', state: emptyState(), reason: root.reason };
  if (root.kind === 'v1') return { kind: 'ok', state: { ...root.state, schemaVersion: STORE_VERSION }, migratedFrom: 1 };
  return { kind: 'ok', state: assemble(root.index, chunk, allKeys).state };
}

function isV1State(data: Record<string, unknown>): boolean {
  const scans = data['scans'];
  return (
    Array.isArray(scans) &&
    scans.every((s: unknown) => isScanHead(s) && Array.isArray((s as Record<string, unknown>)['results']) && ((s as Record<string, unknown>)['results'] as unknown[]).every(isSourceResult))
  );
}

function isIndex(data: Record<string, unknown>): boolean {
  const { scans, notes } = data;
  return (
    Array.isArray(scans) &&
    (notes === undefined || Array.isArray(notes)) &&
    scans.every((s: unknown) => {
      if (!isScanHead(s)) return false;
      const m = s as Record<keyof ScanMeta, unknown>;
      return Array.isArray(m.chunks) && m.chunks.every((k) => typeof k === 'string') && typeof m.chunkSeq === 'number' && typeof m.bytes === 'number' && typeof m.results === 'number';
    })
  );
}

function isScanHead(s: unknown): boolean {
  if (typeof s !== 'object' || s === null) return false;
  const r = s as Record<string, unknown>;
  return typeof r['id'] === 'string' && typeof r['accountKey'] === 'string' && typeof r['updatedAt'] === 'string';
}

export function isSourceResult(r: unknown): r is SourceResult {
  if (typeof r !== 'object' || r === null) return false;
  const { source, records } = r as Record<string, unknown>;
  return (
    typeof source === 'object' &&
    source !== null &&
    typeof (source as Record<string, unknown>)['id'] === 'string' &&
    Array.isArray((source as Record<string, unknown>)['diagnostics']) &&
    typeof records === 'object' &&
    records !== null &&
    !Array.isArray(records)
  );
}

/** A schema-1 store as an index: each scan's results become one chunk, written with the next batch (`items`). */
export function indexFromVersion1(root: Extract<RootOutcome, { kind: 'v1' }>, items: Record<string, unknown>): StoreIndex {
  const index = emptyIndex();
  for (const scan of root.state.scans) {
    const key = `${CHUNK_PREFIX}${scan.id}.0`;
    items[key] = encodeChunk(scan.results);
    const keyFrom = scan.accountKey.endsWith(scan.origin) ? 'fallback' : 'identity';
    index.scans.push({ id: scan.id, accountKey: scan.accountKey, keyFrom, service: scan.service, origin: scan.origin, startedAt: scan.startedAt, updatedAt: scan.updatedAt, chunks: [key], chunkSeq: 1, bytes: storedBytes(key, items[key]), results: scan.results.length });
  }
  return index;
}
