import browser from 'webextension-polyfill';
import { accountReports, type LoadedReports } from '../report/account-reports.ts';
import { t, uiLocale } from './extension-i18n.ts';

export type { AccountReport, LoadedReports } from '../report/account-reports.ts';

/** Reads stored scans and builds one report per account, in the browser's language. */
export async function loadReports(options: { seenBaseline?: Readonly<Record<string, string>> } = {}): Promise<LoadedReports> {
  // One read of storage: the index, its chunks and the quarantine records together.
  const everything = await browser.storage.local.get(null);
  return accountReports(everything, {
    t,
    locale: uiLocale,
    toolVersion: browser.runtime.getManifest().version,
    ...(options.seenBaseline ? { seenBaseline: options.seenBaseline } : {}),
  });
}
