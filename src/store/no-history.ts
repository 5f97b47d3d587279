import type { StorageAreaLike } from './storage-area.ts';
import { noHistoryItem } from './storage-keys.ts';

/**
 * "Keep no history": for someone who must assume another person may look at their browser. While it is on, the
 * store keeps only the latest state of each account (every write folds the account's scans into one), no
 * "last looked at" mark, and the badge stays empty. It does not hide the extension or the latest state.
 */
export const NO_HISTORY_KEY = noHistoryItem.key;

export function loadNoHistory(area?: StorageAreaLike): Promise<boolean> {
  return noHistoryItem.get(area);
}
