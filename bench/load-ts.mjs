// Loads the project's TypeScript modules (src/, test/e2e/support/) in Node through Vite's SSR loader,
// so the benchmark runs the real code without a separate build step or copies of it.
import { createServer } from 'vite';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** Starts one Vite loader for this process; `load('/src/x.ts')` returns the module, `close()` ends it. */
export async function tsLoader() {
  const vite = await createServer({
    root: ROOT,
    configFile: false, // the project config adds the extension plugins, which are not needed to load modules
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  return { load: (path) => vite.ssrLoadModule(path), close: () => vite.close() };
}
