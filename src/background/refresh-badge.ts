import type { StorageAreaLike } from '../store/storage-area.ts';
import { ScanStore } from '../store/scan-store.ts';
import { loadSeen } from '../store/seen.ts';
import { loadNoHistory } from '../store/no-history.ts';
import { changesSinceSeen, worseCount } from '../report/account-changes.ts';
import { highRiskCount, showBadge, type ActionLike } from './badge.ts';

/** Recomputes the badge from storage: high-risk findings, and whether anything got worse since last looked. */
export async function refreshBadge(area: StorageAreaLike, action: ActionLike): Promise<{ high: number | null; worse: number }> {
  // "Keep no history": no number and no "!" on the toolbar icon for someone else to see.
  if (await loadNoHistory(area)) {
    await showBadge(action, null);
    return { high: null, worse: 0 };
  }
  const { state } = await new ScanStore(area).load();
  const worse = worseCount(changesSinceSeen(state, await loadSeen(area)));
  const high = highRiskCount(state);
  await showBadge(action, high, worse);
  return { high, worse };
}
