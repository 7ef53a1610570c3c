/**
 * The test file a workflow carries in the studio: the `*.sfn-test.json` format as JSON text,
 * changed with minimal edits (jsonc-parser) so what the user typed in the editor stays as typed;
 * and a test case made from any run (its input, the answers its tasks gave as mocks, what it did
 * as expectations), local or recorded on AWS.
 */
import { applyEdits, modify, parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { HistoryEvent, MockResponse } from '../interpreter/types';
import { deriveMocks } from '../history/deriveMocks';
import type { RunStatus, SfnTestCase, SfnTestFile } from './format';
import { snapshotOf } from './update';

const STATUSES: readonly RunStatus[] = ['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];
const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** A name usable as a file name (`Order workflow` → `Order-workflow`). */
export function fileSafeName(name: string | undefined, fallback = 'workflow'): string {
  return (name ?? '').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || fallback;
}

/** The file names of a workflow and of its test file, side by side. */
export function workflowFileName(name: string | undefined): string {
  return `${fileSafeName(name)}.asl.json`;
}
export function testFileName(name: string | undefined): string {
  return `${fileSafeName(name)}.sfn-test.json`;
}

/** A test file with no cases yet for the workflow file `workflow`. */
export function emptyTestFile(workflow: string): string {
  return `${JSON.stringify({ workflow, tests: [] } satisfies SfnTestFile, null, 2)}\n`;
}

/** The suite of a test file text when it is JSON with a `tests` list (not checked further: see parseTestFile). */
export function suiteOf(text: string | null | undefined): SfnTestFile | undefined {
  if (!text) return undefined;
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: true }) as unknown;
  if (errors.length > 0 || !value || typeof value !== 'object' || !Array.isArray((value as SfnTestFile).tests)) return undefined;
  return value as SfnTestFile;
}

/** `base`, or `base (2)`, `base (3)`… — the first not in `taken`. */
export function uniqueCaseName(taken: readonly string[], base: string): string {
  const names = new Set(taken);
  const trimmed = base.trim() || 'test case';
  if (!names.has(trimmed)) return trimmed;
  for (let n = 2; ; n++) if (!names.has(`${trimmed} (${n})`)) return `${trimmed} (${n})`;
}

/**
 * Appends a test case (a new file when there is none or it is not a suite).
 * @returns the text and the index of the new case
 */
export function addTestCase(text: string | null | undefined, testCase: SfnTestCase, workflow: string): { text: string; index: number } {
  const suite = suiteOf(text);
  const base = suite && text ? text : emptyTestFile(workflow);
  const index = suite?.tests.length ?? 0;
  const edits = modify(base, ['tests', index], testCase, { ...FORMAT, isArrayInsertion: true });
  return { text: applyEdits(base, edits), index };
}

/** Removes the test case at `index`. */
export function removeTestCase(text: string, index: number): string {
  return applyEdits(text, modify(text, ['tests', index], undefined, FORMAT));
}

/** The file as exported beside `workflow` (its `workflow` member names that file). */
export function testFileFor(text: string, workflow: string, stateMachine?: string): string {
  let out = applyEdits(text, modify(text, ['workflow'], workflow, FORMAT));
  out = applyEdits(out, modify(out, ['stateMachine'], stateMachine, FORMAT));
  return out;
}

/** What a test case is made from: a finished run, local or recorded. */
export interface RunForTest {
  name: string;
  input: unknown;
  events: readonly HistoryEvent[];
  status: string;
  output?: unknown;
  error?: string;
  cause?: string;
}

/**
 * A test case reproducing a run: its input; every task's answers, in order, as mocks (from the
 * history's TaskSucceeded/TaskFailed… events, so it works for recorded AWS executions too); and
 * what the run did as expectations (status, output or error and cause, the path taken).
 */
export function testCaseFromRun(run: RunForTest, takenNames: readonly string[] = []): SfnTestCase {
  const { shorthand } = deriveMocks(run.events, { stateMachine: 'StateMachine', testCase: 'case' });
  const status: RunStatus = STATUSES.includes(run.status as RunStatus) ? (run.status as RunStatus) : 'FAILED';
  const expect = snapshotOf({ status, output: run.output, ...(run.error !== undefined ? { error: run.error } : {}), ...(run.cause !== undefined ? { cause: run.cause } : {}), events: run.events as HistoryEvent[] });
  const testCase: SfnTestCase = { name: uniqueCaseName(takenNames, run.name), input: run.input ?? {} };
  if (Object.keys(shorthand).length > 0) testCase.mocks = shorthand as Record<string, MockResponse | MockResponse[]>;
  testCase.expect = expect;
  return testCase;
}
