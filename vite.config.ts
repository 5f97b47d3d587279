import { defineConfig, minifySync, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { buildManifest, type Target } from './manifest.config.ts';
import { CONTENT_SCRIPT_OWN_PROPS } from './content-script-props.config.ts';

// One build per browser: ALEXPOSE_TARGET=chrome|firefox (scripts/build.mjs runs both).
const target = (process.env.ALEXPOSE_TARGET ?? 'chrome') as Target;

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: buildManifest(target) as unknown as ManifestV3Export,
      browser: target,
    }),
    shortenContentScriptProps(),
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

/**
 * The isolated content scripts (crxjs builds each as one IIFE, emitted as an asset) with their own property names
 * shortened (content-script-props.config.ts); the minifier itself cannot be told, as crxjs passes it no options.
 * Runs after crxjs (a later `post` plugin). Not with source maps (bench/bundle-modules.mjs), whose maps it would break.
 */
function shortenContentScriptProps(): Plugin {
  const include = new RegExp(`^(?:${CONTENT_SCRIPT_OWN_PROPS.join('|')})$`);
  let sourcemap = false;
  return {
    name: 'alexpose:content-script-props',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      sourcemap = Boolean(config.build.sourcemap);
    },
    generateBundle(_options, bundle) {
      if (sourcemap) return;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !/^src\/content\/(?!page-observer\.)[\w-]+\.iife\.js$/.test(file.fileName)) continue;
        const { code, errors } = minifySync(file.fileName, String(file.source), { compress: false, mangle: false, mangleProps: { include } });
        if (errors.length > 0) this.error(`${file.fileName}: ${errors.map((e) => e.message).join('; ')}`);
        file.source = code;
      }
    },
  };
}
