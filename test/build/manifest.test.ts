import { builtManifest, requireBuild, TARGETS } from './built-files.ts';

/**
 * Least privilege, pinned: the security-relevant part of both built manifests. A change here must be
 * deliberate: update the snapshot in the same commit and say why in the issue.
 */
function securitySurface(manifest: Record<string, unknown>) {
  const scripts = (manifest['content_scripts'] as { matches: string[]; world?: string; run_at?: string; js: string[] }[]) ?? [];
  return {
    permissions: manifest['permissions'] ?? [],
    optional_permissions: manifest['optional_permissions'] ?? [],
    host_permissions: manifest['host_permissions'] ?? [],
    optional_host_permissions: manifest['optional_host_permissions'] ?? [],
    content_scripts: scripts.map((s) => ({ matches: s.matches, world: s.world ?? 'ISOLATED', run_at: s.run_at, js: s.js })),
    content_security_policy: manifest['content_security_policy'],
    web_accessible_resources: manifest['web_accessible_resources'] ?? null,
    externally_connectable: manifest['externally_connectable'] ?? null,
    background: manifest['background'],
    gecko: (manifest['browser_specific_settings'] as Record<string, unknown> | undefined) ?? null,
  };
}

describe('built manifests', () => {
  beforeAll(requireBuild);

  it.each(TARGETS)('%s: permissions, hosts, CSP and exposure are exactly as pinned', (target) => {
    expect(securitySurface(builtManifest(target))).toMatchSnapshot();
  });

  it.each(TARGETS)('%s: no broad host access, no tabs/cookies, nothing exposed to pages or other extensions', (target) => {
    const m = builtManifest(target);
    const hosts = [...((m['host_permissions'] as string[]) ?? []), ...((m['optional_host_permissions'] as string[]) ?? [])];
    expect(hosts.every((h) => /^https:\/\/[a-z0-9.-]+\/\*$/.test(h) && !h.includes('*.'))).toBe(true);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|"\*:\/\/\*\/\*"|"tabs"|"cookies"|"webRequest"|"scripting"/);
    expect(m['web_accessible_resources']).toBeUndefined();
    expect(m['externally_connectable']).toBeUndefined();
    const csp = (m['content_security_policy'] as { extension_pages: string }).extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});
