import browser from 'webextension-polyfill';
import { t } from '../ui/extension-i18n.ts';
import { useReports } from './use-reports.ts';
import { AccountView } from './components/AccountView.tsx';
import { EmptyState } from './components/EmptyState.tsx';
import { ScanNow } from './components/ScanNow.tsx';
import { DeepScan } from './components/DeepScan.tsx';
import { AlertsToggle } from './components/AlertsToggle.tsx';
import { AboutFooter } from '../ui/components/AboutFooter.tsx';

export function App() {
  const data = useReports();
  return (
    <main class="popup" aria-busy={data === null}>
      <header class="popup__header">
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
      </header>
      <ScanNow />
      {data?.storageProblem && <p role="alert" class="notice">{t('popup_storage_problem')}</p>}
      {data && data.accounts.length === 0 && <EmptyState />}
      {data?.accounts.map((account) => <AccountView key={account.accountKey} account={account} />)}
      <DeepScan />
      <AlertsToggle />
      <p class="links">
        <a href={browser.runtime.getURL('src/report-page/index.html')} target="_blank" rel="noreferrer" data-testid="open-report">
          {t('popup_open_report')}
        </a>
      </p>
      <AboutFooter />
    </main>
  );
}
