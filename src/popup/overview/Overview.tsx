import type { AccountReport } from '../../ui/load-reports.ts';
import type { Fixes } from '../fix/use-fixes.ts';
import { GradeLine } from '../../ui/components/summary/GradeLine.tsx';
import { FixFirst } from './FixFirst.tsx';
import { FixProgressLine } from './FixProgressLine.tsx';
import { accountLabel } from '../../ui/components/summary/account-label.ts';

/** The first screen: one line per account (grade, coverage), then "Fix these first" and the progress. */
export function Overview({ accounts, fixes }: { accounts: readonly AccountReport[]; fixes: Fixes }) {
  // Worst account first, so the riskiest line is never below another.
  const ordered = [...accounts].sort((a, b) => (a.report.summary?.score ?? 101) - (b.report.summary?.score ?? 101));
  return (
    <div class="overview" data-testid="overview">
      <ul class="grade-lines">
        {ordered.map((a) => a.report.summary && <GradeLine key={a.accountKey} accountKey={a.accountKey} label={accountLabel(a.accountKey)} summary={a.report.summary} />)}
      </ul>
      <FixProgressLine accounts={accounts} progress={fixes.progress} />
      <FixFirst accounts={accounts} fixes={fixes} />
    </div>
  );
}
