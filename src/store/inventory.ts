import type { SourceResult } from '../model/records.ts';
import { stampCaptureTime } from '../model/capture-order.ts';
import type { StoreState, StoredScan } from './schema.ts';

export interface AccountInventory {
  accountKey: string;
  origin: string;
  /**
   * All results of the account's scans, oldest scan first, each with its capture time, ready for `buildReport`/
   * `mergeRecords` (which order them by capture time, not by when a scan was last written).
   */
  results: SourceResult[];
  lastScan: StoredScan;
  scanCount: number;
}

/** Groups scans by account, oldest scan first within each, newest account first. */
export function inventories(state: StoreState): AccountInventory[] {
  const byAccount = new Map<string, StoredScan[]>();
  for (const scan of state.scans) {
    const list = byAccount.get(scan.accountKey) ?? [];
    list.push(scan);
    byAccount.set(scan.accountKey, list);
  }
  return [...byAccount.entries()]
    .map(([accountKey, scans]) => {
      const ordered = [...scans].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
      const last = ordered[ordered.length - 1] as StoredScan;
      return { accountKey, origin: last.origin, results: ordered.flatMap(datedResults), lastScan: last, scanCount: ordered.length };
    })
    .sort((a, b) => b.lastScan.updatedAt.localeCompare(a.lastScan.updatedAt));
}

/** Results stored before capture times were kept take their scan's start: a tab opened earlier read earlier. */
function datedResults(scan: StoredScan): SourceResult[] {
  return scan.results.map((r) => (r.source.capturedAt ? r : stampCaptureTime(r, scan.startedAt)));
}
