/**
 * The typed storage items for the UI and the background, with the browser's storage behind them: importing this module
 * loads `browser-storage.ts`, which items given no area use. The store's own modules import `storage-keys.ts` directly
 * and always pass their area, so they load without the polyfill (it throws outside an extension).
 */
import './browser-storage.ts';

export * from './storage-keys.ts';
