import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { loadReports, type LoadedReports } from '../ui/load-reports.ts';

/** Current reports, refreshed whenever the background stores a new scan while the popup is open. */
export function useReports(): LoadedReports | null {
  const [data, setData] = useState<LoadedReports | null>(null);
  useEffect(() => {
    let cancelled = false;
    const refresh = () => void loadReports().then((d) => !cancelled && setData(d), () => !cancelled && setData({ accounts: [], storageProblem: true }));
    refresh();
    const onChanged = (_c: unknown, area: string) => area === 'local' && refresh();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      cancelled = true;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return data;
}
