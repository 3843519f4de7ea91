import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

/**
 * Top-level folders instead of electron-vite's default src/ layout. Everything is bundled
 * (externalizeDeps off) so the packaged app needs no node_modules: electron-builder packs
 * only out/** and the dataset.
 */
export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      lib: { entry: { index: 'main/index.ts', 'validate-worker': 'main/validate-worker.ts' } },
      rollupOptions: { output: { format: 'es' } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      lib: { entry: 'preload/index.ts' },
      // Sandboxed preloads must be CommonJS.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    build: {
      outDir: resolve('out/renderer'),
      rollupOptions: { input: resolve('renderer/index.html') },
      chunkSizeWarningLimit: 2500,
    },
  },
});
