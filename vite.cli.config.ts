import { defineConfig } from 'vite';

// The CLI: one self-contained ES module for Node, sharing sources, checks and report code with the extension.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/entry.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'alexpose.mjs' } },
  },
  ssr: { noExternal: true },
});
