/**
 * Memo tables keyed by several values without building a key string per lookup: one Map per level, each keyed by
 * the value itself (Map's SameValueZero: `1` and `"1"` are different keys, so no value can pass for another).
 */
export type MemoBranch = Map<unknown, unknown>;

/** The table under `key`, made when first asked. */
export function branch(table: MemoBranch, key: unknown): MemoBranch {
  let next = table.get(key) as MemoBranch | undefined;
  if (!next) table.set(key, (next = new Map()));
  return next;
}
