import browser from 'webextension-polyfill';
import { storageArea } from '../store/browser-storage.ts';
import type { Report } from '../model/report.ts';
import { ScanStore } from '../store/scan-store.ts';
import { inventories, timedResults } from '../store/inventory.ts';
import { buildReport } from '../report/build-report.ts';
import { diffReports, type ReportChange } from '../report/diff-reports.ts';
import { t, uiLocale } from './extension-i18n.ts';

/** Scans per account with their own report and changes; older ones are summed up (each costs a full report). */
const HISTORY_WINDOW = 25;

export interface HistoryEntry {
  scanId: string;
  at: string;
  origin: string;
  sources: number;
  /** The account as it stood after this scan, and what changed against the scan before. */
  report: Report;
  changes: ReportChange[];
  /** On the oldest entry shown: how many older scans of the account are not listed. */
  earlier?: number;
}

/**
 * The newest scans of every account, oldest first, each with the account's report after it and the changes it
 * brought. The cost is bounded by the window, not by the length of the history: the scans before the window are
 * merged once, as the starting point.
 */
export async function loadHistory(): Promise<Map<string, HistoryEntry[]>> {
  const { state } = await new ScanStore(storageArea()).load();
  const version = browser.runtime.getManifest().version;
  const history = new Map<string, HistoryEntry[]>();
  const byAccount = new Map<string, typeof state.scans>();
  for (const scan of state.scans) {
    const list = byAccount.get(scan.accountKey) ?? [];
    list.push(scan);
    byAccount.set(scan.accountKey, list);
  }
  for (const inv of inventories(state)) {
    const scans = [...(byAccount.get(inv.accountKey) ?? [])].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    const start = Math.max(0, scans.length - HISTORY_WINDOW);
    const ctx = (now: string) => ({ t, locale: uiLocale, toolVersion: version, now });
    const results = scans.slice(0, start).flatMap(timedResults);
    let previous: Report | null = start > 0 ? buildReport(results, ctx(scans[start - 1]?.updatedAt ?? '')) : null;
    const entries: HistoryEntry[] = [];
    for (let i = start; i < scans.length; i++) {
      const scan = scans[i]!;
      results.push(...timedResults(scan));
      const report = buildReport(results, ctx(scan.updatedAt));
      entries.push({
        scanId: scan.id,
        at: scan.updatedAt,
        origin: scan.origin,
        sources: scan.results.length,
        report,
        changes: diffReports(previous, report),
        ...(i === start && start > 0 ? { earlier: start } : {}),
      });
      previous = report;
    }
    history.set(inv.accountKey, entries);
  }
  return history;
}
