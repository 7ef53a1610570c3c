/**
 * Library + CLI build (`npm run build:lib`): bundles `src/index.ts` and `src/cli/main.ts` into
 * plain ES modules for Node 20 in `dist-lib/` (dependencies stay external), so the project's
 * extensionless imports need no rewriting; `tsc --emitDeclarationOnly` adds the `.d.ts` files.
 *
 * `--mode cjs` (run after the declarations exist) builds the two library entries again as CommonJS
 * into `dist-lib/cjs/` (a `package.json` there says `"type": "commonjs"`, the declarations are copied
 * beside them) for `require('asl-studio')` / `require('asl-studio/testing')`: Jest's default mode
 * and ts-jest load test dependencies through `require`, which cannot load an ES module on Node 20.
 * `@noble/hashes` is ESM-only, so that build bundles it; the other dependencies ship CommonJS; lazy
 * `import()`s become `require()` (Jest's CommonJS runtime refuses `import()`).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { explicitSpecifiers } from './src/build/dtsSpecifiers';
import { defineConfig, type Plugin } from 'vite';

const ENTRIES = {
  index: 'src/index.ts',
  'testing/index': 'src/testing/index.ts',
};

export default defineConfig(({ mode }) => (mode === 'cjs' ? commonJsBuild() : esmBuild()));

function esmBuild() {
  return {
    publicDir: false as const,
    build: {
      outDir: 'dist-lib',
      emptyOutDir: true,
      ssr: true,
      target: 'node20',
      minify: false,
      sourcemap: true,
      rollupOptions: {
        input: {
          ...ENTRIES,
          'cli/main': 'src/cli/main.ts',
          // loaded by the CLI at run time (`export-sam`), so it is its own entry when present
          ...(existsSync('src/cli/exportSam.ts') ? { 'cli/exportSam': 'src/cli/exportSam.ts' } : {}),
        },
        output: { format: 'es' as const, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
    plugins: [testFileSchema()],
  };
}

function commonJsBuild() {
  return {
    publicDir: false as const,
    ssr: { noExternal: ['@noble/hashes'] },
    build: {
      outDir: 'dist-lib/cjs',
      emptyOutDir: true,
      ssr: true,
      target: 'node20',
      minify: false,
      sourcemap: true,
      rollupOptions: {
        input: ENTRIES,
        // Jest's CommonJS runtime cannot run `import()` (it needs --experimental-vm-modules): lazy Node imports become require().
        output: { format: 'cjs' as const, dynamicImportInCjs: false, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        onwarn(warning: { code?: string }, warn: (warning: never) => void) {
          // nodeParsers imports yamlPatch statically on purpose (the browser imports it lazily)
          if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning as never);
        },
      },
    },
    plugins: [testFileSchema(), commonJsPackage()],
  };
}

/** Editors validate test files against the schema: ship it as a file (asl-studio/sfn-test.schema.json). */
function testFileSchema(): Plugin {
  return {
    name: 'copy-test-file-schema',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'testing/sfn-test.schema.json', source: readFileSync('src/testing/sfn-test.schema.json', 'utf8') });
    },
  };
}

/**
 * Marks dist-lib/cjs as CommonJS and puts the declarations (emitted by tsc into dist-lib) beside its
 * files, after giving their relative specifiers explicit extensions (see src/build/dtsSpecifiers.ts).
 */
function commonJsPackage(): Plugin {
  return {
    name: 'commonjs-package',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'package.json', source: '{ "type": "commonjs" }\n' });
      for (const file of declarations('dist-lib')) {
        // The ES module declarations get explicit specifiers (nodenext consumers), the copies too.
        const source = explicitSpecifiers(readFileSync(file, 'utf8'), (specifier) => {
          const target = join(dirname(file), specifier);
          return existsSync(`${target}.d.ts`) ? 'file' : existsSync(join(target, 'index.d.ts')) ? 'folder' : undefined;
        });
        writeFileSync(file, source);
        this.emitFile({ type: 'asset', fileName: relative('dist-lib', file).split(sep).join('/'), source });
      }
    },
  };
}

function declarations(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'cjs' ? [] : declarations(path);
    return entry.name.endsWith('.d.ts') ? [path] : [];
  });
}
