import type { Report, ReportHistoryEntry } from '../../model/report.ts';
import type { HistoryEntry } from '../../ui/load-history.ts';
import { describeChange } from '../../ui/components/ChangeList.tsx';

/** The account's history as exports carry it: each scan, oldest first, with its changes in the report's words. */
function exportHistory(entries: readonly HistoryEntry[]): ReportHistoryEntry[] {
  return entries.map((e, i) => ({
    scanId: e.scanId,
    at: e.at,
    origin: e.origin,
    sources: e.sources,
    firstRead: i === 0 && !e.earlier,
    changes: i === 0 && !e.earlier ? [] : e.changes.map((c) => ({ ...c, text: describeChange(c) })),
    ...(e.earlier ? { earlier: e.earlier } : {}),
  }));
}

/** The report with its history, for JSON and Markdown export (the report itself stays as built). */
export function withHistory(report: Report, entries: readonly HistoryEntry[]): Report {
  return entries.length > 0 ? { ...report, history: exportHistory(entries) } : report;
}
