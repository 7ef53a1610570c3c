import { describe, expect, it } from 'vitest';
import { TestStateError, testState } from '.';

const task = {
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke',
  Parameters: { FunctionName: 'charge', 'Payload.$': '$.order' },
  ResultSelector: { 'charged.$': '$.Payload.ok' },
  ResultPath: '$.payment',
  Retry: [
    { ErrorEquals: ['Throttled'], IntervalSeconds: 2, BackoffRate: 3, MaxAttempts: 2 },
    { ErrorEquals: ['States.ALL'], MaxAttempts: 0 },
  ],
  Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.failure', Next: 'Refund' }],
  Next: 'Ship',
};

describe('testState', () => {
  it('runs a mocked Task through every JSONPath stage and names the next state', async () => {
    const r = await testState({ definition: task, input: { order: { id: 7 } }, inspectionLevel: 'DEBUG', mock: { result: { Payload: { ok: true } } } });
    expect(r).toEqual({
      status: 'SUCCEEDED',
      output: { order: { id: 7 }, payment: { charged: true } },
      nextState: 'Ship',
      inspectionData: {
        input: { order: { id: 7 } },
        afterInputPath: { order: { id: 7 } },
        afterParameters: { FunctionName: 'charge', Payload: { id: 7 } },
        result: { Payload: { ok: true } },
        afterResultSelector: { charged: true },
        afterResultPath: { order: { id: 7 }, payment: { charged: true } },
      },
    });
  });

  it('reports a retriable error with the back-off of the next retry', async () => {
    const mock = { errorOutput: { error: 'Throttled', cause: 'slow down' } };
    const first = await testState({ definition: task, input: { order: 1 }, inspectionLevel: 'DEBUG', mock });
    expect(first.status).toBe('RETRIABLE');
    expect(first.inspectionData?.errorDetails).toEqual({ retryIndex: 0, retryBackoffIntervalSeconds: 2 });
    const second = await testState({ definition: task, input: { order: 1 }, inspectionLevel: 'DEBUG', mock, stateConfiguration: { retrierRetryCount: 1 } });
    expect(second.inspectionData?.errorDetails).toEqual({ retryIndex: 0, retryBackoffIntervalSeconds: 6 });
  });

  it('catches an error once the retrier is spent: ResultPath output and the catcher’s Next', async () => {
    const r = await testState({
      definition: task,
      input: { order: 1 },
      inspectionLevel: 'DEBUG',
      mock: { errorOutput: { error: 'Throttled', cause: 'slow down' } },
      stateConfiguration: { retrierRetryCount: 2 },
    });
    expect(r.status).toBe('CAUGHT_ERROR');
    expect(r.nextState).toBe('Refund');
    expect(r.output).toEqual({ order: 1, failure: { Error: 'Throttled', Cause: 'slow down' } });
    expect(r.inspectionData?.errorDetails).toEqual({ retryIndex: 0, catchIndex: 0 });
  });

  it('omits inspectionData at INFO and evaluates Choice rules', async () => {
    const choice = { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThan: 5, Next: 'Big' }], Default: 'Small' };
    expect(await testState({ definition: choice, input: '{"n": 9}' })).toEqual({ status: 'SUCCEEDED', output: { n: 9 }, nextState: 'Big' });
    expect((await testState({ definition: choice, input: '{"n": 1}' })).nextState).toBe('Small');
  });

  it('tests a state of a whole machine by name, with variables in scope', async () => {
    const machine = {
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: { A: { Type: 'Pass', Output: '{% $states.input.x + $bonus %}', Next: 'B' }, B: { Type: 'Succeed' } },
    };
    const r = await testState({ definition: JSON.stringify(machine), stateName: 'A', input: '{"x": 2}', variables: '{"bonus": 40}', inspectionLevel: 'TRACE' });
    expect(r).toEqual({ status: 'SUCCEEDED', output: 42, nextState: 'B', inspectionData: { input: { x: 2 }, variables: { bonus: 40 } } });
  });

  it('refuses requests as AWS does', async () => {
    const refused = async (request: Parameters<typeof testState>[0]) => {
      const e = await testState(request).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(TestStateError);
      return `${(e as TestStateError).code}: ${(e as TestStateError).message}`;
    };
    expect(await refused({ definition: { Type: 'Pass', End: true }, mock: { result: 1 } })).toBe("ValidationException: State type 'Pass' is not supported when a mock is specified");
    expect(await refused({ definition: task })).toBe('ValidationException: RoleArn must be specified when testing a Task state');
    expect(await refused({ definition: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, stateName: 'Z' })).toBe('ValidationException: State not found in definition');
    expect(await refused({ definition: task, mock: { result: { StatusCode: '200' } } })).toBe("ValidationException: Mock result schema validation error: Field 'StatusCode' must be a number");
  });

  it('checks a mocked result only as far as fieldValidationMode asks', async () => {
    const start = { Type: 'Task', Resource: 'arn:aws:states:::states:startExecution', Parameters: { StateMachineArn: 'arn' }, End: true };
    await expect(testState({ definition: start, mock: { result: {} } })).rejects.toThrow("Required field 'ExecutionArn' is missing");
    expect((await testState({ definition: start, mock: { result: {}, fieldValidationMode: 'PRESENT' } })).status).toBe('SUCCEEDED');
  });
});
