import type { StorageAreaLike } from './storage-area.ts';

/**
 * `area` with one read of everything shared by its callers: the badge and the popup summary, recomputed one after
 * the other, read a large store once instead of twice (on a 10,000-device account that read is megabytes of
 * chunks). Other reads and every write go to `area` itself; use it for one recomputation only.
 */
export function sharingOneFullRead(area: StorageAreaLike): StorageAreaLike {
  let everything: Promise<Record<string, unknown>> | null = null;
  return {
    get: (keys) => (keys === null ? (everything ??= area.get(null)) : area.get(keys)),
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
    ...(area.getBytesInUse ? { getBytesInUse: (keys: string | string[] | null) => area.getBytesInUse!(keys) } : {}),
  };
}
