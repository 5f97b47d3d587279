import type { ReportSummary } from '../../model/report-summary.ts';
import type { Risk } from '../../model/finding.ts';
import type { ReportChange } from '../../report/diff-reports.ts';
import type { PopupSummary } from '../../store/popup-summary.ts';

/**
 * What the first screen reads of an account: a full report (AccountReport) or the background's summary of it
 * (store/popup-summary.ts), which holds exactly these parts.
 */
export interface FirstScreenAccount {
  accountKey: string;
  changes: readonly ReportChange[];
  report: { summary?: ReportSummary | undefined; findings: readonly { id: string; subject: { id: string }; risk: Risk }[] };
}

/** The summary's accounts in the shape the first screen's components take. */
export function summaryAccounts(summary: PopupSummary): FirstScreenAccount[] {
  return summary.accounts.map((a) => ({
    accountKey: a.accountKey,
    changes: a.changes,
    report: { summary: a.summary, findings: a.findings.map((f) => ({ id: f.id, subject: { id: f.subjectId }, risk: f.risk })) },
  }));
}
