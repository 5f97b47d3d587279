// web-ext settings for `npm run dev` (web-ext run) and signing (web-ext sign). No credential lives here:
// `web-ext sign` reads the AMO API key and secret from WEB_EXT_API_KEY and WEB_EXT_API_SECRET
// (docs/building.md, "Signing"). Command-line options override these.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default {
  sourceDir: 'dist/firefox',
  artifactsDir: 'dist/web-ext-artifacts',
  run: {
    startUrl: ['https://account.ring.com/account/dashboard'],
    // Vite rewrites several files per change; reload once it is done, not on the first of them.
    watchIgnored: ['**/.vite/**'],
  },
  sign: {
    // AMO review of the listed version; the sources are uploaded with it, as AMO asks for minified bundles.
    channel: 'listed',
    uploadSourceCode: `dist/release/alexpose-${version}-source.zip`,
  },
};
