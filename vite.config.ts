import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './src/security/cspPlugin.js';

// E2E_OUT_DIR / E2E_PORT let several local Playwright runs build and serve side by side.
const outDir = process.env['E2E_OUT_DIR'] ?? 'dist';
const previewPort = Number(process.env['E2E_PORT'] ?? 4173);

export default defineConfig({
  plugins: [react(), contentSecurityPolicyPlugin()],
  worker: { format: 'es' },
  build: {
    outDir,
    chunkSizeWarningLimit: 5000,
    sourcemap: false,
    rolldownOptions: {
      // The pure layers run nothing when imported (DESIGN.md), so a module of theirs that is only
      // re-exported by a barrel (`src/asl/index.ts` → the validator) stays out of the first download.
      treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/](asl|graph|catalog|run|time)[\\/].*\.ts$/, sideEffects: false }] },
    },
  },
  preview: { port: previewPort, strictPort: true, host: '127.0.0.1' },
  server: { port: 5173, strictPort: false },
});
