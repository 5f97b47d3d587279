import { useEffect, useState } from 'preact/hooks';
import type { LoadedReports } from '../ui/load-reports.ts';
import { loadHistory, type HistoryEntry } from '../ui/load-history.ts';
import { t } from '../ui/extension-i18n.ts';
import { ImportPanel } from './components/ImportPanel.tsx';
import { EraseAll } from './components/EraseAll.tsx';
import { AboutFooter } from '../ui/components/AboutFooter.tsx';
import { QuarantinePanel } from './components/QuarantinePanel.tsx';
import { logError } from '../model/log-error.ts';
import { NoHistoryToggle } from '../ui/components/NoHistoryToggle.tsx';
import { leaveTab, onEscape } from '../ui/quick-exit.ts';
import { ExportGuide } from './exports/ExportGuide.tsx';
import { onAreaChanged } from '../store/browser-storage.ts';
import type { ReportContent } from './ReportContent.tsx';

/** The views of the stored data (overview, accounts, letters): a chunk of their own, loaded beside the store. */
const loadContent = async (): Promise<typeof ReportContent> => (await import('./ReportContent.tsx')).ReportContent;
/** The store's reader and the report builder: a chunk of their own too, so the page's shell (import, erase) comes first. */
const loadReports = async (): Promise<LoadedReports> => (await import('../ui/load-reports.ts')).loadReports();

/** The Amazon accounts in the store (an export of one joins it, and the guide links its marketplace). */
const amazonAccounts = (data: { reports: LoadedReports } | null) => (data?.reports.accounts ?? []).filter((a) => a.accountKey.startsWith('amazon:'));

/** The full report: every account's inventory, picture, findings and history; import, export and erase. */
export function ReportApp() {
  const [data, setData] = useState<{ reports: LoadedReports; history: Map<string, HistoryEntry[]>; Content: typeof ReportContent } | null>(null);
  useEffect(() => {
    const refresh = () =>
      void Promise.all([loadReports(), loadHistory(), loadContent()])
        .then(([reports, history, Content]) => setData({ reports, history, Content }))
        .catch((error: unknown) => logError('report: load', error));
    refresh();
    const stopListening = onAreaChanged('local', refresh);
    // Printing shows every explanation and step, not only the opened ones.
    const openAll = () => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
    window.addEventListener('beforeprint', openAll);
    const offEscape = onEscape(leaveTab);
    return () => {
      offEscape();
      stopListening();
      window.removeEventListener('beforeprint', openAll);
    };
  }, []);

  return (
    <main class="report-page" aria-busy={data === null}>
      <header class="report-page__header">
        <img src="/icons/icon-48.png" alt="" width={32} height={32} />
        <h1>{t('report_title')}</h1>
        <button type="button" class="button no-print" onClick={() => window.print()}>
          {t('report_print')}
        </button>
      </header>
      {data?.reports.storageProblem && (
        <p role="alert" class="notice">
          {t('popup_storage_problem')}
        </p>
      )}
      <QuarantinePanel refreshKey={data} />
      {data && data.reports.accounts.length === 0 && (
        <p data-testid="report-empty">
          {t('popup_nothing_scanned')} {t('popup_how_to_scan')}
        </p>
      )}
      {data && <data.Content reports={data.reports} history={data.history} />}
      <ExportGuide amazonHosts={amazonAccounts(data).map((a) => a.accountKey.slice('amazon:'.length))} />
      <section class="no-print report-page__tools">
        <NoHistoryToggle />
        <ImportPanel amazonOrigins={[...new Set(amazonAccounts(data).map((a) => a.origin))].filter((o) => o.startsWith('https://'))} />
        <EraseAll />
      </section>
      <AboutFooter />
    </main>
  );
}
