import * as v from 'valibot';
import type { StorageAreaLike } from './storage-area.ts';

export type AreaName = 'local' | 'session';
export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** The browser's storage, as items use it when given no area. */
export interface BrowserStorage {
  storageArea(name: AreaName): StorageAreaLike;
  onAreaChanged(area: AreaName, listener: (changes: StorageChanges) => void, signal?: AbortSignal): () => void;
}

/**
 * Set by `browser-storage.ts` when it loads (`browser-items.ts` imports it for the UI and the background). Not imported
 * here: the polyfill throws outside an extension, and the store's own modules also run in Node (e2e set-up, bench).
 */
let browserStorage: BrowserStorage | null = null;

export function provideBrowserStorage(storage: BrowserStorage): void {
  browserStorage = storage;
}

function theBrowsers(): BrowserStorage {
  if (!browserStorage) throw new Error('storage item used without an area before store/browser-storage.ts was loaded');
  return browserStorage;
}

/**
 * One stored value under one key, read through its schema (after fregante's `webext-storage` `StorageItem`): a
 * missing or malformed value reads as the item's fallback, never as a cast. Every item is declared in `storage-keys.ts`.
 * The functions take an area for the store's own code and tests; without one they use the browser's.
 */
export interface StorageItem<T> {
  readonly key: string;
  readonly area: AreaName;
  /** A value already read (from a `get(null)` snapshot or a change's `newValue`), validated. */
  parse(raw: unknown): T;
  get(area?: StorageAreaLike): Promise<T>;
  set(value: T, area?: StorageAreaLike): Promise<void>;
  remove(area?: StorageAreaLike): Promise<void>;
  /** Calls `callback` with the new value (the fallback when removed) whenever this key changes. */
  onChanged(callback: (value: T) => void, signal?: AbortSignal): () => void;
}

export function storageItem<const S extends v.GenericSchema>(area: AreaName, key: string, schema: S, fallback: () => v.InferOutput<S>): StorageItem<v.InferOutput<S>> {
  type T = v.InferOutput<S>;
  const parse = (raw: unknown): T => {
    if (raw === undefined) return fallback();
    const result = v.safeParse(schema, raw);
    return result.success ? result.output : fallback();
  };
  const where = (given?: StorageAreaLike) => given ?? theBrowsers().storageArea(area);
  return {
    key,
    area,
    parse,
    get: async (given) => parse((await where(given).get(key))[key]),
    set: (value: T, given) => where(given).set({ [key]: value }),
    remove: (given) => where(given).remove(key),
    onChanged: (callback, signal) =>
      theBrowsers().onAreaChanged(
        area,
        (changes) => {
          if (key in changes) callback(parse(changes[key]?.newValue));
        },
        signal,
      ),
  };
}
