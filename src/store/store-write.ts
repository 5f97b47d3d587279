import type { SourceResult } from '../model/records.ts';
import { logError } from '../model/log-error.ts';
import { FRESH_ROOT_PREFIX } from './storage-keys.ts';
import { CHUNK_PREFIX, QUARANTINE_PREFIX, ROOT_POINTER_KEY, STORE_VERSION, emptyIndex, storedBytes, encodeChunk, type ScanMeta, type StoreIndex, type StoreNote } from './schema.ts';
import { indexFromVersion1, readRoot } from './migrate.ts';
import { placeUpdate, type ScanUpdate } from './place-update.ts';
import { addNote } from './store-notes.ts';
import { compactAccounts } from './store-upkeep.ts';
import { readRootValue, type StoreContext } from './store-context.ts';
import type { StorageAreaLike } from './storage-area.ts';

export interface WriteOutcome {
  stored: boolean;
  /** The scans the results went to: results naming another account than the scan's go to a scan of their own. */
  scanIds: string[];
  problem?: 'store-full' | 'write-failed';
}

/** Kept free by batches so that the note saying a batch did not fit always fits. */
const NOTE_RESERVE_BYTES = 8 * 1024;

/**
 * Writes one batch: one chunk per scan it touches plus the index, in one `set`. Checks the quota first; a batch that
 * cannot fit even after compaction is refused with the previous state intact and a note. Unreadable stored data
 * stays where it is (quarantine needs no second copy) and the store starts afresh beside it.
 */
export async function writeUpdates(ctx: StoreContext, updates: ScanUpdate[], afterCompaction: boolean): Promise<{ outcomes: WriteOutcome[]; touched: Set<string> }> {
  const time = ctx.now();
  const { rootKey, raw } = await readRootValue(ctx.area);
  const root = readRoot(raw);
  const items: Record<string, unknown> = {};
  let writeKey = rootKey;
  let index: StoreIndex;
  if (root.kind === 'index') index = root.index;
  else if (root.kind === 'v1') index = indexFromVersion1(root, items);
  else if (root.kind === 'empty') index = emptyIndex();
  else {
    // Unreadable or newer: left untouched where it is, named in a quarantine record; the store starts afresh beside it.
    writeKey = `${FRESH_ROOT_PREFIX}${time}`;
    items[`${QUARANTINE_PREFIX}${time}`] = { reason: root.reason, at: time, keys: [rootKey] };
    items[ROOT_POINTER_KEY] = writeKey;
    index = emptyIndex();
    addNote(index, { code: 'quarantined', at: time, count: 1 });
  }
  const previous = root.kind === 'index' ? (JSON.parse(JSON.stringify(index)) as StoreIndex) : null;

  const outcomes: WriteOutcome[] = [];
  const batches = new Map<ScanMeta, SourceResult[]>();
  for (const update of updates) {
    const ids: string[] = [];
    for (const [meta, results] of placeUpdate(index, update, time)) {
      batches.set(meta, [...(batches.get(meta) ?? []), ...results]);
      ids.push(meta.id);
    }
    outcomes.push({ stored: true, scanIds: ids });
  }
  let added = 0;
  let addedResults = 0;
  const touched = new Set<string>();
  // The new chunks' strings, kept apart from `items` so that they can be let go of once handed to storage.
  const chunks = new Map<string, string>();
  for (const [meta, results] of batches) {
    // The random tail keeps a chunk from being overwritten should two worker instances ever write at once.
    const key = `${CHUNK_PREFIX}${meta.id}.${meta.chunkSeq++}${randomTail()}`;
    const bytes = encodeInto(chunks, key, results);
    meta.chunks.push(key);
    meta.bytes += bytes;
    meta.results += results.length;
    meta.updatedAt = time;
    added += bytes;
    addedResults += results.length;
    touched.add(meta.accountKey);
  }

  const quota = ctx.options.quotaBytes;
  if (quota !== undefined) {
    const used = await bytesInUse(ctx, previous);
    const rootBefore = root.kind === 'empty' ? 0 : storedBytes(rootKey, raw);
    const projected = used + added + storedBytes(writeKey, index) - (writeKey === rootKey ? rootBefore : 0) + Object.entries(items).filter(([k]) => !k.startsWith(CHUNK_PREFIX)).reduce((n, [k, v]) => n + storedBytes(k, v), 0);
    if (projected > quota - NOTE_RESERVE_BYTES) {
      if (!afterCompaction && previous && (await compactAccounts(ctx, null).catch((error: unknown) => (logError('store: compact to make room', error), 0))) > 0) return writeUpdates(ctx, updates, true);
      await saveNote(ctx.area, rootKey, previous, { code: 'store-full', at: time, count: addedResults, bytes: added, ...accountOf(touched) });
      return { outcomes: updates.map(() => ({ stored: false, scanIds: [], problem: 'store-full' })), touched: new Set() };
    }
  }
  // An index that names a string chunk is version 3, whatever it was read as: an older reader must keep it aside, not misread it.
  index.schemaVersion = STORE_VERSION;
  try {
    const writing = startWrite(ctx.area, items, chunks, writeKey, index);
    // From here the strings are the browser's. Not holding them while the write is under way keeps them young garbage:
    // a young collection meanwhile (the write's own storage.onChanged event arrives now, megabytes of it) would
    // otherwise move them to the old generation, where they stay until V8's next full collection.
    chunks.clear();
    await writing;
  } catch (error) {
    // A refused set writes nothing: the previous state stands, and the user is told.
    logError('store: write', error);
    await saveNote(ctx.area, rootKey, previous, { code: 'write-failed', at: time, count: addedResults, bytes: added, ...accountOf(touched) });
    return { outcomes: updates.map(() => ({ stored: false, scanIds: [], problem: 'write-failed' })), touched: new Set() };
  }
  return { outcomes, touched };
}

/** What storage holds now: the browser's count, or the index's sum under the store's own budget. */
async function bytesInUse(ctx: StoreContext, index: StoreIndex | null): Promise<number> {
  if (ctx.area.getBytesInUse && ctx.options.usage !== 'index') {
    try {
      return await ctx.area.getBytesInUse(null);
    } catch {
      // fall through to the estimate
    }
  }
  return (index?.scans ?? []).reduce((n, s) => n + s.bytes, 0);
}

/** Keeps the previous index and adds a note to it (small, so it fits where the batch did not). */
async function saveNote(area: StorageAreaLike, rootKey: string, previous: StoreIndex | null, note: StoreNote): Promise<void> {
  if (!previous) return;
  addNote(previous, note);
  await area.set({ [rootKey]: previous }).catch((error: unknown) => logError('store: write note', error));
}

/** Encodes one chunk into `chunks` and returns its stored size; the string is referenced from `chunks` only. */
function encodeInto(chunks: Map<string, string>, key: string, results: readonly SourceResult[]): number {
  const value = encodeChunk(results);
  chunks.set(key, value);
  return storedBytes(key, value);
}

/** The one `set` of a batch: the other items, the new chunks and the index. The object handed over is not kept here. */
function startWrite(area: StorageAreaLike, items: Record<string, unknown>, chunks: Map<string, string>, writeKey: string, index: StoreIndex): Promise<void> {
  return area.set({ ...items, ...Object.fromEntries(chunks), [writeKey]: index });
}

function randomTail(): string {
  return `-${Math.floor(Math.random() * 0x100000).toString(36)}`;
}

function accountOf(touched: Set<string>): { accountKey?: string } {
  const first = [...touched][0];
  return first ? { accountKey: first } : {};
}
