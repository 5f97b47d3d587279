import type { SourceResult } from '../model/records.ts';
import { CHUNK_PREFIX, STORE_VERSION, decodeChunk, encodeChunk, type StoreIndex, type StoreNote, storedBytes } from './schema.ts';
import { dedupeResults, fingerprint, resultKey } from './result-key.ts';

export interface CompactionPlan {
  index: StoreIndex;
  /** New chunks (the changed results of a scan, in one value, encoded as written). */
  write: Record<string, string>;
  /** Chunks no longer named by the index; removed only after the new index is written. */
  remove: string[];
  summarised: number;
}

/**
 * History compaction. Per account, oldest scan first, a result that only repeats what the account already
 * showed for the same document is dropped; a scan left with nothing is summarised in a note. Every change
 * stays (the merged report after each kept scan is what it was), and so do the newest scan of each account,
 * complete, and the scans in `keep` (the ones the user last looked at).
 */
export function planCompaction(
  index: StoreIndex,
  accounts: ReadonlySet<string> | null,
  chunk: (key: string) => unknown,
  keep: ReadonlySet<string>,
  time: string,
  /** False: only drop whole unchanged scans (needs no room for rewritten chunks, for a store that is full). */
  rewrite = true,
): CompactionPlan {
  const next: StoreIndex = { ...index, schemaVersion: STORE_VERSION, scans: index.scans.map((s) => ({ ...s, chunks: [...s.chunks] })), notes: [...index.notes] };
  const write: Record<string, string> = {};
  const remove: string[] = [];
  let summarised = 0;
  const byAccount = new Map<string, typeof next.scans>();
  for (const scan of next.scans) if (!accounts || accounts.has(scan.accountKey)) byAccount.set(scan.accountKey, [...(byAccount.get(scan.accountKey) ?? []), scan]);
  const dropped = new Set<string>();
  for (const [accountKey, unsorted] of byAccount) {
    const scans = [...unsorted].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    const latest = new Map<string, number>();
    let from: string | undefined;
    let to: string | undefined;
    let count = 0;
    scans.forEach((scan, i) => {
      const results = dedupeResults(scan.chunks.flatMap((key) => {
        const value = decodeChunk(chunk(key));
        return Array.isArray(value) ? (value as SourceResult[]) : [];
      }));
      const newest = i === scans.length - 1;
      const kept = results.filter((r) => {
        const key = resultKey(r);
        const print = fingerprint(r);
        const changed = latest.get(key) !== print;
        latest.set(key, print);
        return changed;
      });
      if (newest || keep.has(scan.id)) return;
      if (kept.length === 0) {
        dropped.add(scan.id);
        remove.push(...scan.chunks);
        count++;
        from = from && from < scan.updatedAt ? from : scan.updatedAt;
        to = to && to > scan.updatedAt ? to : scan.updatedAt;
        return;
      }
      if (!rewrite) return;
      scan.compacted = true;
      if (kept.length === results.length && scan.chunks.length === 1) return;
      const key = `${CHUNK_PREFIX}${scan.id}.${scan.chunkSeq++}`;
      write[key] = encodeChunk(kept);
      remove.push(...scan.chunks);
      scan.chunks = [key];
      scan.bytes = storedBytes(key, write[key]);
      scan.results = kept.length;
    });
    if (count > 0) {
      summarised += count;
      mergeCompactedNote(next.notes, { code: 'compacted', at: time, accountKey, count, ...(from ? { from } : {}), ...(to ? { to } : {}) });
    }
  }
  next.scans = next.scans.filter((s) => !dropped.has(s.id));
  return { index: next, write, remove, summarised };
}

/** One compaction note per account, adding up: the user sees how many scans were summarised, and from when to when. */
function mergeCompactedNote(notes: StoreNote[], note: StoreNote): void {
  const earlier = notes.find((n) => n.code === 'compacted' && n.accountKey === note.accountKey);
  if (!earlier) {
    notes.push(note);
    return;
  }
  earlier.count += note.count;
  earlier.at = note.at;
  if (note.from && (!earlier.from || note.from < earlier.from)) earlier.from = note.from;
  if (note.to && (!earlier.to || note.to > earlier.to)) earlier.to = note.to;
}
