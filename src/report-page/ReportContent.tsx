import type { LoadedReports } from '../ui/load-reports.ts';
import type { HistoryEntry } from '../ui/load-history.ts';
import { AccountSection } from './components/AccountSection.tsx';
import { LettersPanel } from './components/LettersPanel.tsx';
import { ReportOverview } from './overview/ReportOverview.tsx';
import { VendorChangeRegister } from '../ui/components/VendorChanges.tsx';
import { AccessView } from '../ui/components/AccessView.tsx';
import { leaveTab } from '../ui/quick-exit.ts';

/**
 * What the report page shows from the stored scans: the overview, who has access, each account, the letters and
 * the register of vendor changes. Its own chunk (ReportApp loads it with the store, before it renders the data),
 * so the page's first script holds only the frame and the report's computation.
 */
export function ReportContent({ reports, history }: { reports: LoadedReports; history: Map<string, HistoryEntry[]> }) {
  const { accounts } = reports;
  return (
    <>
      {accounts.length > 0 && <ReportOverview accounts={accounts} history={history} />}
      {accounts.length > 0 && <AccessView accounts={accounts} collapsed={false} onQuickExit={leaveTab} />}
      {accounts.map((account) => (
        <AccountSection key={account.accountKey} account={account} history={reports.noHistory ? [] : (history.get(account.accountKey) ?? [])} />
      ))}
      {accounts.length > 0 && <LettersPanel accounts={accounts} />}
      <VendorChangeRegister touching={new Set(accounts.flatMap((a) => (a.report.vendorChanges ?? []).map((c) => c.id)))} />
    </>
  );
}
