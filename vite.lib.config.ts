/**
 * Library + CLI build (`npm run build:lib`): bundles `src/index.ts` and `src/cli/main.ts` into
 * plain ES modules for Node 20 in `dist-lib/` (dependencies stay external), so the project's
 * extensionless imports need no rewriting; `tsc --emitDeclarationOnly` adds the `.d.ts` files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist-lib',
    emptyOutDir: true,
    ssr: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: {
        index: 'src/index.ts',
        'testing/index': 'src/testing/index.ts',
        'cli/main': 'src/cli/main.ts',
        // loaded by the CLI at run time (`export-sam`), so it is its own entry when present
        ...(existsSync('src/cli/exportSam.ts') ? { 'cli/exportSam': 'src/cli/exportSam.ts' } : {}),
      },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  plugins: [
    {
      // Editors validate test files against the schema: ship it as a file (asl-studio/sfn-test.schema.json).
      name: 'copy-test-file-schema',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'testing/sfn-test.schema.json', source: readFileSync('src/testing/sfn-test.schema.json', 'utf8') });
      },
    },
  ],
});
