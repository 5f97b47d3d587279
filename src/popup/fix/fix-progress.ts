import browser from 'webextension-polyfill';
import * as v from 'valibot';

/** What the user has fixed, per account, and the grade when they started: kept beside the scans. */
export const FIX_PROGRESS_KEY = 'alexpose:fix-progress';

const DoneItem = v.object({ actionId: v.string(), deviceId: v.string(), title: v.string(), device: v.string(), at: v.string() });
const AccountProgress = v.object({ baseline: v.object({ grade: v.string(), score: v.nullable(v.number()), actions: v.number() }), done: v.array(DoneItem) });
const Progress = v.record(v.string(), AccountProgress);

export type DoneItem = v.InferOutput<typeof DoneItem>;
export type AccountProgress = v.InferOutput<typeof AccountProgress>;
export type FixProgress = v.InferOutput<typeof Progress>;

export async function loadFixProgress(): Promise<FixProgress> {
  const stored = (await browser.storage.local.get(FIX_PROGRESS_KEY))[FIX_PROGRESS_KEY];
  const parsed = v.safeParse(Progress, stored);
  return parsed.success ? parsed.output : {};
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
  await browser.storage.local.set({ [FIX_PROGRESS_KEY]: next });
  return next;
}
