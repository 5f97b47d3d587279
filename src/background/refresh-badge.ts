import type { StorageAreaLike } from '../store/storage-area.ts';
import { ScanStore } from '../store/scan-store.ts';
import { loadSeen } from '../store/seen.ts';
import { changesSinceSeen, worseCount } from '../report/account-changes.ts';
import { highRiskCount, showBadge, type ActionLike } from './badge.ts';

/** Recomputes the badge from storage: high-risk findings, and whether anything got worse since last looked. */
export async function refreshBadge(area: StorageAreaLike, action: ActionLike): Promise<{ high: number | null; worse: number }> {
  const { state } = await new ScanStore(area).load();
  const worse = worseCount(changesSinceSeen(state, await loadSeen(area)));
  const high = highRiskCount(state);
  await showBadge(action, high, worse);
  return { high, worse };
}
