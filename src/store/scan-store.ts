import { capturedAfterErase } from './erased.ts';
import { logError } from '../model/log-error.ts';
import type { StorageAreaLike } from './storage-area.ts';
import { CHUNK_PREFIX, STORE_VERSION, emptyState, type StoreState } from './schema.ts';
import { assemble, readRoot } from './migrate.ts';
import type { ScanUpdate } from './place-update.ts';
import { ROOT_POINTER_KEY, STORE_KEY, erasedAtItem } from './storage-keys.ts';
import { readRootValue, type StoreContext, type StoreOptions } from './store-context.ts';
import { writeUpdates, type WriteOutcome } from './store-write.ts';
import { collapseAccounts, compactAccounts, compactIfDue } from './store-upkeep.ts';

export type { ScanUpdate } from './place-update.ts';
export type { StoreOptions } from './store-context.ts';
export type { WriteOutcome } from './store-write.ts';

const DEFAULT_BATCH = 2000;

interface Pending {
  update: ScanUpdate;
  done: (outcome: WriteOutcome) => void;
}

/**
 * The only writer of scans (the background owns one; every other page asks it). Results arriving while a
 * write is under way are batched into the next one, and a batch writes one chunk per scan it touches plus
 * the small index (`store-write.ts`), so storing costs what arrived, not what is stored. Before writing it checks
 * the quota; a batch that cannot fit, even after compaction (`store-upkeep.ts`), is refused with the previous state
 * intact and a note the popup shows. Unreadable stored data stays where it is (quarantine needs no second copy).
 */
export class ScanStore {
  private queue: Promise<unknown> = Promise.resolve();
  private pending: Pending[] = [];
  private scheduled = false;
  private readonly context: StoreContext;

  constructor(
    private readonly area: StorageAreaLike,
    now: () => string = () => new Date().toISOString(),
    private readonly options: StoreOptions = {},
  ) {
    this.context = { area, now, options };
  }

  async load(): Promise<{ state: StoreState; problem?: string }> {
    const { raw } = await readRootValue(this.area);
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
      const { raw } = await readRootValue(this.area);
      const root = readRoot(raw);
      const chunks = root.kind === 'index' ? root.index.scans.flatMap((s) => s.chunks) : [];
      const all = Object.keys(await this.area.get(null)).filter((k) => k.startsWith(CHUNK_PREFIX) || k.startsWith(STORE_KEY) || k === ROOT_POINTER_KEY);
      await this.area.remove([...new Set([STORE_KEY, ROOT_POINTER_KEY, ...chunks, ...all])]);
    });
  }

  /** Compacts every account's history now (also done on its own as history grows, and when a write would not fit). */
  compact(): Promise<number> {
    return this.serialised(() => compactAccounts(this.context, null));
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
      const erasedAt = await erasedAtItem.get(this.area);
      const updates = batch.map((p) => ({ ...p.update, results: capturedAfterErase(p.update.results, erasedAt) }));
      const kept = updates.filter((u) => u.results.length > 0);
      const written = kept.length > 0 ? await writeUpdates(this.context, kept, false) : { outcomes: [], touched };
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
    if (noHistory) await collapseAccounts(this.context, touched).catch((error: unknown) => logError('store: keep no history', error));
    else await compactIfDue(this.context, touched).catch((error: unknown) => logError('store: compact', error));
  }

  /** Keeps only the latest state of each account (all of them when `null`) and drops the "last looked at" mark. */
  keepNoHistory(accounts: Set<string> | null = null): Promise<void> {
    return this.serialised(() => collapseAccounts(this.context, accounts));
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
