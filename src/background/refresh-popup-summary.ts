import type { StorageAreaLike } from '../store/storage-area.ts';
import { clearPopupSummary, storeSmallEnoughForSummary, summaryContext, writePopupSummary } from '../store/popup-summary.ts';
import { accountReports, localeOf } from '../report/account-reports.ts';
import { firstScreenOf } from '../report/first-screen.ts';

export interface SummaryTexts {
  /** The extension's messages (browser.i18n), as the popup's own. */
  t(key: string, substitutions?: readonly string[]): string;
  /** The browser's UI language (browser.i18n.getUILanguage()). */
  uiLanguage: string;
  toolVersion: string;
}

/**
 * Recomputes the popup's first-screen summary from one read of storage, with the same code and texts the popup's
 * full path uses; removes it where the popup must take the full path. True when a summary was kept.
 */
export async function refreshPopupSummary(area: StorageAreaLike, texts: SummaryTexts): Promise<boolean> {
  // A large account's popup builds everything itself, as before: the background does not do it after every change.
  if (!(await storeSmallEnoughForSummary(area))) {
    await clearPopupSummary(area);
    return false;
  }
  const everything = await area.get(null);
  const locale = localeOf(texts.uiLanguage);
  const loaded = accountReports(everything, { t: texts.t, locale, toolVersion: texts.toolVersion });
  return writePopupSummary(area, everything, summaryContext(locale, texts.toolVersion), firstScreenOf(loaded));
}
