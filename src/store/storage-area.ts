/** The part of `storage.local` the store uses; tests pass an in-memory fake. */
export interface StorageAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Chrome has it for storage.local; Firefox may not. The store then estimates from its index. */
  getBytesInUse?(keys: string | string[] | null): Promise<number>;
}
