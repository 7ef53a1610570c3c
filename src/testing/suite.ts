/**
 * Running a test suite against a definition already in memory: every case (see case.ts), and the
 * coverage of all runs together. No file access: `runner.ts` adds files.
 */
import type { StateMachine } from '../asl/types';
import { coverageOf, type Coverage } from '../run/coverage';
import type { SfnTestFile } from './format';
import { runTestCase, type CaseResult, type SuiteOptions } from './case';

export { caseMocks, runTestCase, type CaseResult, type SuiteOptions } from './case';

export interface SuiteResult {
  cases: CaseResult[];
  coverage: Coverage;
  passed: boolean;
}

/** Runs every case of a suite against a definition; coverage of all runs together. */
export async function runTestSuite(definition: StateMachine, suite: SfnTestFile, options: SuiteOptions = {}): Promise<SuiteResult> {
  const cases: CaseResult[] = [];
  for (const test of suite.tests) cases.push(await runTestCase(definition, suite, test, options));
  return { cases, coverage: coverageOf(definition, cases.map((c) => c.result.events)), passed: cases.every((c) => c.passed) };
}

