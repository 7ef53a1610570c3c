import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { startExecution } from '../interpreter/execution';
import { ORDER_FLOW } from './fixtures';
import { parseTestFile } from './parse';
import { addTestCase, removeTestCase, suiteOf, testCaseFromRun, testFileFor, uniqueCaseName } from './studioSuite';
import { runTestSuite } from './suite';

const flow = ORDER_FLOW as unknown as StateMachine;

async function runOf(input: unknown, mocks: Record<string, unknown[]>) {
  const result = await startExecution(flow, input, { mocks: mocks as never, startTime: Date.UTC(2025, 0, 1) }).result;
  return { name: 'My run', input, events: result.events, status: result.status, output: result.output, ...(result.error ? { error: result.error } : {}), ...(result.cause ? { cause: result.cause } : {}) };
}

describe('a test case from a run', () => {
  it('keeps the input, the answers as mocks and the outcome as expectations; the suite passes, and fails with a diff once the workflow changes', async () => {
    const run = await runOf({ amount: 5 }, { Charge: [{ Throw: { Error: 'Throttled' } }, { Return: { receipt: 'r-1' } }] });
    const testCase = testCaseFromRun(run);
    // The answers as the run saw them (a lambda:invoke mock arrives wrapped in the Invoke response, kept as is).
    expect(testCase).toMatchObject({
      name: 'My run',
      input: { amount: 5 },
      mocks: { Charge: [{ Throw: { Error: 'Throttled' } }, { Return: { Payload: { receipt: 'r-1' }, StatusCode: 200 } }] },
      expect: { status: 'SUCCEEDED', output: { amount: 5, payment: { receipt: 'r-1' } }, path: ['Validate', 'Charge', 'Done'] },
    });
    const { text, index } = addTestCase(null, testCase, 'order.asl.json');
    expect(index).toBe(0);
    const parsed = await parseTestFile(text, 'order.sfn-test.json');
    expect(parsed.problems).toEqual([]);
    const suite = await runTestSuite(flow, parsed.file!);
    expect(suite.passed).toBe(true);
    expect(suite.coverage.states.covered).toBe(3);

    const broken = structuredClone(flow) as StateMachine & { States: Record<string, Record<string, unknown>> };
    broken.States['Charge']!['ResultPath'] = '$.paid';
    const failing = await runTestSuite(broken, parsed.file!);
    expect(failing.passed).toBe(false);
    expect(failing.cases[0]!.mismatches.map((m) => m.what)).toEqual(['output']);
    expect(failing.cases[0]!.mismatches[0]!.diff).toContain('-   "payment": {');
  });

  it('expects the error of a failed run and makes names unique', async () => {
    const run = await runOf({ amount: 0 }, {});
    const testCase = testCaseFromRun(run, ['My run']);
    expect(testCase.name).toBe('My run (2)');
    expect(testCase.mocks).toBeUndefined();
    expect(testCase.expect).toEqual({ status: 'FAILED', error: 'Rejected', cause: 'amount must be positive', path: ['Validate', 'Rejected'] });
    expect(uniqueCaseName(['a', 'a (2)'], 'a')).toBe('a (3)');
  });
});

describe('editing the test file text', () => {
  it('appends and removes cases with minimal edits, keeping what the user typed', async () => {
    const typed = '{\n  // mine\n  "workflow": "order.asl.json",\n  "tests": [\n    { "name": "one", "input": { "amount": 1 } }\n  ]\n}\n';
    const added = addTestCase(typed, { name: 'two', input: {} }, 'ignored.asl.json');
    expect(added.index).toBe(1);
    expect(added.text.startsWith('{\n  // mine\n  "workflow": "order.asl.json",\n  "tests": [\n')).toBe(true);
    expect(suiteOf(added.text)!.tests.map((t) => t.name)).toEqual(['one', 'two']);
    expect(suiteOf(removeTestCase(added.text, 0))!.tests.map((t) => t.name)).toEqual(['two']);
    const exported = testFileFor(added.text, 'template.yaml', 'OrderMachine');
    expect(suiteOf(exported)).toMatchObject({ workflow: 'template.yaml', stateMachine: 'OrderMachine' });
    expect(suiteOf('{ not json')).toBeUndefined();
  });
});
