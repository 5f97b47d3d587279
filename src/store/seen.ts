import type { StorageAreaLike } from './storage-area.ts';

/** Per account, the last scan the user has looked at (the popup marks it). Changes after it are "new". */
export const SEEN_KEY = 'alexpose.seen';

export type Seen = Record<string, string>;

export async function loadSeen(area: StorageAreaLike): Promise<Seen> {
  const value = (await area.get(SEEN_KEY))[SEEN_KEY];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export async function markSeen(area: StorageAreaLike, seen: Seen): Promise<void> {
  await area.set({ [SEEN_KEY]: seen });
}

/** Whether the user turned on browser notifications for changes (needs the optional "notifications" permission). */
export const ALERTS_KEY = 'alexpose.alerts';
