import { readRoot } from './migrate.ts';
import { planCompaction } from './compact.ts';
import { planCollapse } from './collapse.ts';
import { seenItem } from './storage-keys.ts';
import { readRootValue, type StoreContext } from './store-context.ts';

const DEFAULT_COMPACT_AFTER = 12;

/** Compacts the accounts written whose history has grown past `compactAfter` scans compaction has not looked at. */
export async function compactIfDue(ctx: StoreContext, accounts: Set<string>): Promise<void> {
  const { raw } = await readRootValue(ctx.area);
  const root = readRoot(raw);
  if (root.kind !== 'index') return;
  const after = ctx.options.compactAfter ?? DEFAULT_COMPACT_AFTER;
  const due = [...accounts].filter((a) => root.index.scans.filter((s) => s.accountKey === a && !s.compacted).length > after);
  if (due.length > 0) await compactAccounts(ctx, new Set(due));
}

/** Returns the number of scans summarised. */
export async function compactAccounts(ctx: StoreContext, accounts: Set<string> | null): Promise<number> {
  const { rootKey, raw } = await readRootValue(ctx.area);
  const root = readRoot(raw);
  if (root.kind !== 'index') return 0;
  const scans = root.index.scans.filter((s) => !accounts || accounts.has(s.accountKey));
  const chunks = await ctx.area.get([...scans.flatMap((s) => s.chunks), seenItem.key]);
  // The scans the user last looked at stay whole.
  const keep = new Set(Object.values(seenItem.parse(chunks[seenItem.key])));
  const time = ctx.now();
  let plan = planCompaction(root.index, accounts, (key) => chunks[key], keep, time);
  if (plan.remove.length === 0) return 0;
  try {
    await ctx.area.set({ ...plan.write, [rootKey]: plan.index });
  } catch {
    // No room even for the smaller rewritten chunks: drop only the wholly unchanged scans, which needs none.
    plan = planCompaction(root.index, accounts, (key) => chunks[key], keep, time, false);
    if (plan.remove.length === 0) return 0;
    await ctx.area.set({ [rootKey]: plan.index });
  }
  await ctx.area.remove(plan.remove);
  return Math.max(plan.summarised, 1);
}

/** Keeps only the latest state of each account (all of them when `null`) and drops the "last looked at" mark. */
export async function collapseAccounts(ctx: StoreContext, accounts: Set<string> | null): Promise<void> {
  const { rootKey, raw } = await readRootValue(ctx.area);
  const root = readRoot(raw);
  if (root.kind !== 'index') return;
  const scans = root.index.scans.filter((s) => !accounts || accounts.has(s.accountKey));
  const chunks = await ctx.area.get(scans.flatMap((s) => s.chunks));
  const plan = planCollapse(root.index, accounts, (key) => chunks[key]);
  if (plan.remove.length > 0) {
    await ctx.area.set({ ...plan.write, [rootKey]: plan.index });
    await ctx.area.remove(plan.remove);
  }
  await seenItem.remove(ctx.area);
}
