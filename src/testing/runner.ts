/**
 * Running test files: load the workflow (ASL JSON/YAML or a SAM template) and the mocks, run
 * every test case on the engine (simulated clock, fixed start time and seed, so runs repeat
 * exactly), check the expectations and derive the coverage from the runs' histories.
 */
import type { StateMachine } from '../asl/types';
import { isMockConfigFile } from '../interpreter/mocks';
import { loadDefinition } from '../cli/load';
import { runTestSuite, type SuiteOptions, type SuiteResult } from './suite';
import { parseTestFile, type LocatedProblem } from './parse';

export { caseMocks, runTestCase, runTestSuite, type CaseResult, type SuiteOptions, type SuiteResult } from './suite';

export interface TestFileResult extends Partial<SuiteResult> {
  file: string;
  /** The workflow file's path as resolved. */
  workflow?: string;
  definition?: StateMachine;
  /** Why the file could not run (bad test file, missing workflow, bad mocks); then no cases ran. */
  problems: LocatedProblem[];
  passed: boolean;
}

export interface TestFileOptions {
  /** Reads a file (default: Node's fs). */
  readFile?: (path: string) => Promise<string>;
  startTime?: number;
}

function dirOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? '' : path.slice(0, cut + 1);
}

/** `other` relative to the directory of `file` (absolute paths kept). */
export function besides(file: string, other: string): string {
  if (/^([/\\]|[A-Za-z]:)/.test(other)) return other;
  const out: string[] = [];
  for (const part of `${dirOf(file)}${other}`.split(/[/\\]/)) {
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part !== '.') out.push(part);
  }
  return out.join('/');
}

async function nodeReadFile(path: string): Promise<string> {
  const fs = await import('node:fs/promises');
  return fs.readFile(path, 'utf8');
}

function problem(file: string, message: string, path: (string | number)[] = []): LocatedProblem {
  return { file, line: 0, column: 0, path, message };
}

/** Reads the workflow a test file names: an ASL definition, or a state machine of a template (with its DefinitionUri file). */
export async function loadWorkflow(text: string, file: string, readFile: (path: string) => Promise<string>, stateMachine: string | undefined): Promise<{ definition?: StateMachine; logicalId?: string; problems: LocatedProblem[] }> {
  const loaded = await loadDefinition(text, file, readFile, stateMachine);
  if (loaded.definition) return { definition: loaded.definition, ...(loaded.logicalId ? { logicalId: loaded.logicalId } : {}), problems: [] };
  return { problems: loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => problem(file, d.message, d.path)) };
}

/** Runs a test file: parse and check it, load its workflow and mocks, run its cases. */
export async function runTestFile(path: string, options: TestFileOptions = {}): Promise<TestFileResult> {
  const read = options.readFile ?? nodeReadFile;
  const fail = (problems: LocatedProblem[], extra: Partial<TestFileResult> = {}): TestFileResult => ({ file: path, problems, passed: false, ...extra });
  let text: string;
  try {
    text = await read(path);
  } catch (e) {
    return fail([problem(path, `cannot read the test file: ${e instanceof Error ? e.message : String(e)}`)]);
  }
  const parsed = await parseTestFile(text, path);
  if (!parsed.file) return fail(parsed.problems);
  const suite = parsed.file;
  const workflowPath = besides(path, suite.workflow);
  let workflowText: string;
  try {
    workflowText = await read(workflowPath);
  } catch {
    return fail([problem(path, `the workflow file '${suite.workflow}' cannot be read (looked for ${workflowPath})`, ['workflow'])], { workflow: workflowPath });
  }
  const loaded = await loadWorkflow(workflowText, workflowPath, read, suite.stateMachine);
  if (!loaded.definition) return fail(loaded.problems, { workflow: workflowPath });
  const options2: SuiteOptions = {};
  if (options.startTime !== undefined) options2.startTime = options.startTime;
  if (loaded.logicalId) options2.stateMachineName = loaded.logicalId;
  if (typeof suite.mocks === 'string') {
    const mocksPath = besides(path, suite.mocks);
    try {
      const config = JSON.parse(await read(mocksPath)) as unknown;
      if (!isMockConfigFile(config)) return fail([problem(path, `'${suite.mocks}' is not a MockConfigFile (it needs StateMachines and MockedResponses)`, ['mocks'])]);
      options2.mockConfig = config;
    } catch (e) {
      return fail([problem(path, `the mocks file '${suite.mocks}' cannot be read: ${e instanceof Error ? e.message : String(e)}`, ['mocks'])]);
    }
  }
  const missingCase = suite.tests.find((t) => t.mockTestCase && !Object.values((options2.mockConfig ?? (isMockConfigFile(suite.mocks) ? suite.mocks : undefined))?.StateMachines ?? {}).some((m) => m.TestCases?.[t.mockTestCase!]));
  if (missingCase) {
    const index = suite.tests.indexOf(missingCase);
    return fail([problem(path, `test case '${missingCase.name}' names mockTestCase '${missingCase.mockTestCase}', which the MockConfigFile does not define`, ['tests', index, 'mockTestCase'])]);
  }
  const result = await runTestSuite(loaded.definition, suite, options2);
  return { file: path, workflow: workflowPath, definition: loaded.definition, problems: [], ...result };
}
