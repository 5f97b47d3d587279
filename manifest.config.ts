// One manifest source for both stores; `target` decides the few keys that differ.
import pkg from './package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

import { ALEXA_API_ORIGINS, AMAZON_PAGE_PATHS, AMAZON_RETAIL_ORIGINS } from './src/model/marketplaces.ts';

/** Ring account origin: content scripts, and host permission (the popup finds the open Ring tab for "Scan now"). */
export const ACCOUNT_MATCHES = ['https://account.ring.com/*'];

/** Amazon: only the Alexa Privacy, Login-with-Amazon and Content and Devices pages, never the whole shop. */
export const AMAZON_MATCHES = AMAZON_RETAIL_ORIGINS.flatMap((origin) => AMAZON_PAGE_PATHS.map((path) => `${origin}${path}`));

/** The Alexa app API, for the deep scan: optional, requested at the moment the user starts it. */
export const OPTIONAL_HOSTS = ALEXA_API_ORIGINS.map((origin) => `${origin}/*`);

export const GECKO_ID = 'alexpose@alexpose.invalid';

export function buildManifest(target: Target) {
  const contentScripts = [
    {
      // Sees the JSON the page itself loads (fetch/XHR wrapper, read-only) and hands it to the isolated script.
      matches: ACCOUNT_MATCHES,
      js: ['src/content/page-observer.iife.ts'],
      run_at: 'document_start',
      world: 'MAIN',
    },
    {
      matches: ACCOUNT_MATCHES,
      js: ['src/content/ring-content.iife.ts'],
      run_at: 'document_start',
    },
    {
      matches: AMAZON_MATCHES,
      js: ['src/content/page-observer.iife.ts'],
      run_at: 'document_start',
      world: 'MAIN',
    },
    {
      matches: AMAZON_MATCHES,
      js: ['src/content/amazon-content.iife.ts'],
      run_at: 'document_start',
    },
  ];
  const common = {
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Alexposé',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'en',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_popup: 'src/popup/index.html',
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    permissions: ['storage'],
    // Asked for only when the user turns on change alerts.
    optional_permissions: ['notifications'],
    host_permissions: ACCOUNT_MATCHES,
    optional_host_permissions: OPTIONAL_HOSTS,
    content_scripts: contentScripts,
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
  };
  if (target === 'chrome') {
    // Chrome caps storage.local at 10 MB without unlimitedStorage (a large account's scans outgrow it); the
    // permission shows no install warning. Firefox bounds storage.local like IndexedDB (far above that), so it
    // does not ask for it. The store keeps its own budget either way (README, "Storage").
    return {
      ...common,
      permissions: ['storage', 'unlimitedStorage'],
      minimum_chrome_version: '111',
      background: { service_worker: 'src/background/index.ts', type: 'module' },
    };
  }
  return {
    ...common,
    background: { scripts: ['src/background/index.ts'], type: 'module' },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
