#!/usr/bin/env node
/**
 * Bundle size of the built app: the gzip size of the JavaScript the page loads before its first
 * paint (the entry script, its modulepreloads and their static imports, followed recursively),
 * beside the lazy chunks (Monaco, run engine) that load only when a mode needs them.
 *
 *   node bench/bundle-size.mjs [distDir]      (default: dist; the e2e build of the code view uses dist-code)
 *
 * Prints a table, writes bench/results/bundle-size.json, exits 1 when the initial JS exceeds the
 * 200 KB gzip budget.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No ${dist}/index.html: build the app first (npx vite build --outDir ${dist}).`);
  process.exit(2);
}

const gzipBytes = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const rawBytes = (file) => readFileSync(join(dist, file)).length;

/** Files named by index.html: the module entry and its modulepreloads. */
function entryFiles(html) {
  const out = [];
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="\/?([^"]+)"/g)) out.push(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+)"/g)) out.push(m[1]);
  return out;
}

/** Static imports of a built chunk (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
function staticImports(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  const dir = posix.dirname(file);
  const out = [];
  for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*${},\s]+?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    out.push(posix.normalize(posix.join(dir, m[1])));
  }
  return out;
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set();
const queue = entryFiles(html).filter((f) => f.endsWith('.js'));
while (queue.length > 0) {
  const file = queue.shift();
  if (initial.has(file)) continue;
  initial.add(file);
  queue.push(...staticImports(file));
}

const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
const lazy = assets.filter((f) => f.endsWith('.js') && !initial.has(f));
const row = (file) => ({ file, raw: rawBytes(file), gzip: gzipBytes(file) });
const initialRows = [...initial].map(row).sort((a, b) => b.gzip - a.gzip);
const lazyRows = lazy.map(row).sort((a, b) => b.gzip - a.gzip);
const total = initialRows.reduce((s, r) => s + r.gzip, 0);
const monaco = lazyRows.filter((r) => /AslEditor|editor\.api|editor\.worker|json\.worker|jsonMode/.test(r.file));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Initial JavaScript (before first paint), ${dist}:`);
for (const r of initialRows) console.log(`  ${r.file.padEnd(44)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} gzip`);
console.log(`  ${'total'.padEnd(44)} ${''.padStart(10)} ${kb(total).padStart(10)} gzip  (budget ${kb(BUDGET_BYTES)})`);
console.log('Lazy JavaScript (loaded on demand):');
for (const r of lazyRows) console.log(`  ${r.file.padEnd(44)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} gzip`);
console.log(`Monaco (lazy): ${kb(monaco.reduce((s, r) => s + r.gzip, 0))} gzip in ${monaco.length} files`);

mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/bundle-size.json',
  `${JSON.stringify({ dist, budgetBytes: BUDGET_BYTES, initialGzipBytes: total, initial: initialRows, lazy: lazyRows, monacoGzipBytes: monaco.reduce((s, r) => s + r.gzip, 0) }, null, 2)}\n`,
);
process.exit(total <= BUDGET_BYTES ? 0 : 1);
