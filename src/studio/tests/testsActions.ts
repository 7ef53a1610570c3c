/**
 * What the Tests panel does: run cases (in a worker) and fold their results and coverage into
 * the tests store, save a run as a test case, import and export the test file. No React here.
 */
import type { StateMachine } from '../../asl/types';
import { coverageOf, type Coverage } from '../../run/coverage';
import type { StudioStore } from '../../store/studioStore';
import type { RunRecord } from '../../store/runStore';
import { formatProblem, parseTestFile, type LocatedProblem } from '../../testing/parse';
import { addTestCase, fileSafeName, removeTestCase, suiteOf, testCaseFromRun, testFileFor, testFileName, uniqueCaseName, workflowFileName } from '../../testing/studioSuite';
import type { SfnTestFile } from '../../testing/format';
import type { CaseResult } from '../../testing/suite';
import type { CaseSuggestion } from '../../testing/suggest';
import { runSuite, type SuiteRun } from './suiteClient';
import type { CaseOutcome, TestsStore } from './testsStore';

let current: SuiteRun | undefined;

/** Node and edge ids of what no run covered (states, transitions, Choice rules, catchers, bodies). */
export function uncoveredIds(coverage: Coverage): Set<string> {
  const out = new Set<string>();
  for (const group of [coverage.states, coverage.transitions, coverage.bodies]) for (const item of group.items) if (!item.covered) out.add(item.id);
  // A state with a retrier no test exercised is marked too (`<state>#retry`).
  for (const item of coverage.retriers.items) if (!item.covered && item.state) out.add(`${item.state}#retry`);
  return out;
}

function outcomeOf(result: CaseResult, input: unknown): CaseOutcome {
  const r = result.result;
  return {
    name: result.name, passed: result.passed, mismatches: result.mismatches, status: r.status, input, events: r.events,
    ...(r.output !== undefined ? { output: r.output } : {}),
    ...(r.error !== undefined ? { error: r.error } : {}),
    ...(r.cause !== undefined ? { cause: r.cause } : {}),
  };
}

/** Coverage of the definition by the latest result of every case. */
function withCoverage(store: TestsStore, definition: StateMachine): void {
  const results = Object.values(store.getState().results);
  if (results.length === 0) {
    store.setState({ coverage: null, uncovered: null });
    return;
  }
  const coverage = coverageOf(definition, results.map((r) => r.events));
  store.setState({ coverage, uncovered: uncoveredIds(coverage) });
}

/** The test file checked against the schema, or its located problems. */
export async function readSuite(text: string | null, name: string): Promise<{ suite?: SfnTestFile; problems: LocatedProblem[] }> {
  if (!text) return { problems: [] };
  const parsed = await parseTestFile(text, name);
  return parsed.file ? { suite: parsed.file, problems: [] } : { problems: parsed.problems };
}

/**
 * Runs the cases named (all when none) on the open workflow; results arrive case by case.
 * @param options.inThread run here (tests; the worker is the default)
 */
export async function runCases(studio: StudioStore, store: TestsStore, names?: readonly string[], options: { inThread?: boolean } = {}): Promise<void> {
  const { definition, settings } = studio.getState();
  const { suite, problems } = await readSuite(store.getState().text, testFileName(settings.name));
  if (!suite) {
    store.setState({ problem: problems.length > 0 ? problems.map(formatProblem).join('\n') : null });
    return;
  }
  const indexes = suite.tests.map((t, i) => (!names || names.includes(t.name) ? i : -1)).filter((i) => i >= 0);
  current?.cancel();
  // Results of another version of the workflow do not mix with these.
  const state = store.getState();
  const kept = state.resultsFor === definition ? { ...state.results } : {};
  const known = new Set(suite.tests.map((t) => t.name));
  for (const name of Object.keys(kept)) if (!known.has(name)) delete kept[name];
  store.setState({ problem: null, running: indexes.map((i) => suite.tests[i]!.name), results: kept, resultsFor: definition });
  const run = runSuite({ definition, suite, indexes }, (index, result) => {
    const test = suite.tests[index]!;
    const s = store.getState();
    store.setState({ results: { ...s.results, [test.name]: outcomeOf(result, test.input ?? {}) }, running: (s.running ?? []).filter((n) => n !== test.name) });
  }, options);
  current = run;
  try {
    await run.done;
  } catch (e) {
    store.setState({ problem: `The tests could not run: ${e instanceof Error ? e.message : String(e)}` });
  } finally {
    if (current === run) {
      current = undefined;
      store.setState({ running: null });
      withCoverage(store, definition);
    }
  }
}

/** Adds a test case made from a finished run (input, the answers as mocks, the outcome as expectations); returns its name. */
export function saveRunAsTestCase(studio: StudioStore, store: TestsStore, run: RunRecord): string {
  const text = store.getState().text;
  const taken = suiteOf(text)?.tests.map((t) => t.name) ?? [];
  const outcome = run.outcome;
  const testCase = testCaseFromRun({
    name: run.name, input: run.input, events: run.events.toArray(), status: outcome?.status ?? run.status,
    ...(outcome?.output !== undefined ? { output: outcome.output } : {}),
    ...(outcome?.error !== undefined ? { error: outcome.error } : {}),
    ...(outcome?.cause !== undefined ? { cause: outcome.cause } : {}),
  }, taken);
  const added = addTestCase(text, testCase, workflowFileName(studio.getState().settings.name));
  store.setState({ text: added.text, openCase: testCase.name });
  return testCase.name;
}

/** Adds the case a coverage suggestion carries (its status as observed), then runs the suite so coverage follows. */
export async function addSuggestedCase(studio: StudioStore, store: TestsStore, suggestion: CaseSuggestion): Promise<string | undefined> {
  const text = store.getState().text;
  // Loaded here: it runs the engine, which the panel leaves to the worker otherwise.
  const { withObservedStatus } = await import('../../testing/suggest');
  const testCase = await withObservedStatus(studio.getState().definition, suiteOf(text), suggestion);
  if (!testCase) return undefined;
  const taken = suiteOf(store.getState().text)?.tests.map((t) => t.name) ?? [];
  const named = { ...testCase, name: uniqueCaseName(taken, testCase.name) };
  const added = addTestCase(store.getState().text, named, workflowFileName(studio.getState().settings.name));
  store.setState({ text: added.text, openCase: named.name });
  await runCases(studio, store);
  return named.name;
}

export function deleteTestCase(store: TestsStore, name: string): void {
  const { text, results } = store.getState();
  const index = suiteOf(text)?.tests.findIndex((t) => t.name === name) ?? -1;
  if (!text || index < 0) return;
  const rest = { ...results };
  delete rest[name];
  store.setState({ text: removeTestCase(text, index), results: rest });
}

/**
 * Imports a `*.sfn-test.yaml|json` file: with no tests yet it becomes the workflow's test file (a
 * JSON file as it is, a YAML file converted to JSON); else its cases are added (names kept unique).
 * Nothing changes when the file has problems: they are returned, located.
 */
export async function importTestFile(studio: StudioStore, store: TestsStore, fileText: string, fileName: string): Promise<{ added: number; problems: string[] }> {
  const parsed = await parseTestFile(fileText, fileName);
  if (!parsed.file) return { added: 0, problems: parsed.problems.map(formatProblem) };
  const existing = store.getState().text;
  const suite = suiteOf(existing);
  if (!suite || suite.tests.length === 0) {
    const json = /\.json$/i.test(fileName) && suiteOf(fileText) ? fileText : `${JSON.stringify(parsed.file, null, 2)}\n`;
    store.setState({ text: json, results: {}, coverage: null, uncovered: null, problem: null });
    return { added: parsed.file.tests.length, problems: [] };
  }
  let text = existing!;
  const taken = suite.tests.map((t) => t.name);
  for (const test of parsed.file.tests) {
    const name = uniqueCaseName(taken, test.name);
    taken.push(name);
    text = addTestCase(text, { ...test, name }, workflowFileName(studio.getState().settings.name)).text;
  }
  store.setState({ text, problem: null });
  return { added: parsed.file.tests.length, problems: [] };
}

/** The test file to download beside the exported workflow: its name and text. */
export function exportedTestFile(studio: StudioStore, store: TestsStore): { name: string; text: string } | undefined {
  const text = store.getState().text;
  if (!text) return undefined;
  const name = studio.getState().settings.name;
  return { name: testFileName(name), text: testFileFor(text, workflowFileName(name)) };
}

export { fileSafeName };
