import type { SourceResult } from '../model/records.ts';
import { CHUNK_PREFIX, STORE_VERSION, decodeChunk, encodeChunk, storedBytes, type StoreIndex } from './schema.ts';
import { dedupeResults } from './result-key.ts';

export interface CollapsePlan {
  index: StoreIndex;
  write: Record<string, string>;
  /** Chunks no longer named by the index; removed only after the new index is written. */
  remove: string[];
}

/**
 * "Keep no history": each account's scans folded into its newest one, which keeps the newest copy of every
 * document (so the account's report stays what it was) and nothing of the states before. Accounts with one scan
 * of one chunk are left alone.
 */
export function planCollapse(index: StoreIndex, accounts: ReadonlySet<string> | null, chunk: (key: string) => unknown): CollapsePlan {
  const next: StoreIndex = { ...index, schemaVersion: STORE_VERSION, scans: index.scans.map((s) => ({ ...s, chunks: [...s.chunks] })), notes: [...index.notes] };
  const write: Record<string, string> = {};
  const remove: string[] = [];
  const byAccount = new Map<string, typeof next.scans>();
  for (const scan of next.scans) if (!accounts || accounts.has(scan.accountKey)) byAccount.set(scan.accountKey, [...(byAccount.get(scan.accountKey) ?? []), scan]);
  const dropped = new Set<string>();
  for (const unsorted of byAccount.values()) {
    const scans = [...unsorted].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    const newest = scans[scans.length - 1];
    if (!newest || (scans.length === 1 && newest.chunks.length <= 1)) continue;
    const results = dedupeResults(
      scans.flatMap((s) =>
        s.chunks.flatMap((key) => {
          const value = decodeChunk(chunk(key));
          return Array.isArray(value) ? (value as SourceResult[]) : [];
        }),
      ),
    );
    const key = `${CHUNK_PREFIX}${newest.id}.${newest.chunkSeq++}-latest`;
    write[key] = encodeChunk(results);
    for (const scan of scans) {
      remove.push(...scan.chunks);
      if (scan !== newest) dropped.add(scan.id);
    }
    newest.chunks = [key];
    newest.bytes = storedBytes(key, write[key]);
    newest.results = results.length;
    newest.startedAt = scans[0]?.startedAt ?? newest.startedAt;
  }
  next.scans = next.scans.filter((s) => !dropped.has(s.id));
  return { index: next, write, remove };
}
