/**
 * Engine defects of issue #16, each as a regression test: retry storms on failures before the
 * task is called, out-of-range time, deep nesting, non-JSON library inputs, state names that are
 * Object.prototype members, and invalid definitions run with skipValidation.
 */
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH } from '../asl/jsonValue';
import { validateDefinition } from '../asl/validate';
import { MAX_EXECUTION_MS } from './engine/driver';
import { eventLabels, run } from './testing/run';
import type { ExecutionResult } from './types';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:f';

/** Every event has a valid timestamp and the history serialises. */
function expectReadable(r: ExecutionResult): void {
  const text = JSON.stringify(r.events);
  expect(text.length).toBeGreaterThan(0);
  for (const e of r.events) expect(Number.isNaN(new Date(e.timestamp as unknown as string).getTime())).toBe(false);
}

function nested(depth: number, leaf: unknown = 1): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

describe('retries of failures raised before the task is called', () => {
  const intrinsicTask = (retry: Record<string, unknown>) => ({
    StartAt: 'T',
    States: { T: { Type: 'Task', Resource: LAMBDA, Parameters: { 'x.$': "States.StringToJson('{bad')" }, Retry: [{ ErrorEquals: ['States.ALL'], ...retry }], End: true } },
  });

  it('records each retried attempt (an EvaluationFailed per retry), as the clock moves', async () => {
    const r = await run(intrinsicTask({ MaxAttempts: 3 }), {}, { mocks: { T: [{ Return: 1 }] } });
    expect(eventLabels(r)).toEqual(['ExecutionStarted', 'TaskStateEntered:T', 'EvaluationFailed', 'EvaluationFailed', 'EvaluationFailed', 'ExecutionFailed']);
    expect(r.error).toBe('States.IntrinsicFailure');
    expect(r.stopTime - r.startTime).toBe(7000);
    expectReadable(r);
  });

  it('records JSONata Arguments failures per retry too', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'T',
      States: { T: { Type: 'Task', Resource: LAMBDA, Arguments: '{% $error("boom") %}', Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 2 }], End: true } },
    };
    const r = await run(def, {}, { mocks: { T: [{ Return: 1 }] } });
    expect(eventLabels(r)).toEqual(['ExecutionStarted', 'TaskStateEntered:T', 'EvaluationFailed', 'EvaluationFailed', 'EvaluationFailed', 'ExecutionFailed']);
    expect(r.error).toBe('States.QueryEvaluationError');
  });

  it('a retry storm (MaxAttempts 1e6) stops at the 25,000-event limit, history readable', async () => {
    const r = await run(intrinsicTask({ MaxAttempts: 1_000_000, BackoffRate: 1 }), {}, { mocks: { T: [{ Return: 1 }] } });
    expect(r.status).toBe('FAILED');
    expect(r.events.length).toBeLessThanOrEqual(25_001);
    expectReadable(r);
  });

  it('an exploding back-off ends at the one-year maximum, never overflowing the clock', async () => {
    const r = await run(intrinsicTask({ MaxAttempts: 99_999_999, BackoffRate: 10 }), {}, { mocks: { T: [{ Return: 1 }] } });
    expect(r).toMatchObject({ status: 'TIMED_OUT', error: 'States.Timeout' });
    expect(r.stopTime - r.startTime).toBe(MAX_EXECUTION_MS);
    expectReadable(r);
  });
});

describe('out-of-range time', () => {
  it.each([1e300, 1e166, 2 ** 53])('SecondsPath = %d times out at the one-year maximum with a readable history', async (seconds) => {
    const r = await run({ StartAt: 'W', States: { W: { Type: 'Wait', SecondsPath: '$.s', End: true } } }, { s: seconds });
    expect(r).toMatchObject({ status: 'TIMED_OUT', error: 'States.Timeout' });
    expect(r.cause).toMatch(/one year/);
    expect(r.events.at(-1)?.type).toBe('ExecutionTimedOut');
    expectReadable(r);
  });

  it('a JSONata Timestamp in year 9999 times out the same way', async () => {
    const r = await run({ QueryLanguage: 'JSONata', StartAt: 'W', States: { W: { Type: 'Wait', Timestamp: '9999-12-31T00:00:00Z', End: true } } });
    expect(r.status).toBe('TIMED_OUT');
    expectReadable(r);
  });

  it('a Wait within the year still completes', async () => {
    const r = await run({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 30 * 24 * 3600, End: true } } });
    expect(r.status).toBe('SUCCEEDED');
  });
});

describe('deep nesting', () => {
  const pass = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };

  it.each([1000, 100_000])('an input nested %d deep is refused with a clear message', async (depth) => {
    const r = await run(pass, nested(depth));
    expect(r).toMatchObject({ status: 'FAILED', error: 'InvalidExecutionInput' });
    expect(r.cause).toMatch(`nested too deeply (limit ${MAX_NESTING_DEPTH} levels)`);
    expectReadable(r);
  });

  it('an input at the limit runs', async () => {
    const r = await run(pass, nested(MAX_NESTING_DEPTH - 1));
    expect(r.status).toBe('SUCCEEDED');
    expectReadable(r);
  });

  it('a definition nested 100,000 deep, or with 1,000 nested Not rules, fails validation (and the run) with the limit', async () => {
    let rule: unknown = { Variable: '$.a', IsPresent: true };
    for (let i = 0; i < 1000; i++) rule = { Not: rule };
    const notChain = { StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ ...(rule as object), Next: 'E' }], Default: 'E' }, E: { Type: 'Succeed' } } };
    const deepResult = { StartAt: 'P', States: { P: { Type: 'Pass', Result: nested(100_000), End: true } } };
    for (const def of [notChain, deepResult]) {
      const diagnostics = validateDefinition(def);
      expect(diagnostics).toEqual([expect.objectContaining({ code: 'NESTED_TOO_DEEP', message: `The definition is nested too deeply (limit ${MAX_NESTING_DEPTH} levels).` })]);
      const r = await run(def);
      expect(r).toMatchObject({ status: 'FAILED', error: 'ValidationError' });
      expect(r.cause).toMatch('nested too deeply');
      const skipped = await run(def, {}, { skipValidation: true });
      expect(skipped.cause).toMatch('nested too deeply');
    }
  });

  it('a JSONata result nested beyond the limit fails the state clearly', async () => {
    const def = { QueryLanguage: 'JSONata', StartAt: 'P', States: { P: { Type: 'Pass', Output: '{% ( $f := function($x, $n){ $n = 0 ? $x : $f({"a": $x}, $n - 1) }; $f(1, 5000) ) %}', End: true } } };
    const r = await run(def);
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(r.cause).toMatch('nested too deeply');
    expectReadable(r);
  });
});

describe('non-JSON library inputs', () => {
  const pass = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  it.each([
    ['a BigInt', { a: 1n }, 'a BigInt is not a JSON value at $.a'],
    ['a function', { f: () => 1 }, 'a function is not a JSON value at $.f'],
    ['a cycle', cycle, 'a cycle) at $.self'],
    ['undefined in an array', [1, undefined], 'undefined is not a JSON value (in an array) at $[1]'],
    ['NaN', { n: Number.NaN }, 'NaN is not a JSON value at $.n'],
    ['Infinity', { n: [Infinity] }, 'Infinity is not a JSON value at $.n[0]'],
  ])('%s is refused at the start', async (_name, input, cause) => {
    const r = await run(pass, input);
    expect(r).toMatchObject({ status: 'FAILED', error: 'InvalidExecutionInput' });
    expect(r.cause).toContain(cause);
    expect(r.events).toEqual([]);
  });

  it('mocks that are not JSON are refused too', async () => {
    const r = await run(pass, {}, { mocks: { T: [{ Return: 10n }] } as never });
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain('The mocks are not valid: a BigInt');
  });
});

describe('state names that are Object.prototype members', () => {
  const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
  /** Built through JSON.parse, so `__proto__` is an own key as in a loaded file. */
  const taskMachine = (name: string) =>
    JSON.parse(`{"StartAt":${JSON.stringify(name)},"States":{${JSON.stringify(name)}:{"Type":"Task","Resource":"${LAMBDA}","Next":"Done"},"Done":{"Type":"Pass","End":true}}}`);

  it.each(NAMES)('%s validates, fails without a mock under policy fail, and answers from its mock', async (name) => {
    const def = taskMachine(name);
    expect(validateDefinition(def)).toEqual([]);
    const none = await run(def, {}, { defaultMockPolicy: 'fail' });
    expect(none.status).toBe('FAILED');
    expect(none.cause).toContain(`No mock or task handler answers Task state '${name}'`);
    const mocked = await run(def, {}, { mocks: JSON.parse(`{${JSON.stringify(name)}:[{"Return":{"ok":1}}]}`) });
    expect(mocked).toMatchObject({ status: 'SUCCEEDED', output: { ok: 1 } });
    expectReadable(mocked);
  });

  it.each(NAMES)('%s as a MockConfigFile test case or response name only matches its own entry', async (name) => {
    const def = taskMachine('T');
    const config = JSON.parse(
      `{"StateMachines":{"StateMachine":{"TestCases":{${JSON.stringify(name)}:{"T":"R"}}}},"MockedResponses":{"R":{"0":{"Return":{"from":"R"}}}}}`,
    );
    const r = await run(def, {}, { mocks: config, testCase: name });
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: { from: 'R' } });
    const other = await run(def, {}, { mocks: config, testCase: name === 'toString' ? 'valueOf' : 'toString' });
    expect(other.status).toBe('FAILED');
  });
});

describe('skipValidation with invalid definitions', () => {
  it.each([
    ['null', null],
    ['no States', { StartAt: 'A' }],
    ['States null', { StartAt: 'A', States: null }],
    ['a state that is null', { StartAt: 'A', States: { A: null } }],
    ['Next to nowhere', { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' } } }],
    ['Choices not an array', { StartAt: 'A', States: { A: { Type: 'Choice', Choices: 5 } } }],
    ['a self-loop', { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'A' } } }],
  ])('%s ends as a FAILED result with a readable history, nothing thrown', async (_name, def) => {
    const r = await run(def, {}, { skipValidation: true, maxTransitions: 1000 });
    expect(r.status).toBe('FAILED');
    expect(typeof r.cause).toBe('string');
    expect(r.cause).not.toMatch(/^Internal error/);
    if (r.cause?.includes('Internal error')) expect(r.cause).toMatch(/not validated: skipValidation.*Validation reports: /);
    expectReadable(r);
  });
});
