/**
 * `asl-studio test [files|dirs…]`: runs `*.sfn-test.yaml|json` files (see src/testing), prints a
 * report (pretty, JUnit, JSON or TAP) with diffs and the coverage table, writes JUnit XML and
 * coverage JSON on request, fails below `--min-coverage`, rewrites expectations with
 * `--update` and reruns on changes with `--watch`. Exit 0 all pass, 1 otherwise, 2 usage.
 */
import { TEST_FILE_PATTERN, coverageJson, coverageTable, jsonReport, junitReport, parseTestFile, prettyReport, runTestFile, tapReport, type ReporterName, type TestFileResult } from '../testing';
import { besides } from '../testing/runner';
import { updateExpectations } from '../testing/update';
import { parseArgs, UsageError } from './args';
import type { CliIo } from './cli';

export const TEST_USAGE = `  asl-studio test [files|dirs…] [--reporter pretty|junit|json|tap] [--junit out.xml]
                 [--coverage out.json] [--min-coverage N] [--watch] [--update]`;

/** What `test` needs beyond reading files (the executable gives Node's; tests inject fakes). */
export interface TestIo {
  writeFile(path: string, text: string): Promise<void>;
  /** 'file', 'dir', or undefined when nothing is there. */
  stat(path: string): Promise<'file' | 'dir' | undefined>;
  readDir(path: string): Promise<string[]>;
  /** Calls `onChange` when any of the files changes; `close` stops watching. */
  watch(paths: readonly string[], onChange: () => void): { close(): void };
  /** Resolves when a `--watch` session should end (Ctrl-C). */
  stopped: Promise<void>;
  /** Runs `fn` after `ms` (injected so tests need no real time). */
  setTimer(fn: () => void, ms: number): void;
  /** Called after each run (tests wait on it). */
  onRun?(run: number, code: number): void;
}

const REPORTERS: readonly ReporterName[] = ['pretty', 'junit', 'json', 'tap'];
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'dist-lib', 'test-results', 'playwright-report', 'coverage']);

function join(dir: string, name: string): string {
  return dir === '.' ? name : `${dir.replace(/[/\\]$/, '')}/${name}`;
}

async function collect(paths: readonly string[], fs: TestIo): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const name of (await fs.readDir(dir)).sort()) {
      const path = join(dir, name);
      const kind = await fs.stat(path);
      if (kind === 'dir' && !SKIPPED_DIRS.has(name)) await walk(path);
      else if (kind === 'file' && TEST_FILE_PATTERN.test(name)) out.push(path);
    }
  };
  for (const path of paths) {
    const kind = await fs.stat(path);
    if (kind === undefined) throw new UsageError(`'${path}' does not exist.`);
    if (kind === 'dir') await walk(path);
    else out.push(path);
  }
  return [...new Set(out)];
}

interface Options {
  reporter: ReporterName;
  junit?: string;
  coverage?: string;
  minCoverage?: number;
  update: boolean;
}

function optionsOf(flags: Map<string, string | true>): Options {
  const reporter = (flags.get('reporter') as string | undefined) ?? 'pretty';
  if (!REPORTERS.includes(reporter as ReporterName)) throw new UsageError(`--reporter is one of ${REPORTERS.join(', ')}.`);
  const options: Options = { reporter: reporter as ReporterName, update: flags.has('update') };
  const junit = flags.get('junit');
  if (typeof junit === 'string') options.junit = junit;
  const coverage = flags.get('coverage');
  if (typeof coverage === 'string') options.coverage = coverage;
  const min = flags.get('min-coverage');
  if (typeof min === 'string') {
    const n = Number(min);
    if (!Number.isFinite(n) || n < 0 || n > 100) throw new UsageError('--min-coverage needs a number from 0 to 100.');
    options.minCoverage = n;
  }
  return options;
}

/** --update: rewrites each file's failing or missing expectations, prints what changed, reruns it. */
async function update(results: TestFileResult[], io: CliIo, fs: TestIo): Promise<TestFileResult[]> {
  const out: TestFileResult[] = [];
  for (const r of results) {
    if (!r.cases || r.passed) {
      out.push(r);
      continue;
    }
    const text = await io.readFile(r.file);
    const parsed = await parseTestFile(text, r.file);
    const hadExpect = (parsed.file?.tests ?? []).map((t) => t.expect !== undefined);
    const updated = await updateExpectations(text, r.file, r.cases, hadExpect);
    if (updated.changes.length === 0) {
      out.push(r);
      continue;
    }
    await fs.writeFile(r.file, updated.text);
    io.stderr(`updated ${r.file} (${updated.changes.length} change${updated.changes.length === 1 ? '' : 's'}):\n${updated.changes.map((c) => `  ${c}\n`).join('')}`);
    out.push(await runTestFile(r.file, { readFile: io.readFile }));
  }
  return out;
}

async function runOnce(files: readonly string[], options: Options, io: CliIo, fs: TestIo): Promise<{ code: number; results: TestFileResult[] }> {
  let results: TestFileResult[] = [];
  for (const file of files) results.push(await runTestFile(file, { readFile: io.readFile }));
  if (options.update) results = await update(results, io, fs);
  const report = { pretty: prettyReport, junit: junitReport, json: jsonReport, tap: tapReport }[options.reporter];
  io.stdout(report(results));
  // No workflow ran (every file refused): a table of headers only would say nothing.
  if (options.reporter === 'pretty' && results.some((r) => r.coverage)) io.stdout(`\ncoverage\n${coverageTable(results)}`);
  if (options.junit) await fs.writeFile(options.junit, junitReport(results));
  if (options.coverage) {
    const json = results.filter((r) => r.coverage).map((r) => ({ file: r.file, workflow: r.workflow, ...coverageJson(r.coverage!) }));
    await fs.writeFile(options.coverage, `${JSON.stringify(json, null, 2)}\n`);
  }
  let ok = results.every((r) => r.passed);
  if (options.minCoverage !== undefined) {
    for (const r of results) {
      if (r.coverage && r.coverage.percent < options.minCoverage) {
        io.stderr(`coverage of ${r.workflow ?? r.file} is ${r.coverage.percent}%, below --min-coverage ${options.minCoverage}%\n`);
        ok = false;
      }
    }
  }
  return { code: ok ? 0 : 1, results };
}

/** Files a watch session follows: the test files, their workflows and mock files. */
function watchedFiles(results: readonly TestFileResult[], files: readonly string[], mocks: Map<string, string>): string[] {
  const out = new Set(files);
  for (const r of results) if (r.workflow) out.add(r.workflow);
  for (const m of mocks.values()) out.add(m);
  return [...out];
}

export async function testCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['reporter', 'junit', 'coverage', 'min-coverage'], ['watch', 'update']);
  const options = optionsOf(args.flags);
  if (!io.test) throw new Error('The test command needs file-system access.');
  const fs: TestIo = io.test;
  const files = await collect(args.positional.length > 0 ? args.positional : ['.'], fs);
  if (files.length === 0) throw new UsageError(`No test files (*.sfn-test.yaml, *.sfn-test.json) under ${args.positional.join(', ') || '.'}.`);
  let run = 1;
  let last = await runOnce(files, options, io, fs);
  fs.onRun?.(run, last.code);
  if (!args.flags.has('watch')) return last.code;

  const mocks = new Map<string, string>();
  for (const file of files) {
    const parsed = await parseTestFile(await io.readFile(file), file).catch(() => undefined);
    if (typeof parsed?.file?.mocks === 'string') mocks.set(file, besides(file, parsed.file.mocks));
  }
  io.stderr(`watching ${files.length} test file${files.length === 1 ? '' : 's'} and their workflows; Ctrl-C to stop\n`);
  let pending = false;
  let running: Promise<void> = Promise.resolve();
  let watcher = fs.watch(watchedFiles(last.results, files, mocks), changed);
  function changed(): void {
    if (pending) return;
    pending = true;
    // Several writes of one save come as several events: one rerun after they settle.
    fs.setTimer(() => {
      pending = false;
      running = running.then(async () => {
        run += 1;
        io.stdout(`\n— rerun ${run} —\n`);
        last = await runOnce(files, { ...options, update: false }, io, fs);
        watcher.close();
        watcher = fs.watch(watchedFiles(last.results, files, mocks), changed);
        fs.onRun?.(run, last.code);
      });
    }, 50);
  }
  await fs.stopped;
  watcher.close();
  await running;
  return last.code;
}
