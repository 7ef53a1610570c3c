import { describe, expect, it } from 'vitest';
import { createMockTable } from '../interpreter/mocks';
import { importExecutionHistory } from './index';
import { deriveMocks, toMockConfigFile } from './deriveMocks';
import { ev } from './testing/recorded';

describe('deriveMocks', () => {
  const definition = {
    StartAt: 'Call',
    States: {
      Call: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:1:function:f', Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 3 }], Next: 'Save' },
      Save: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', End: true },
    },
  } as const;
  const ddb = { resourceType: 'dynamodb', resource: 'putItem' };
  const events = [
    ev(1, 0, 'ExecutionStarted', { input: '{}' }),
    ev(2, 0, 'TaskStateEntered', { name: 'Call', input: '{}' }),
    ev(3, 2, 'LambdaFunctionScheduled', { input: '{}' }),
    ev(4, 3, 'LambdaFunctionStarted'),
    ev(5, 4, 'LambdaFunctionFailed', { error: 'Boom', cause: 'first' }),
    ev(6, 5, 'LambdaFunctionScheduled', { input: '{}' }),
    ev(7, 6, 'LambdaFunctionStarted'),
    ev(8, 7, 'LambdaFunctionTimedOut', { cause: 'slow' }),
    ev(9, 8, 'LambdaFunctionScheduled', { input: '{}' }),
    ev(10, 9, 'LambdaFunctionStarted'),
    ev(11, 10, 'LambdaFunctionSucceeded', { output: '{"a":1}' }),
    ev(12, 11, 'TaskStateExited', { name: 'Call', output: '{"a":1}' }),
    ev(13, 12, 'TaskStateEntered', { name: 'Save', input: '{"a":1}' }),
    ev(14, 13, 'TaskScheduled', { ...ddb, parameters: '{}' }),
    ev(15, 14, 'TaskStarted', ddb),
    ev(16, 15, 'TaskFailed', { ...ddb, error: 'DynamoDB.ConditionalCheckFailedException', cause: 'exists' }),
    ev(17, 16, 'ExecutionFailed', { error: 'DynamoDB.ConditionalCheckFailedException', cause: 'exists' }),
  ];

  it('takes every recorded answer in order: results, failures, timeouts', () => {
    const run = importExecutionHistory({ events }, { definition: definition as never });
    const mocks = deriveMocks(run.events, { stateMachine: 'Orders', testCase: 'Prod' });
    expect(mocks.shorthand).toEqual({
      Call: [{ Throw: { Error: 'Boom', Cause: 'first' } }, { Throw: { Error: 'States.Timeout', Cause: 'slow' } }, { Return: { a: 1 } }],
      Save: [{ Throw: { Error: 'DynamoDB.ConditionalCheckFailedException', Cause: 'exists' } }],
    });
    expect(mocks.byScope['Call#']).toHaveLength(3);
    expect(mocks.mockConfig.StateMachines).toEqual({ Orders: { TestCases: { Prod: { Call: 'Prod_Call', Save: 'Prod_Save' } } } });
    // The MockConfigFile answers like the shorthand.
    const table = createMockTable(mocks.mockConfig, 'Prod');
    expect([0, 1, 2].map((n) => table.answer('Call', n))).toEqual(mocks.shorthand['Call']);
  });

  it('writes equal consecutive answers as one range', () => {
    const ok = { Return: 1 };
    const file = toMockConfigFile({ S: [ok, ok, ok, { Return: 2 }] }, 'M', 'T');
    expect(file.MockedResponses).toEqual({ T_S: { '0-2': ok, '3': { Return: 2 } } });
  });
});
