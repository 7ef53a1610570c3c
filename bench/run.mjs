#!/usr/bin/env node
/**
 * `npm run bench`: the whole benchmark suite in one run —
 *   1. the interpreter side by side with aws-local-stepfunctions (`npm run bench:interpreter`);
 *   2. the studio in Chromium (bench/studio, Playwright on the built app, asl-viewer beside it);
 *   3. the bundle sizes of a production build.
 * Progress goes to stderr; stdout gets one table. The same figures go to bench/results/latest.json
 * (and the table to bench/results/latest.md). Nothing here asserts on times: targets are shown.
 *
 *   node bench/run.mjs [--runs N] [--interpreter-runs N] [--skip interpreter,studio,bundle] [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { measureBundle } from './lib/bundle.mjs';
import { summariseStudio } from './lib/studio.mjs';
import { renderTable } from './lib/table.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const results = `${repo}bench/results`;
const vite = `${repo}node_modules/.bin/vite`;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const runs = Number(option('runs', '5'));
const interpreterRuns = Number(option('interpreter-runs', '3'));
const skip = new Set(option('skip', '').split(',').filter(Boolean));
const build = !process.argv.includes('--no-build');

/** Runs a command with its output on our stderr (stdout is kept for the table). */
function run(label, command, args, env = {}) {
  process.stderr.write(`\n▶ ${label}: ${command} ${args.join(' ')}\n`);
  const started = Date.now();
  const child = spawnSync(command, args, { cwd: repo, env: { ...process.env, ...env }, stdio: ['ignore', process.stderr, process.stderr] });
  process.stderr.write(`◀ ${label}: exit ${child.status} after ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return child.status === 0;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

function chromiumVersion() {
  const out = spawnSync(process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  return /Chromium\s+([\d.]+)/.exec(out.stdout ?? '')?.[1] ?? 'unknown';
}

const startedAt = new Date();
const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  chromium: chromiumVersion(),
  loadavgAtStart: os.loadavg().map((l) => Math.round(l * 10) / 10),
};
const report = { date: startedAt.toISOString(), machine, runs, interpreterRuns, errors: [] };

// 1. Interpreter (the interpreter engineer's harness; its own child processes per run).
if (!skip.has('interpreter')) {
  if (existsSync(`${repo}bench/interpreter/run.mjs`)) {
    const ok = run('interpreter', 'npm', ['run', 'bench:interpreter'], { BENCH_RUNS: String(interpreterRuns) });
    const file = `${results}/interpreter.json`;
    if (ok && existsSync(file) && statSync(file).mtimeMs >= startedAt.getTime()) report.interpreter = readJson(file);
    else report.errors.push('interpreter: the harness failed; see its output above');
  } else {
    report.errors.push('interpreter: bench/interpreter/run.mjs is not there yet');
  }
}

// 2. Builds: the studio with its test API and the bench pages; a plain production build for sizes.
if (build && (!skip.has('studio') || !skip.has('bundle'))) {
  if (!skip.has('studio')) {
    run('build studio', vite, ['build', '--outDir', 'dist-bench', '--logLevel', 'warn'], { VITE_TEST_API: '1' });
    run('build asl-viewer page', vite, ['build', '-c', 'bench/viewer/vite.config.ts']);
    run('build bench hooks', vite, ['build', '-c', 'bench/studio/vite.hooks.config.ts']);
  }
  if (!skip.has('bundle')) run('build app (production)', vite, ['build', '--outDir', 'dist-bench-app', '--logLevel', 'warn'], { VITE_TEST_API: '' });
}

// 3. Studio in Chromium.
if (!skip.has('studio')) {
  for (const name of ['load', 'sync', 'map-run', 'history', 'heap']) rmSync(`${results}/studio-${name}.json`, { force: true });
  const ok = run('studio', 'npx', ['playwright', 'test', '-c', 'bench/studio/playwright.bench.config.ts'], { BENCH_RUNS: String(runs) });
  if (!ok) report.errors.push('studio: a Playwright bench failed; its figures are missing below');
  report.studio = summariseStudio({
    load: readJson(`${results}/studio-load.json`),
    sync: readJson(`${results}/studio-sync.json`),
    mapRun: readJson(`${results}/studio-map-run.json`),
    history: readJson(`${results}/studio-history.json`),
    heap: readJson(`${results}/studio-heap.json`),
  });
}

// 4. Bundle.
if (!skip.has('bundle')) {
  try {
    report.bundle = measureBundle(`${repo}dist-bench-app`);
  } catch (error) {
    report.errors.push(`bundle: ${error instanceof Error ? error.message : String(error)}`);
  }
}

machine.loadavgAtEnd = os.loadavg().map((l) => Math.round(l * 10) / 10);
const table = renderTable(report);
mkdirSync(results, { recursive: true });
writeFileSync(`${results}/latest.json`, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(`${results}/latest.md`, `${table}\n`);
process.stdout.write(`${table}\n`);
