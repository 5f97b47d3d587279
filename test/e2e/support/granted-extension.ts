import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Chromium offers no way to answer an extension's permission prompt from automation, so runs that use the deep
 * scan load a copy of the build whose optional Alexa hosts are already granted (moved to host_permissions):
 * `permissions.request` then resolves without a dialog. Firefox's run exercises the real optional-permission build.
 * The caller removes the returned folder.
 */
export function extensionWithAlexaGranted(): string {
  const dir = mkdtempSync(join(tmpdir(), 'alexpose-chrome-granted-'));
  cpSync(resolve('dist/chrome'), dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string[]>;
  manifest['host_permissions'] = [...(manifest['host_permissions'] ?? []), ...(manifest['optional_host_permissions'] ?? [])];
  delete manifest['optional_host_permissions'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}
