import type { FirstScreenAccount } from './first-screen-account.ts';
import type { ComponentChildren } from 'preact';
import type { Fixes } from '../fix/use-fixes.ts';
import { GradeLine } from '../../ui/components/summary/GradeLine.tsx';
import { FixFirst } from './FixFirst.tsx';
import { OwnerActions } from './OwnerActions.tsx';
import { FixProgressLine } from './FixProgressLine.tsx';
import { accountLabel } from '../../ui/account-label.ts';
import { ChangesFirst } from './ChangesFirst.tsx';
import { requestScanNow, useRingTab } from '../components/use-ring-tab.ts';

/** The first screen: one line per account (grade, coverage), what got worse since the last visit, the progress, what the last run changed, then "Fix these first". */
export function Overview({ accounts, fixes, children }: { accounts: readonly FirstScreenAccount[]; fixes: Fixes; children?: ComponentChildren }) {
  // Worst account first, so the riskiest line is never below another.
  // A "?" over an unknown police path ranks by the best it could still be; one with nothing read goes last.
  const rank = (s: FirstScreenAccount['report']['summary']) => s?.score ?? s?.bestPossibleScore ?? 101;
  const ordered = [...accounts].sort((a, b) => rank(a.report.summary) - rank(b.report.summary));
  const ringTab = useRingTab();
  return (
    <div class="overview" data-testid="overview">
      <ul class="grade-lines">
        {ordered.map(
          (a) =>
            a.report.summary && (
              <GradeLine
                key={a.accountKey}
                accountKey={a.accountKey}
                label={accountLabel(a.accountKey)}
                summary={a.report.summary}
                scanNowHere={a.accountKey.startsWith('ring:')}
                {...(ringTab !== null ? { onScanNow: requestScanNow } : {})}
              />
            ),
        )}
      </ul>
      {/* What got worse since the last visit, in words, before anything else: the grade says only that it moved. */}
      <ChangesFirst accounts={accounts} />
      <FixProgressLine accounts={accounts} progress={fixes.progress} />
      {/* What the last run changed sits next to the grade it moved. */}
      {children}
      <FixFirst accounts={accounts} fixes={fixes} />
      <OwnerActions accounts={accounts} />
    </div>
  );
}
