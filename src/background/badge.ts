import type { StoreState } from '../store/schema.ts';
import { inventories } from '../store/inventory.ts';
import { accountFindings } from '../report/build-report.ts';

/** High-risk findings over all accounts; null when nothing was scanned (the badge then stays empty, no false zero). */
export function highRiskCount(state: StoreState): number | null {
  if (state.scans.length === 0) return null;
  return (
    inventories(state)
      // The same findings and risks as the popup: what the account reports counts whatever its region (issue 24).
      .flatMap((inv) => accountFindings(inv.results))
      .filter((f) => f.risk === 'high').length
  );
}

export interface ActionLike {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
}

/**
 * The badge: the number of high-risk findings, none before the first scan; a "!" after it when something
 * got worse since the user last looked (a setting switched back on, a new device, longer retention).
 */
export async function showBadge(action: ActionLike, count: number | null, newChanges = 0): Promise<void> {
  await action.setBadgeText({ text: count === null ? '' : `${count}${newChanges > 0 ? '!' : ''}` });
  if (count !== null) await action.setBadgeBackgroundColor({ color: newChanges > 0 ? '#8a4b00' : count > 0 ? '#b3261e' : '#5f6368' });
}
