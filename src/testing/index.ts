/**
 * `asl-studio/testing`: run `*.sfn-test.yaml|json` files (or suites built in code) on the local
 * engine from any test runner (Vitest, Jest, node:test), with expectations and coverage.
 *
 * ```ts
 * import { runTestFile, coverageOf } from 'asl-studio/testing';
 * const result = await runTestFile('workflows/order.sfn-test.yaml');
 * expect(result.passed).toBe(true);
 * expect(result.coverage!.states.covered).toBe(result.coverage!.states.total);
 * ```
 */
// ASL YAML and the JSONata syntax check are lazy imports in the browser bundle; a Node library has them from the start.
import '../asl/nodeParsers';
export { runTestFile, runTestSuite, runTestCase, caseMocks, loadWorkflow, type CaseResult, type SuiteResult, type TestFileResult, type SuiteOptions, type TestFileOptions } from './runner';
export { coverageOf, type Coverage, type CoverageGroup, type CoverageItem, type CoverageKind } from '../run/coverage';
export { checkExpectations, containsSubset, type Mismatch } from './expect';
export { parseTestFile, formatProblem, type LocatedProblem, type ParsedTestFile } from './parse';
export { checkTestFileSchema, TEST_FILE_SCHEMA } from './schemaCheck';
export { prettyReport, junitReport, tapReport, jsonReport, coverageTable, coverageJson, type ReporterName } from './report';
export { jsonDiff } from './diff';
export type { SfnTestFile, SfnTestCase, Expectations, StateExpectation, RunStatus } from './format';
export { TEST_FILE_PATTERN } from './format';
