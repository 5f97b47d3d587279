import type { StoreState } from '../store/schema.ts';
import type { Seen } from '../store/seen.ts';
import { buildReport } from './build-report.ts';
import { diffReports, type ReportChange } from './diff-reports.ts';
import type { Locale, Translate } from '../i18n/translate.ts';

/** Language does not matter for comparing (ids, subjects and details do); it only words the titles. */
const keysOnly: Translate = (key) => key;

/**
 * What changed in each account since the scan the user last looked at (or, never looked, since the scan
 * before the last): the account as it stood then against the account now. An account the user never looked
 * at gets no "newly read" entries: everything on it is the first read, the baseline. `t` words the titles.
 */
export function changesSinceSeen(state: StoreState, seen: Seen, t: Translate = keysOnly, locale: Locale = 'en'): Map<string, ReportChange[]> {
  const byAccount = new Map<string, StoreState['scans']>();
  for (const scan of state.scans) byAccount.set(scan.accountKey, [...(byAccount.get(scan.accountKey) ?? []), scan]);
  const changes = new Map<string, ReportChange[]>();
  for (const [account, unsorted] of byAccount) {
    const scans = [...unsorted].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    const seenIndex = scans.findIndex((s) => s.id === seen[account]);
    const base = seenIndex >= 0 ? seenIndex : scans.length - 2;
    if (base < 0 || base >= scans.length - 1) continue;
    const ctx = { t, locale, toolVersion: '', now: '' };
    const before = buildReport(
      scans.slice(0, base + 1).flatMap((s) => s.results),
      ctx,
    );
    const after = buildReport(
      scans.flatMap((s) => s.results),
      ctx,
    );
    const diff = diffReports(before, after).filter((c) => seenIndex >= 0 || !c.newlyRead);
    if (diff.length > 0) changes.set(account, diff);
  }
  return changes;
}

/** The number of changes that widen what is shared, over all accounts. */
export function worseCount(changes: Map<string, ReportChange[]>): number {
  return [...changes.values()].reduce((n, list) => n + list.filter((c) => c.worse).length, 0);
}
