import type { AccountReport } from '../../ui/load-reports.ts';
import type { SummaryAction } from '../../model/report-summary.ts';
import { compareActions } from '../../report/summary/actions.ts';

export interface AccountAction {
  accountKey: string;
  action: SummaryAction;
}

/** Every account's actions in one ranking (police path first, then reach). */
export function rankAcross(accounts: readonly AccountReport[]): AccountAction[] {
  return accounts
    .flatMap((a) => (a.report.summary?.actions ?? []).map((action) => ({ accountKey: a.accountKey, action })))
    .sort((x, y) => compareActions(x.action, y.action) || x.accountKey.localeCompare(y.accountKey));
}
