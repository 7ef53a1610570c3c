/**
 * Builds bench/studio/hooks.ts as one self-contained IIFE (dist-bench-hooks/hooks.js) that the
 * studio benchmarks inject into both bench pages.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../../dist-bench-hooks', import.meta.url)),
    emptyOutDir: true,
    minify: false,
    lib: { entry: fileURLToPath(new URL('./hooks.ts', import.meta.url)), formats: ['iife'], name: 'benchHooks', fileName: () => 'hooks.js' },
  },
});
