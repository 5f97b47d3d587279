import browser from 'webextension-polyfill';
import type { StorageAreaLike } from './storage-area.ts';
import { provideBrowserStorage, type AreaName, type StorageChanges } from './storage-item.ts';

export type { AreaName, StorageChanges };

/**
 * The one place that touches the browser's storage API (`test/unit/store/storage-keys-meta.test.ts` keeps it so).
 * Areas are looked up on each call, not kept: tests load the UI afresh with its own copy of the browser fake.
 */

/** `storage.local` (or `storage.session`) as the store's functions take it. */
export function storageArea(name: AreaName = 'local'): StorageAreaLike & { clear(): Promise<void> } {
  return browser.storage[name];
}

/** What `storage.local` may hold in all, where the browser says (Chrome without `unlimitedStorage`); undefined elsewhere. */
export function localQuotaBytes(): number | undefined {
  return (browser.storage.local as { QUOTA_BYTES?: number }).QUOTA_BYTES;
}

/** Calls `listener` for every change in `area`, with the keys that changed, until the returned function or `signal` stops it. */
export function onAreaChanged(area: AreaName, listener: (changes: StorageChanges) => void, signal?: AbortSignal): () => void {
  const wrapped = (changes: StorageChanges, name: string) => {
    if (name === area) listener(changes);
  };
  browser.storage.onChanged.addListener(wrapped);
  const stop = () => browser.storage.onChanged.removeListener(wrapped);
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}

// Items given no area use these (see storage-item.ts).
provideBrowserStorage({ storageArea, onAreaChanged });
