import { describe, expect, it } from 'vitest';
import { createMockTable } from './mocks';
import { run } from './testing/run';
import type { MockConfigFile } from './types';

const file: MockConfigFile = {
  StateMachines: {
    OrderFlow: {
      TestCases: {
        AllGood: { Charge: 'ChargeOk' },
        Flaky: { Charge: 'ChargeFlaky' },
      },
    },
  },
  MockedResponses: {
    ChargeOk: { '0': { Return: { StatusCode: 200, Payload: { charged: true } } } },
    ChargeFlaky: {
      '0-1': { Throw: { Error: 'Lambda.TooManyRequestsException', Cause: 'throttled' } },
      '2': { Return: { StatusCode: 200, Payload: { charged: 'late' } } },
    },
  },
};

const def = {
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'charge' },
      OutputPath: '$.Payload',
      Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'], MaxAttempts: 3 }],
      End: true,
    },
  },
};

describe('mock tables', () => {
  it('shorthand: n-th entry answers the n-th invocation, the last repeats', () => {
    const t = createMockTable({ A: [{ Return: 1 }, { Return: 2 }], B: { Return: 'single' } });
    expect([0, 1, 2, 5].map((n) => t.answer('A', n))).toEqual([{ Return: 1 }, { Return: 2 }, { Return: 2 }, { Return: 2 }]);
    expect(t.answer('B', 3)).toEqual({ Return: 'single' });
    expect(t.has('C')).toBe(false);
  });
  it('MockConfigFile: test cases, invocation ranges', () => {
    const t = createMockTable(file, 'Flaky');
    expect(t.answer('Charge', 1)).toEqual({ Throw: { Error: 'Lambda.TooManyRequestsException', Cause: 'throttled' } });
    expect(t.answer('Charge', 2)).toMatchObject({ Return: { Payload: { charged: 'late' } } });
    expect(() => createMockTable(file, 'Nope')).toThrow(/Nope/);
  });
});

describe('mocked executions', () => {
  it('runs a MockConfigFile test case (retries count as invocations)', async () => {
    expect((await run(def, {}, { mocks: file, testCase: 'AllGood' })).output).toEqual({ charged: true });
    const flaky = await run(def, {}, { mocks: file, testCase: 'Flaky' });
    expect(flaky.output).toEqual({ charged: 'late' });
    expect(flaky.events.filter((e) => e.type === 'TaskFailed')).toHaveLength(2);
  });
  it('fails clearly, naming the state, when no mock answers', async () => {
    const r = await run(def);
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.cause).toContain("Task state 'Charge'");
  });
  it('applies a default mock policy when chosen', async () => {
    const r = await run({ StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Parameters: { Message: 'hi' }, End: true } } }, {}, { defaultMockPolicy: 'input' });
    expect(r.output).toEqual({ Message: 'hi' });
  });
  it('reports an unknown test case as a failed result, not an exception', async () => {
    const r = await run(def, {}, { mocks: file, testCase: 'Missing' });
    expect(r.status).toBe('FAILED');
    expect(r.cause).toContain('Missing');
  });
});
