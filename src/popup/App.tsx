import { t } from '../ui/extension-i18n.ts';
import { REPORT_PAGE, pageUrl } from '../ui/pages.ts';
import { useReports } from './use-reports.ts';
import { usePopupSummary } from './use-popup-summary.ts';
import type { PopupSummary } from '../store/popup-summary.ts';
import { useBelowFold } from './use-below-fold.ts';
import { summaryAccounts } from './overview/first-screen-account.ts';
import { EmptyState } from './components/EmptyState.tsx';
import { ScanNow } from './components/ScanNow.tsx';
import { DeepScan } from './components/DeepScan.tsx';
import { AlertsToggle } from './components/AlertsToggle.tsx';
import { AboutFooter } from '../ui/components/AboutFooter.tsx';
import { Overview } from './overview/Overview.tsx';
import { useRunOutcome } from './overview/use-run-outcome.ts';
import { useFixes } from './fix/use-fixes.ts';
import { StoreNotes } from './components/StoreNotes.tsx';
import { NoHistoryToggle } from '../ui/components/NoHistoryToggle.tsx';
import { leavePopup, onEscape } from '../ui/quick-exit.ts';
import { useEffect } from 'preact/hooks';

/**
 * First screen: grade and coverage per account, "Fix these first"; then what the last run changed, the rest
 * grouped by risk, and the full per-account detail. The body scrolls under a fixed header.
 * The first screen is painted from the background's summary when there is one that matches the store; the full
 * reports and what only they show (below the fold) follow after that paint, and then replace it.
 */
export function App({ summary: started }: { summary?: Promise<PopupSummary | null> }) {
  const summary = usePopupSummary(started);
  const data = useReports(summary !== undefined);
  const below = useBelowFold();
  const fixes = useFixes(data?.accounts);
  const run = useRunOutcome(data?.accounts);
  const accounts = data?.accounts ?? [];
  // The first screen: from the full reports once built, until then from the summary.
  const first = data ? { accounts, notes: data.notes } : summary ? { accounts: summaryAccounts(summary), notes: summary.notes } : null;
  // Esc closes a popup anyway; as the quick exit it also puts a neutral page in front.
  useEffect(() => onEscape(leavePopup), []);
  return (
    <main class="popup" aria-busy={data === null || below === null}>
      <header class="popup__header">
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
        <a class="popup__report-link" href={pageUrl(REPORT_PAGE)} target="_blank" rel="noreferrer" data-testid="open-report">
          {t('popup_open_report')}
        </a>
      </header>
      <div class="popup__body">
        {data?.storageProblem && (
          <p role="alert" class="notice">
            {t('popup_storage_problem')}
          </p>
        )}
        {first?.notes && <StoreNotes notes={first.notes} />}
        {first && first.accounts.length === 0 && <EmptyState />}
        {first && first.accounts.length > 0 && (
          <Overview accounts={first.accounts} fixes={fixes}>
            {below && data && !data.noHistory && <below.RunChanges outcome={run} accounts={accounts} />}
          </Overview>
        )}
        {below && accounts.length > 0 && <below.AccessView accounts={accounts} collapsed onQuickExit={leavePopup} />}
        <ScanNow />
        {below && accounts.length > 0 && <below.OtherFindings accounts={accounts} />}
        {below && accounts.length > 0 && (
          <section class="details" aria-labelledby="details-heading">
            <h2 id="details-heading">{t('details_heading')}</h2>
            {accounts.map((account) => (
              <below.AccountView key={account.accountKey} account={account} />
            ))}
          </section>
        )}
        <div id="deep-scan">
          <DeepScan />
        </div>
        <AlertsToggle />
        <NoHistoryToggle />
        <AboutFooter />
      </div>
    </main>
  );
}
