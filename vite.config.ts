import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { buildManifest, type Target } from './manifest.config.ts';

// One build per browser: ALEXPOSE_TARGET=chrome|firefox (scripts/build.mjs runs both).
const target = (process.env.ALEXPOSE_TARGET ?? 'chrome') as Target;

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: buildManifest(target) as unknown as ManifestV3Export,
      browser: target,
    }),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
    // The report page and the privacy policy are extension pages of their own, opened from the popup.
    rollupOptions: { input: { report: 'src/report-page/index.html', privacy: 'src/privacy-page/index.html' } },
  },
});
