import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './src/security/cspPlugin.js';

// E2E_OUT_DIR / E2E_PORT let several local Playwright runs build and serve side by side.
const outDir = process.env['E2E_OUT_DIR'] ?? 'dist';
const previewPort = Number(process.env['E2E_PORT'] ?? 4173);

export default defineConfig({
  plugins: [react(), contentSecurityPolicyPlugin()],
  worker: { format: 'es' },
  build: { outDir, chunkSizeWarningLimit: 5000, sourcemap: false },
  preview: { port: previewPort, strictPort: true, host: '127.0.0.1' },
  server: { port: 5173, strictPort: false },
});
