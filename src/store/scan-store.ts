import { ERASED_AT_KEY, capturedAfterErase } from './erased.ts';
import type { SourceResult } from '../model/records.ts';
import { logError } from '../model/log-error.ts';
import type { StorageAreaLike } from './storage-area.ts';
import {
  CHUNK_PREFIX,
  QUARANTINE_PREFIX,
  ROOT_POINTER_KEY,
  STORE_KEY,
  STORE_VERSION,
  emptyIndex,
  emptyState,
  storedBytes,
  encodeChunk,
  type ScanMeta,
  type StoreIndex,
  type StoreNote,
  type StoreState,
} from './schema.ts';
import { assemble, indexFromVersion1, readRoot } from './migrate.ts';
import { placeUpdate, type ScanUpdate } from './place-update.ts';

export type { ScanUpdate } from './place-update.ts';
import { addNote } from './store-notes.ts';
import { planCompaction } from './compact.ts';
import { SEEN_KEY } from './seen.ts';
import { planCollapse } from './collapse.ts';


export interface WriteOutcome {
  stored: boolean;
  /** The scans the results went to: results naming another account than the scan's go to a scan of their own. */
  scanIds: string[];
  problem?: 'store-full' | 'write-failed';
}

export interface StoreOptions {
  /** What storage.local may hold in all (its quota, or the store's own budget). Unset: no check before writing. */
  quotaBytes?: number;
  /**
   * 'browser' asks storage for its count before each write (exact, but it reads the whole area); 'index' sums
   * what the index records, for a budget of the store's own where a few kilobytes of other keys do not matter.
   */
  usage?: 'browser' | 'index';
  /** Most results one batch writes. */
  maxBatchResults?: number;
  /** An account's history is compacted once it has this many scans compaction has not looked at. */
  compactAfter?: number;
  /** Asked after each write: true ("keep no history") folds the accounts written into one scan each. */
  keepNoHistory?: () => Promise<boolean>;
}

/** Kept free by batches so that the note saying a batch did not fit always fits. */
const NOTE_RESERVE_BYTES = 8 * 1024;
const DEFAULT_BATCH = 2000;
const DEFAULT_COMPACT_AFTER = 12;

interface Pending {
  update: ScanUpdate;
  done: (outcome: WriteOutcome) => void;
}

/**
 * The only writer of scans (the background owns one; every other page asks it). Results arriving while a
 * write is under way are batched into the next one, and a batch writes one chunk per scan it touches plus
 * the small index, so storing costs what arrived, not what is stored. Before writing it checks the quota;
 * a batch that cannot fit, even after compaction, is refused with the previous state intact and a note
 * the popup shows. Unreadable stored data stays where it is (quarantine needs no second copy).
 */
export class ScanStore {
  private queue: Promise<unknown> = Promise.resolve();
  private pending: Pending[] = [];
  private scheduled = false;

  constructor(
    private readonly area: StorageAreaLike,
    private readonly now: () => string = () => new Date().toISOString(),
    private readonly options: StoreOptions = {},
  ) {}

  async load(): Promise<{ state: StoreState; problem?: string }> {
    const { raw } = await this.readRootValue();
    const root = readRoot(raw);
    if (root.kind === 'empty') return { state: emptyState() };
    if (root.kind === 'corrupt') return { state: emptyState(), problem: root.reason };
    if (root.kind === 'v1') return { state: { ...root.state, schemaVersion: STORE_VERSION } };
    // Everything, not only the named chunks: a chunk a concurrent index write left unnamed is read too.
    const chunks = await this.area.get(null);
    const { state, unreadable } = assemble(root.index, (key) => chunks[key], Object.keys(chunks));
    return unreadable.length > 0 ? { state, problem: `${unreadable.length} unreadable chunks` } : { state };
  }

  /** Adds results to a scan (created on first use). A repeated read of the same document replaces the older one. */
  addResults(update: ScanUpdate): Promise<WriteOutcome> {
    return new Promise((done) => {
      this.pending.push({ update, done });
      this.schedule();
    });
  }

  /** Resolves when everything queued so far is written (and compacted). */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  async clear(): Promise<void> {
    await this.serialised(async () => {
      const { raw } = await this.readRootValue();
      const root = readRoot(raw);
      const chunks = root.kind === 'index' ? root.index.scans.flatMap((s) => s.chunks) : [];
      const all = Object.keys(await this.area.get(null)).filter((k) => k.startsWith(CHUNK_PREFIX) || k.startsWith(STORE_KEY) || k === ROOT_POINTER_KEY);
      await this.area.remove([...new Set([STORE_KEY, ROOT_POINTER_KEY, ...chunks, ...all])]);
    });
  }

  /** Compacts every account's history now (also done on its own as history grows, and when a write would not fit). */
  compact(): Promise<number> {
    return this.serialised(() => this.compactAccounts(null));
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    void this.serialised(async () => {
      this.scheduled = false;
      await this.writeBatch();
    });
  }

  private async writeBatch(): Promise<void> {
    const batch: Pending[] = [];
    let size = 0;
    const max = this.options.maxBatchResults ?? DEFAULT_BATCH;
    while (this.pending.length > 0 && (batch.length === 0 || size + (this.pending[0]?.update.results.length ?? 0) <= max)) {
      const next = this.pending.shift() as Pending;
      size += next.update.results.length;
      batch.push(next);
    }
    let outcomes: WriteOutcome[];
    let touched = new Set<string>();
    try {
      // Captured before "Erase everything" but arriving after it: dropped, inside the write queue, so nothing queued
      // before the erase is written after it.
      const erasedAt = (await this.area.get(ERASED_AT_KEY))[ERASED_AT_KEY];
      const updates = batch.map((p) => ({ ...p.update, results: capturedAfterErase(p.update.results, erasedAt) }));
      const kept = updates.filter((u) => u.results.length > 0);
      const written = kept.length > 0 ? await this.writeUpdates(kept, false) : { outcomes: [], touched };
      touched = written.touched;
      let next = 0;
      outcomes = updates.map((u) => (u.results.length > 0 ? (written.outcomes[next++] as WriteOutcome) : { stored: false, scanIds: [] }));
    } catch (error) {
      logError('store: write', error);
      outcomes = batch.map(() => ({ stored: false, scanIds: [], problem: 'write-failed' }));
    }
    batch.forEach((p, i) => p.done(outcomes[i] as WriteOutcome));
    if (this.pending.length > 0) this.schedule();
    if (touched.size === 0) return;
    const noHistory = await (this.options.keepNoHistory?.() ?? Promise.resolve(false)).catch(() => false);
    if (noHistory) await this.collapseAccounts(touched).catch((error: unknown) => logError('store: keep no history', error));
    else await this.compactIfDue(touched).catch((error: unknown) => logError('store: compact', error));
  }

  /** Keeps only the latest state of each account (all of them when `null`) and drops the "last looked at" mark. */
  keepNoHistory(accounts: Set<string> | null = null): Promise<void> {
    return this.serialised(() => this.collapseAccounts(accounts));
  }

  private async collapseAccounts(accounts: Set<string> | null): Promise<void> {
    const { rootKey, raw } = await this.readRootValue();
    const root = readRoot(raw);
    if (root.kind !== 'index') return;
    const scans = root.index.scans.filter((s) => !accounts || accounts.has(s.accountKey));
    const chunks = await this.area.get(scans.flatMap((s) => s.chunks));
    const plan = planCollapse(root.index, accounts, (key) => chunks[key]);
    if (plan.remove.length > 0) {
      await this.area.set({ ...plan.write, [rootKey]: plan.index });
      await this.area.remove(plan.remove);
    }
    await this.area.remove(SEEN_KEY);
  }

  private async writeUpdates(updates: ScanUpdate[], afterCompaction: boolean): Promise<{ outcomes: WriteOutcome[]; touched: Set<string> }> {
    const time = this.now();
    const { rootKey, raw } = await this.readRootValue();
    const root = readRoot(raw);
    const items: Record<string, unknown> = {};
    let writeKey = rootKey;
    let index: StoreIndex;
    if (root.kind === 'index') index = root.index;
    else if (root.kind === 'v1') index = indexFromVersion1(root, items);
    else if (root.kind === 'empty') index = emptyIndex();
    else {
      // Unreadable or newer: left untouched where it is, named in a quarantine record; the store starts afresh beside it.
      writeKey = `${STORE_KEY}.${time}`;
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
    for (const [meta, results] of batches) {
      // The random tail keeps a chunk from being overwritten should two worker instances ever write at once.
      const key = `${CHUNK_PREFIX}${meta.id}.${meta.chunkSeq++}${randomTail()}`;
      const value = encodeChunk(results);
      const bytes = storedBytes(key, value);
      items[key] = value;
      meta.chunks.push(key);
      meta.bytes += bytes;
      meta.results += results.length;
      meta.updatedAt = time;
      added += bytes;
      addedResults += results.length;
      touched.add(meta.accountKey);
    }

    const quota = this.options.quotaBytes;
    if (quota !== undefined) {
      const used = await this.bytesInUse(previous);
      const rootBefore = root.kind === 'empty' ? 0 : storedBytes(rootKey, raw);
      const projected = used + added + storedBytes(writeKey, index) - (writeKey === rootKey ? rootBefore : 0) + Object.entries(items).filter(([k]) => !k.startsWith(CHUNK_PREFIX)).reduce((n, [k, v]) => n + storedBytes(k, v), 0);
      if (projected > quota - NOTE_RESERVE_BYTES) {
        if (!afterCompaction && previous && (await this.compactAccounts(null).catch((error: unknown) => (logError('store: compact to make room', error), 0))) > 0) return this.writeUpdates(updates, true);
        await this.saveNote(rootKey, previous, { code: 'store-full', at: time, count: addedResults, bytes: added, ...accountOf(touched) });
        return { outcomes: updates.map(() => ({ stored: false, scanIds: [], problem: 'store-full' })), touched: new Set() };
      }
    }
    // An index that names a string chunk is version 3, whatever it was read as: an older reader must keep it aside, not misread it.
    index.schemaVersion = STORE_VERSION;
    try {
      await this.area.set({ ...items, [writeKey]: index });
    } catch (error) {
      // A refused set writes nothing: the previous state stands, and the user is told.
      logError('store: write', error);
      await this.saveNote(rootKey, previous, { code: 'write-failed', at: time, count: addedResults, bytes: added, ...accountOf(touched) });
      return { outcomes: updates.map(() => ({ stored: false, scanIds: [], problem: 'write-failed' })), touched: new Set() };
    }
    return { outcomes, touched };
  }

  private async bytesInUse(index: StoreIndex | null): Promise<number> {
    if (this.area.getBytesInUse && this.options.usage !== 'index') {
      try {
        return await this.area.getBytesInUse(null);
      } catch {
        // fall through to the estimate
      }
    }
    return (index?.scans ?? []).reduce((n, s) => n + s.bytes, 0);
  }

  /** Keeps the previous index and adds a note to it (small, so it fits where the batch did not). */
  private async saveNote(rootKey: string, previous: StoreIndex | null, note: StoreNote): Promise<void> {
    if (!previous) return;
    addNote(previous, note);
    await this.area.set({ [rootKey]: previous }).catch((error: unknown) => logError('store: write note', error));
  }

  private async compactIfDue(accounts: Set<string>): Promise<void> {
    const { raw } = await this.readRootValue();
    const root = readRoot(raw);
    if (root.kind !== 'index') return;
    const after = this.options.compactAfter ?? DEFAULT_COMPACT_AFTER;
    const due = [...accounts].filter((a) => root.index.scans.filter((s) => s.accountKey === a && !s.compacted).length > after);
    if (due.length > 0) await this.compactAccounts(new Set(due));
  }

  /** Returns the number of scans summarised. */
  private async compactAccounts(accounts: Set<string> | null): Promise<number> {
    const { rootKey, raw } = await this.readRootValue();
    const root = readRoot(raw);
    if (root.kind !== 'index') return 0;
    const scans = root.index.scans.filter((s) => !accounts || accounts.has(s.accountKey));
    const chunks = await this.area.get([...scans.flatMap((s) => s.chunks), SEEN_KEY]);
    const seen = chunks[SEEN_KEY];
    const keep = new Set(typeof seen === 'object' && seen !== null ? Object.values(seen).filter((v): v is string => typeof v === 'string') : []);
    const time = this.now();
    let plan = planCompaction(root.index, accounts, (key) => chunks[key], keep, time);
    if (plan.remove.length === 0) return 0;
    try {
      await this.area.set({ ...plan.write, [rootKey]: plan.index });
    } catch {
      // No room even for the smaller rewritten chunks: drop only the wholly unchanged scans, which needs none.
      plan = planCompaction(root.index, accounts, (key) => chunks[key], keep, time, false);
      if (plan.remove.length === 0) return 0;
      await this.area.set({ [rootKey]: plan.index });
    }
    await this.area.remove(plan.remove);
    return Math.max(plan.summarised, 1);
  }

  private async readRootValue(): Promise<{ rootKey: string; raw: unknown }> {
    const pointer = (await this.area.get(ROOT_POINTER_KEY))[ROOT_POINTER_KEY];
    const rootKey = typeof pointer === 'string' && pointer.startsWith(`${STORE_KEY}.`) ? pointer : STORE_KEY;
    return { rootKey, raw: (await this.area.get(rootKey))[rootKey] };
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function randomTail(): string {
  return `-${Math.floor(Math.random() * 0x100000).toString(36)}`;
}

function accountOf(touched: Set<string>): { accountKey?: string } {
  const first = [...touched][0];
  return first ? { accountKey: first } : {};
}
