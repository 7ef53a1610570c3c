import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['src/testing/vitestSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
