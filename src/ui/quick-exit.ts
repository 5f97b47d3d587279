import browser from 'webextension-polyfill';
import { logError } from '../model/log-error.ts';

/** A page that names nothing: no title, no extension id, nothing about Ring or Amazon. */
const NEUTRAL_PAGE = 'about:blank';

/** Report page (a tab of its own): the tab becomes the neutral page, and Back does not lead to the report. */
export function leaveTab(): void {
  window.location.replace(NEUTRAL_PAGE);
}

/**
 * Popup: a neutral tab in front, then the popup closes. Opened in a tab of its own, where the browser may refuse
 * `window.close()` (Firefox does for a tab no script opened), the popup's page becomes the neutral page instead.
 */
export function leavePopup(): void {
  void browser.tabs
    .create({ url: NEUTRAL_PAGE, active: true })
    .catch((error: unknown) => logError('popup: quick exit', error))
    .finally(() => {
      window.close();
      setTimeout(() => window.location.replace(NEUTRAL_PAGE), 200);
    });
}

/** Esc leaves too, unless it belongs to a field, an open dialog or an open menu the key closes first. */
export function onEscape(leave: () => void): () => void {
  const listener = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, dialog[open]') || document.querySelector('dialog[open]')) return;
    leave();
  };
  document.addEventListener('keydown', listener);
  return () => document.removeEventListener('keydown', listener);
}
