import type { SourceResult } from '../model/records.ts';
import type { Service } from '../model/diagnostics.ts';
import type { StorageAreaLike } from './storage-area.ts';
import { QUARANTINE_PREFIX, STORE_KEY, type StoreState } from './schema.ts';
import { migrate } from './migrate.ts';
import { amazonAccountKey, ringAccountKey } from './account-key.ts';

/** Sources read page by page from one URL (infinite scroll): each page is kept unless it is the same page again. */
const PAGED_SOURCES = new Set(['amazon.voice-history']);

/** FNV-1a over the records, to tell a re-read of the same document from another page of an endpoint. */
function fingerprint(result: SourceResult): number {
  const text = JSON.stringify(result.records);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export interface ScanUpdate {
  scanId: string;
  service: Service;
  origin: string;
  results: SourceResult[];
}

/**
 * Keeps scans in storage.local under a schema version. Writes are serialised so two snapshots
 * arriving together cannot overwrite each other. Unreadable stored data is moved aside, not lost.
 */
export class ScanStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: StorageAreaLike,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  async load(): Promise<{ state: StoreState; problem?: string }> {
    const raw = (await this.area.get(STORE_KEY))[STORE_KEY];
    const outcome = migrate(raw);
    if (outcome.kind === 'corrupt') {
      return { state: outcome.state, problem: outcome.reason };
    }
    return { state: outcome.state };
  }

  /** Adds results to a scan (created on first use). A repeated read of the same source and location replaces the older one. */
  addResults(update: ScanUpdate): Promise<StoreState> {
    return this.serialised(async () => {
      const state = await this.loadForWrite();
      const time = this.now();
      let scan = state.scans.find((s) => s.id === update.scanId);
      if (!scan) {
        scan = { id: update.scanId, accountKey: '', service: update.service, origin: update.origin, startedAt: time, updatedAt: time, results: [] };
        state.scans.push(scan);
      }
      for (const result of update.results) {
        // The same document read again replaces the older copy; another page of a paged endpoint is kept.
        const paged = PAGED_SOURCES.has(result.source.id);
        const print = paged ? fingerprint(result) : 0;
        const same = scan.results.findIndex((r) => r.source.id === result.source.id && r.source.location === result.source.location && (!paged || fingerprint(r) === print));
        if (same >= 0) scan.results.splice(same, 1);
        scan.results.push(result);
      }
      scan.updatedAt = time;
      scan.accountKey =
        update.service === 'ring'
          ? (ringAccountKey(scan.results) ?? this.lastKeyFor(state, update.origin) ?? `ring:${update.origin}`)
          : (amazonAccountKey(update.origin) ?? `${update.service}:${update.origin}`);
      await this.area.set({ [STORE_KEY]: state });
      return state;
    });
  }

  async clear(): Promise<void> {
    await this.serialised(() => this.area.remove(STORE_KEY));
  }

  private lastKeyFor(state: StoreState, origin: string): string | null {
    const previous = state.scans.filter((s) => s.origin === origin && s.accountKey && !s.accountKey.endsWith(origin));
    return previous.at(-1)?.accountKey ?? null;
  }

  /** Like load, but a corrupt value is copied to a quarantine key before the store starts afresh. */
  private async loadForWrite(): Promise<StoreState> {
    const raw = (await this.area.get(STORE_KEY))[STORE_KEY];
    const outcome = migrate(raw);
    if (outcome.kind === 'corrupt') {
      await this.area.set({ [`${QUARANTINE_PREFIX}${this.now()}`]: { reason: outcome.reason, raw } });
    }
    return outcome.state;
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
