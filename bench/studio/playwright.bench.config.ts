/**
 * Playwright config of the studio benchmarks (not tests: they time and record, never assert on
 * wall times). Serves two builds made beforehand by bench/run.mjs (or by the webServer command
 * when missing): the studio with VITE_TEST_API (dist-bench, port 4210) and the asl-viewer page
 * (dist-bench-viewer, port 4211). Browser as in the e2e config: Debian's Chromium.
 *
 *   npx playwright test -c bench/studio/playwright.bench.config.ts
 */
import { defineConfig, devices } from '@playwright/test';
import { STUDIO_PORT, VIEWER_PORT } from './ports';
const vite = 'node_modules/.bin/vite';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.bench.ts',
  retries: 0,
  workers: 1,
  timeout: 30 * 60_000,
  expect: { timeout: 60_000 },
  reporter: [['list']],
  outputDir: `../../test-results/bench-${STUDIO_PORT}`,
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: [
    {
      command: `(test -f dist-bench/index.html || VITE_TEST_API=1 ${vite} build --outDir dist-bench) && ${vite} preview --outDir dist-bench --host 127.0.0.1 --port ${STUDIO_PORT} --strictPort`,
      cwd: '../..',
      url: `http://127.0.0.1:${STUDIO_PORT}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `(test -f dist-bench-viewer/index.html || ${vite} build -c bench/viewer/vite.config.ts) && ${vite} preview -c bench/viewer/vite.config.ts --host 127.0.0.1 --port ${VIEWER_PORT} --strictPort`,
      cwd: '../..',
      url: `http://127.0.0.1:${VIEWER_PORT}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
