import browser from 'webextension-polyfill';
import type { Report } from '../model/report.ts';
import { ScanStore } from '../store/scan-store.ts';
import { inventories } from '../store/inventory.ts';
import { buildReport } from '../report/build-report.ts';
import { diffReports, type ReportChange } from '../report/diff-reports.ts';
import { t, uiLocale } from './extension-i18n.ts';

export interface HistoryEntry {
  scanId: string;
  at: string;
  origin: string;
  sources: number;
  /** The account as it stood after this scan, and what changed against the scan before. */
  report: Report;
  changes: ReportChange[];
}

/** Every scan of every account, oldest first, each with the account's report after it and the changes it brought. */
export async function loadHistory(): Promise<Map<string, HistoryEntry[]>> {
  const { state } = await new ScanStore(browser.storage.local).load();
  const version = browser.runtime.getManifest().version;
  const history = new Map<string, HistoryEntry[]>();
  for (const inv of inventories(state)) {
    const scans = state.scans.filter((s) => s.accountKey === inv.accountKey).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    let previous: Report | null = null;
    const entries: HistoryEntry[] = [];
    scans.forEach((scan, i) => {
      const report = buildReport(
        scans.slice(0, i + 1).flatMap((s) => s.results),
        { t, locale: uiLocale, toolVersion: version, now: scan.updatedAt },
      );
      entries.push({ scanId: scan.id, at: scan.updatedAt, origin: scan.origin, sources: scan.results.length, report, changes: diffReports(previous, report) });
      previous = report;
    });
    history.set(inv.accountKey, entries);
  }
  return history;
}
