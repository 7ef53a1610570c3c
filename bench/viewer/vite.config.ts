/**
 * Builds the asl-viewer bench page (bench/viewer) into dist-bench-viewer; served by the bench's
 * Playwright config beside the studio build.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  publicDir: false,
  build: { outDir: fileURLToPath(new URL('../../dist-bench-viewer', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 5000 },
});
