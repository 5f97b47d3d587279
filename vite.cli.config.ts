import { defineConfig } from 'vite';

// The CLI: one self-contained script for Node, sharing sources, checks and report code with the extension.
// CommonJS, not an ES module: bin/alexpose.js compiles it with V8's code cache (dist/cli/alexpose.cache, made by
// scripts/cli-code-cache.mjs), which Node 20 offers for scripts only. One file: the HTML parser and the export
// reader stay in it but are initialised only when a saved page or an export is read.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/entry.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { format: 'cjs', entryFileNames: 'alexpose.cjs', codeSplitting: false } },
  },
  ssr: { noExternal: true },
});
