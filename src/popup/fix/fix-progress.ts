import type * as v from 'valibot';
import { fixProgressItem, type AccountProgressSchema } from '../../store/browser-items.ts';

/** What the user has fixed, per account, and the grade when they started: kept beside the scans (`fixProgressItem`). */
export type AccountProgress = v.InferOutput<typeof AccountProgressSchema>;
export type DoneItem = AccountProgress['done'][number];
export type FixProgress = Record<string, AccountProgress>;

export function loadFixProgress(): Promise<FixProgress> {
  return fixProgressItem.get();
}

/** Records the baseline on the first check of an account and adds newly fixed items (once each). */
export async function recordFixes(accountKey: string, baseline: AccountProgress['baseline'], fixed: DoneItem[]): Promise<FixProgress> {
  const all = await loadFixProgress();
  const current = all[accountKey] ?? { baseline, done: [] };
  const known = new Set(current.done.map((d) => `${d.actionId}\u0000${d.deviceId}`));
  const next = {
    ...all,
    [accountKey]: { baseline: current.baseline, done: [...current.done, ...fixed.filter((d) => !known.has(`${d.actionId}\u0000${d.deviceId}`))] },
  };
  await fixProgressItem.set(next);
  return next;
}
