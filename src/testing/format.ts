/**
 * The test file format (`*.sfn-test.yaml` / `*.sfn-test.json`, beside the workflow): which
 * workflow it tests, its mocks, and test cases with input, mocked responses and expectations.
 * The JSON Schema is `schemas/sfn-test.schema.json`; `parseTestFile` checks files against it.
 *
 * ```yaml
 * workflow: order.asl.json        # ASL JSON/YAML, or a SAM template (then stateMachine: LogicalId)
 * mocks: order.mocks.json         # optional: a MockConfigFile (path or inline)
 * tests:
 *   - name: pays and ships
 *     input: { orderId: 7 }
 *     mocks: { Charge: [{ Return: { ok: true } }] }   # the n-th entry answers the n-th call
 *     expect:
 *       status: SUCCEEDED
 *       outputContains: { shipped: true }
 *       path: [Validate, Charge, Ship]
 * ```
 */
import type { MockConfigFile, MockResponse } from '../interpreter/types';

export type RunStatus = 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** Checks on one visit of a state (the first unless `visit` says which, 1-based). */
export interface StateExpectation {
  visit?: number;
  input?: unknown;
  inputContains?: unknown;
  output?: unknown;
  outputContains?: unknown;
  /** Retries the visit made. */
  retries?: number;
  /** The error a catcher of this state caught on that visit. */
  caughtError?: string;
}

export interface Expectations {
  status?: RunStatus;
  /** The whole output, exactly. */
  output?: unknown;
  /** Every member given is in the output with that value (objects compared recursively). */
  outputContains?: unknown;
  error?: string;
  cause?: string;
  /** The states entered at the top level, in order, exactly. */
  path?: string[];
  /** States entered at least once (at any depth). */
  passesThrough?: string[];
  /** States never entered (at any depth). */
  neverEnters?: string[];
  /** State transitions of the run (states entered). */
  transitions?: number;
  /** Per-state checks by state name: one visit, or several. */
  states?: Record<string, StateExpectation | StateExpectation[]>;
}

export interface SfnTestCase {
  name: string;
  /** Free text about the case (not checked), e.g. what to edit in a suggested case. */
  note?: string;
  input?: unknown;
  /** A test case of the file's MockConfigFile. */
  mockTestCase?: string;
  /** Mocked responses by state, in order of invocation (override the file's for those states). */
  mocks?: Record<string, MockResponse | MockResponse[]>;
  /** Deep-merged into the context object (`Execution`, `StateMachine`). */
  context?: Record<string, unknown>;
  expect?: Expectations;
}

export interface SfnTestFile {
  $schema?: string;
  /** The workflow file, relative to the test file. */
  workflow: string;
  /** The state machine's logical id when the workflow file is a SAM/CloudFormation template. */
  stateMachine?: string;
  /** A MockConfigFile: its path relative to the test file, or inline; or per-state shorthand. */
  mocks?: string | MockConfigFile | Record<string, MockResponse | MockResponse[]>;
  tests: SfnTestCase[];
}

/** File names the runner picks up in directories. */
export const TEST_FILE_PATTERN = /\.sfn-test\.(ya?ml|json)$/;
