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
      return { accountKey, origin: last.origin, results: ordered.flatMap(timedResults), lastScan: last, scanCount: ordered.length };
    })
    .sort((a, b) => b.lastScan.updatedAt.localeCompare(a.lastScan.updatedAt));
}

/**
 * A scan's results, each with a read time and a capture time: results stored before read times were kept get their
 * scan's time, named as such (`scan`), so no source is without one and none claims a capture time it does not have;
 * results stored before capture times were kept take their scan's start (a tab opened earlier read earlier).
 */
export function timedResults(scan: StoredScan): SourceResult[] {
  return scan.results.map((r) => {
    const read = r.source.readAt ? r : { ...r, source: { ...r.source, readAt: scan.updatedAt, readAtKind: 'scan' as const } };
    return read.source.capturedAt ? read : stampCaptureTime(read, scan.startedAt);
  });
}
