import type { FirstScreen, SummaryAccount } from '../store/popup-summary.ts';
import type { AccountReport, LoadedReports } from './account-reports.ts';

/** What the popup's first screen shows of one account: its summary, and the changes for the worse with their findings' risk. */
function firstScreenAccount(account: AccountReport): SummaryAccount {
  const changes = account.changes.filter((c) => c.worse && !c.newlyRead);
  const about = new Set(changes.map((c) => `${c.findingId}\u0000${c.subject.id}`));
  return {
    accountKey: account.accountKey,
    lastScanAt: account.lastScanAt,
    ...(account.report.summary ? { summary: account.report.summary } : {}),
    changes,
    // In the report's order, so the first finding a change names is the one the full popup finds.
    findings: account.report.findings
      .filter((f) => about.has(`${f.id}\u0000${f.subject.id}`))
      .map((f) => ({ id: f.id, subjectId: f.subject.id, risk: f.risk })),
  };
}

/**
 * The popup's first screen from the full reports, for the background to keep (store/popup-summary.ts). Null when
 * there is nothing to keep (no account and no note: the popup's empty state needs no summary; after an erase none
 * is written), when storage is unreadable, or with "keep no history": those open through the full path.
 */
export function firstScreenOf(loaded: LoadedReports): FirstScreen | null {
  const notes = loaded.notes ?? [];
  if (loaded.storageProblem || loaded.noHistory || (loaded.accounts.length === 0 && notes.length === 0)) return null;
  return { accounts: loaded.accounts.map(firstScreenAccount), notes };
}
