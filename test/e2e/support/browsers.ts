import { existsSync } from 'node:fs';

/** Debian package paths; CI installs them (`.ci/run`). With CI=true a missing browser fails instead of skipping. */
export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';

export function browserAvailable(path: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI === 'true') throw new Error(`${path} is missing; CI must install it (apt-get install chromium firefox-esr)`);
  console.log(`SKIP: ${path} not installed; end-to-end test skipped (install chromium and firefox-esr to run it)`);
  return false;
}

/** German UI packs: Chromium's locale pack (Debian's chromium-l10n) and Firefox ESR's language pack (firefox-esr-l10n-de). */
export const CHROMIUM_GERMAN = { path: '/usr/lib/chromium/locales/de.pak', pkg: 'chromium-l10n' } as const;
export const FIREFOX_GERMAN = { path: '/usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi', pkg: 'firefox-esr-l10n-de' } as const;

/** Like `browserAvailable`, for a browser's German language pack: skips with a reason, or fails with CI=true. */
export function germanAvailable(pack: { path: string; pkg: string }, test: string): boolean {
  if (existsSync(pack.path)) return true;
  if (process.env.CI === 'true') throw new Error(`${pack.path} is missing; CI must install it (apt-get install ${pack.pkg})`);
  console.log(`SKIP: ${pack.pkg} not installed; ${test} needs it`);
  return false;
}

export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < end) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error; // navigation can swap the execution context; retry
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}
