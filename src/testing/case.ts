/**
 * Running one test case against a definition already in memory, on the engine (simulated clock,
 * fixed start time and seed, so runs repeat exactly), its expectations checked. No file access
 * and no coverage (see suite.ts): this is what the studio's test worker loads.
 */
import type { StateMachine } from '../asl/types';
import { startExecution } from '../interpreter/execution';
import { isMockConfigFile } from '../interpreter/mocks';
import type { ExecutionResult, MockConfigFile, MockResponse } from '../interpreter/types';
import { testCaseMocks, type StateMocks } from '../run/mockConfig';
import { buildVisits } from '../run/visits';
import { checkExpectations, type Mismatch } from './expect';
import type { SfnTestCase, SfnTestFile } from './format';

export interface CaseResult {
  name: string;
  passed: boolean;
  mismatches: Mismatch[];
  result: ExecutionResult;
}

export interface SuiteOptions {
  /** The MockConfigFile the suite's `mocks` names (already read), if any. */
  mockConfig?: MockConfigFile;
  /** State machine name for MockConfigFile test cases (default: the file's first). */
  stateMachineName?: string;
  /** Start of the simulated clock of every run (ms since epoch); fixed by default so runs repeat. */
  startTime?: number;
}

/** 2025-01-01T00:00:00Z: every test run starts at the same simulated time. */
const START = Date.UTC(2025, 0, 1);

function asList(value: MockResponse | MockResponse[]): MockResponse[] {
  return Array.isArray(value) ? value : [value];
}

/** The per-state mocks of one test case: the file's (a MockConfigFile test case, or shorthand) overridden by the case's own. */
export function caseMocks(suite: SfnTestFile, test: SfnTestCase, options: SuiteOptions): StateMocks {
  const out: StateMocks = {};
  const config = options.mockConfig ?? (isMockConfigFile(suite.mocks) ? suite.mocks : undefined);
  if (config) {
    const machine = options.stateMachineName && config.StateMachines[options.stateMachineName] ? options.stateMachineName : Object.keys(config.StateMachines)[0];
    const testCase = test.mockTestCase ?? (machine && config.StateMachines[machine]?.TestCases[test.name] ? test.name : undefined);
    if (machine && testCase) Object.assign(out, testCaseMocks(config, machine, testCase));
  } else if (suite.mocks && typeof suite.mocks === 'object') {
    for (const [state, value] of Object.entries(suite.mocks as Record<string, MockResponse | MockResponse[]>)) out[state] = asList(value);
  }
  for (const [state, value] of Object.entries(test.mocks ?? {})) out[state] = asList(value);
  return out;
}

/** Runs one test case. */
export async function runTestCase(definition: StateMachine, suite: SfnTestFile, test: SfnTestCase, options: SuiteOptions = {}): Promise<CaseResult> {
  const execution = startExecution(definition, test.input ?? {}, {
    mocks: caseMocks(suite, test, options),
    awaitCallbacks: false,
    startTime: options.startTime ?? START,
    seed: 1,
    name: test.name.replace(/[^\w-]/g, '-').slice(0, 80) || 'test',
    ...(options.stateMachineName ? { stateMachineName: options.stateMachineName } : {}),
    ...(test.context ? { contextOverrides: test.context } : {}),
  });
  const result = await execution.result;
  const mismatches = result.diagnostics
    ? [{ what: 'workflow', at: [], expected: 'a valid workflow', actual: result.diagnostics, message: `the workflow is invalid: ${result.diagnostics.map((d) => d.message).join('; ')}` }]
    : checkExpectations(test.expect, result, buildVisits(result.events));
  return { name: test.name, passed: mismatches.length === 0, mismatches, result };
}

