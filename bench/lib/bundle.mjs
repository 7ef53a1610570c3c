/**
 * Bundle sizes of a built app directory: gzip (level 9) of the JavaScript loaded before first
 * paint (the index.html entry script and modulepreloads, and their static imports, followed
 * recursively) and of all the app's JavaScript (lazy chunks and workers included).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

function entryScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="\/?([^"]+)"/g)) out.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="\/?([^"]+)"/g)) out.push(m[1]);
  return out.filter((f) => f.endsWith('.js'));
}

function staticImports(dist, file) {
  const code = readFileSync(join(dist, file), 'utf8');
  const out = [];
  // `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"` — never `import("./a.js")`.
  for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*${},\s]+?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    out.push(posix.normalize(posix.join(posix.dirname(file), m[1])));
  }
  return out;
}

function allJs(dist, dir = '') {
  return readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return allJs(dist, rel);
    return entry.name.endsWith('.js') ? [rel] : [];
  });
}

/** Measures `dist` (a `vite build` output with index.html). */
export function measureBundle(dist) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: build the app first`);
  const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const initial = new Set();
  const queue = entryScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
  while (queue.length > 0) {
    const file = queue.shift();
    if (initial.has(file) || !existsSync(join(dist, file))) continue;
    initial.add(file);
    queue.push(...staticImports(dist, file));
  }
  const files = allJs(dist);
  const sizes = Object.fromEntries(files.map((f) => [f, gzip(f)]));
  const sum = (list) => list.reduce((s, f) => s + (sizes[f] ?? 0), 0);
  const monaco = files.filter((f) => /editor\.api|editor\.worker|json\.worker|AslEditor|monaco/i.test(f));
  return {
    initialGzipBytes: sum([...initial]),
    initialFiles: [...initial],
    wholeGzipBytes: sum(files),
    files: files.length,
    monacoGzipBytes: sum(monaco),
  };
}
