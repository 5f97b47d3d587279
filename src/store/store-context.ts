import type { StorageAreaLike } from './storage-area.ts';
import { rootKeyItem } from './storage-keys.ts';

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

/** What the store's steps share: where it writes, its clock and its limits. */
export interface StoreContext {
  readonly area: StorageAreaLike;
  readonly now: () => string;
  readonly options: StoreOptions;
}

/** The key the index lives under (see `ROOT_POINTER_KEY`) and the value stored there. */
export async function readRootValue(area: StorageAreaLike): Promise<{ rootKey: string; raw: unknown }> {
  const rootKey = await rootKeyItem.get(area);
  return { rootKey, raw: (await area.get(rootKey))[rootKey] };
}
