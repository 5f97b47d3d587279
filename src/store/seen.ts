import type { StorageAreaLike } from './storage-area.ts';
import { seenItem } from './storage-keys.ts';

/** Per account, the last scan the user has looked at (the popup marks it). Changes after it are "new". */
export const SEEN_KEY = seenItem.key;

export type Seen = Record<string, string>;

export function loadSeen(area?: StorageAreaLike): Promise<Seen> {
  return seenItem.get(area);
}

export async function markSeen(area: StorageAreaLike, seen: Seen): Promise<void> {
  await seenItem.set(seen, area);
}
