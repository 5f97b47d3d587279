import { storageArea } from './browser-storage.ts';
import { erasedAtItem, noHistoryItem } from './storage-keys.ts';
import type { StorageAreaLike } from './storage-area.ts';

/**
 * "Erase everything": every stored key goes, quarantined data included. Two things are written again at once:
 * the time of the erase (captures taken before it and still on their way are not stored after it, see `erased.ts`)
 * and "keep no history" when it was on (a user who must leave no trace would otherwise get a history again).
 */
export async function eraseEverything(area: StorageAreaLike & { clear(): Promise<void> } = storageArea()): Promise<void> {
  const noHistory = await noHistoryItem.get(area);
  await area.clear();
  await erasedAtItem.set(new Date().toISOString(), area);
  if (noHistory) await noHistoryItem.set(true, area);
}
