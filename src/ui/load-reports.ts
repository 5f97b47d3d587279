import browser from 'webextension-polyfill';
import { accountReports, type LoadedReports } from '../report/account-reports.ts';
import { storageArea } from '../store/browser-storage.ts';
import { t, uiLocale } from './extension-i18n.ts';

export type { AccountReport, LoadedReports } from '../report/account-reports.ts';

/** Reads stored scans and builds one report per account, in the browser's language. */
export async function loadReports(options: { seenBaseline?: Readonly<Record<string, string>> } = {}): Promise<LoadedReports> {
  // One read of storage: the index, its chunks, the quarantine records and the settings together.
  const everything = await storageArea().get(null);
  return accountReports(everything, {
    t,
    locale: uiLocale,
    toolVersion: browser.runtime.getManifest().version,
    ...(options.seenBaseline ? { seenBaseline: options.seenBaseline } : {}),
  });
}
