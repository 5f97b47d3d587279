// One manifest source for both stores; `target` decides the few keys that differ.
import pkg from './package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/** Account origins the content scripts read. Host permissions are exactly these. */
export const ACCOUNT_MATCHES = ['https://account.ring.com/*'];

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
    host_permissions: ACCOUNT_MATCHES,
    content_scripts: contentScripts,
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
  };
  if (target === 'chrome') {
    return { ...common, minimum_chrome_version: '111', background: { service_worker: 'src/background/index.ts', type: 'module' } };
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
