import type { AccountReport } from '../../ui/load-reports.ts';
import type { HistoryEntry } from '../../ui/load-history.ts';
import { t } from '../../ui/extension-i18n.ts';
import { GradeLine } from '../../ui/components/summary/GradeLine.tsx';
import { accountLabel } from '../../ui/account-label.ts';
import { CoverageTable } from './CoverageTable.tsx';
import { WholeExport } from './WholeExport.tsx';
import { latestReads, sourceReads } from './source-reads.ts';

/** One report across all accounts: grade and coverage per account, the coverage table, the whole export. */
export function ReportOverview({ accounts, history }: { accounts: readonly AccountReport[]; history: Map<string, HistoryEntry[]> }) {
  const rows = accounts.flatMap((a) =>
    latestReads(sourceReads(history.get(a.accountKey) ?? [])).map((read) => ({ account: accountLabel(a.accountKey), read })),
  );
  return (
    <section class="report-overview" data-testid="report-overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('report_overview_heading')}</h2>
      <ul class="grade-lines">
        {accounts.map(
          (a) =>
            a.report.summary && (
              <GradeLine key={a.accountKey} accountKey={a.accountKey} label={accountLabel(a.accountKey)} summary={a.report.summary} deepScanHere={false} />
            ),
        )}
      </ul>
      <CoverageTable rows={rows} />
      <WholeExport accounts={accounts} history={history} />
    </section>
  );
}
