import type { FirstScreenAccount } from '../overview/first-screen-account.ts';
import type { SummaryAction } from '../../model/report-summary.ts';
import { compareActions } from '../../report/summary/actions.ts';

export interface AccountAction {
  accountKey: string;
  action: SummaryAction;
}

/**
 * Every account's actions in one ranking (police path first, then reach). `whose`: the user's own actions (the
 * default: what "Fix these first" offers), or those only an owner can take (asked of them, never re-checked).
 */
export function rankAcross(accounts: readonly Pick<FirstScreenAccount, 'accountKey' | 'report'>[], whose: 'own' | 'owner' = 'own'): AccountAction[] {
  return accounts
    .flatMap((a) => (a.report.summary?.actions ?? []).map((action) => ({ accountKey: a.accountKey, action })))
    .filter(({ action }) => (action.controlledBy === 'owner') === (whose === 'owner'))
    .sort((x, y) => compareActions(x.action, y.action) || x.accountKey.localeCompare(y.accountKey));
}
