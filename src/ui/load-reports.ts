import browser from 'webextension-polyfill';
import type { Report } from '../model/report.ts';
import { ScanStore } from '../store/scan-store.ts';
import { inventories } from '../store/inventory.ts';
import { QUARANTINE_PREFIX } from '../store/schema.ts';
import { buildReport } from '../report/build-report.ts';
import { t, uiLocale } from './extension-i18n.ts';

export interface AccountReport {
  accountKey: string;
  origin: string;
  lastScanAt: string;
  report: Report;
}

export interface LoadedReports {
  accounts: AccountReport[];
  storageProblem: boolean;
}

/** Reads stored scans and builds one report per account, in the browser's language. */
export async function loadReports(): Promise<LoadedReports> {
  const store = new ScanStore(browser.storage.local);
  const { state, problem } = await store.load();
  const everything = await browser.storage.local.get(null);
  const quarantined = Object.keys(everything).some((k) => k.startsWith(QUARANTINE_PREFIX));
  const version = browser.runtime.getManifest().version;
  const accounts = inventories(state).map((inv) => ({
    accountKey: inv.accountKey,
    origin: inv.origin,
    lastScanAt: inv.lastScan.updatedAt,
    report: buildReport(inv.results, { t, locale: uiLocale, toolVersion: version, now: inv.lastScan.updatedAt }),
  }));
  return { accounts, storageProblem: Boolean(problem) || quarantined };
}
