import browser from 'webextension-polyfill';

/** The extension's own pages, by their path in the build (one place, so pages link each other without importing each other). */
export const REPORT_PAGE = 'src/report-page/index.html';
export const PRIVACY_PAGE = 'src/privacy-page/index.html';

export function pageUrl(page: typeof REPORT_PAGE | typeof PRIVACY_PAGE): string {
  return browser.runtime.getURL(page);
}
