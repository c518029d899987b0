import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * Three builds: main (ES module, Node side), preload (CommonJS: a sandboxed preload cannot be an ES
 * module, and package.json's "type": "module" would otherwise make it one) and renderer (the React UI,
 * also served by browser mode). electron-vite 6 on Vite 8 reads `rolldownOptions` (`rollupOptions` is
 * accepted as an alias).
 */
const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle our own code and pure-JS dependencies; better-sqlite3 is native and must be loaded from
      // node_modules at run time (electron and Node built-ins are external by default).
      externalizeDeps: false,
      rolldownOptions: {
        // Two entries: the main process, and the backend it forks with utilityProcess (out/main/backend.js),
        // where SQLite and every handler run off the main thread.
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          backend: resolve(root, 'electron/backend/index.ts'),
        },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Everything the preload imports is bundled in: a sandboxed preload can require only electron and
      // a few Node modules.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    // Relative asset URLs work both from app://ballast/ and from the browser-mode server.
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
    },
  },
});
