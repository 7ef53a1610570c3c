import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../../../asl/types';
import { startExecution } from '../../../interpreter';
import type { RunRecord } from '../../../store/runStore';
import { createStudioStore } from '../../../store/studioStore';
import { defaultForm, requestFromForm, type TestStateForm } from './testStateForm';
import { runTestState } from './testStateActions';
import { formFor, lastRunInput, testStateStoreFor } from './testStateStore';
import { EventLog } from '../../../run/eventLog';

const ORDER: StateMachine = {
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Parameters: { 'orderId.$': '$.order.id' }, ResultPath: '$.prepared', Next: 'Charge' },
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      InputPath: '$.prepared',
      Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
      ResultSelector: { 'charged.$': '$.Payload.ok' },
      ResultPath: '$.charge',
      Retry: [{ ErrorEquals: ['Lambda.ServiceException'], MaxAttempts: 2, IntervalSeconds: 3, BackoffRate: 2 }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed', ResultPath: '$.error' }],
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
    Failed: { Type: 'Fail', Error: 'ChargeFailed' },
  },
};

const target = (name: string) => ({ id: name, name, type: ORDER.States[name]!.Type, stateJson: JSON.stringify(ORDER.States[name]), definition: ORDER });
const form = (patch: Partial<TestStateForm>): TestStateForm => ({ ...defaultForm(), ...patch });
const clock = () => 0;

describe('requestFromForm', () => {
  it('places a JSON error on its field with line and column', () => {
    const built = requestFromForm(ORDER, 'Charge', 'Task', form({ input: '{\n  "order": {"id": 1,}\n}', result: '[1' }));
    expect(built.request).toBeUndefined();
    expect(built.problems?.input).toMatch(/^Invalid JSON: .*\(line 2, column 21\)$/);
    expect(built.problems?.result).toMatch(/^Invalid JSON: .*\(line 1, column 3\)$/);
  });

  it('asks for an error name, a whole retry count and an object of variables', () => {
    const built = requestFromForm(ORDER, 'Charge', 'Task', form({ mock: 'error', error: ' ', retryCount: '1.5', variables: '[1]' }));
    expect(built.problems).toEqual({
      error: 'Name the error the mocked task throws, e.g. States.TaskFailed',
      retryCount: 'Retry count must be a whole number, 0 or more',
      variables: 'Variables must be a JSON object, e.g. {"orderId": "A-1"}',
    });
  });

  it('builds the AWS request: state name, input, level, mock and retry count', () => {
    const built = requestFromForm(ORDER, 'Charge', 'Task', form({ input: '{"a":1}', mock: 'error', error: 'Lambda.ServiceException', cause: 'down', retryCount: '1', level: 'TRACE' }));
    expect(built.request).toEqual({
      definition: ORDER, stateName: 'Charge', input: { a: 1 }, inspectionLevel: 'TRACE',
      mock: { errorOutput: { error: 'Lambda.ServiceException', cause: 'down' } },
      stateConfiguration: { retrierRetryCount: 1 },
    });
    // A Pass takes no mock (AWS refuses one).
    expect(requestFromForm(ORDER, 'Prepare', 'Pass', form({})).request?.mock).toBeUndefined();
  });
});

describe('runTestState', () => {
  it('answers with the output, the next state and every data-flow stage at DEBUG', async () => {
    const store = testStateStoreFor(createStudioStore({ definition: ORDER }));
    const result = JSON.stringify({ StatusCode: 200, Payload: { ok: true } });
    await runTestState(store, target('Charge'), form({ input: '{"prepared": {"orderId": 7}}', result }), clock);
    const response = store.getState().answers.Charge?.response;
    expect(response).toMatchObject({ status: 'SUCCEEDED', nextState: 'Done', output: { prepared: { orderId: 7 }, charge: { charged: true } } });
    expect(response?.inspectionData).toMatchObject({
      input: { prepared: { orderId: 7 } },
      afterInputPath: { orderId: 7 },
      afterParameters: { FunctionName: 'charge', Payload: { orderId: 7 } },
      result: { StatusCode: 200, Payload: { ok: true } },
      afterResultSelector: { charged: true },
      afterResultPath: { prepared: { orderId: 7 }, charge: { charged: true } },
    });
    expect(store.getState().running).toBeNull();
  });

  it('a mocked error: RETRIABLE while retries are left, then CAUGHT_ERROR with the Catch target', async () => {
    const store = testStateStoreFor(createStudioStore({ definition: ORDER }));
    const thrown = { input: '{"prepared": {}}', mock: 'error' as const, error: 'Lambda.ServiceException', cause: 'down' };
    await runTestState(store, target('Charge'), form(thrown), clock);
    expect(store.getState().answers.Charge?.response).toMatchObject({ status: 'RETRIABLE', error: 'Lambda.ServiceException', inspectionData: { errorDetails: { retryIndex: 0, retryBackoffIntervalSeconds: 3 } } });
    await runTestState(store, target('Charge'), form({ ...thrown, retryCount: '2' }), clock);
    expect(store.getState().answers.Charge?.response).toMatchObject({ status: 'CAUGHT_ERROR', nextState: 'Failed', output: { prepared: {}, error: { Error: 'Lambda.ServiceException', Cause: 'down' } } });
  });

  it("puts AWS's refusal on the field it is about", async () => {
    const store = testStateStoreFor(createStudioStore({ definition: ORDER }));
    // STRICT field validation of a lambda:invoke result: StatusCode is a number.
    await runTestState(store, target('Charge'), form({ result: '{"StatusCode": "200"}' }), clock);
    expect(store.getState().answers.Charge?.problems).toEqual({ result: "ValidationException: Mock result schema validation error: Field 'StatusCode' must be a number" });
  });
});

describe('the form of a state', () => {
  it('starts from the input of the last run that reached the state', async () => {
    const execution = startExecution(ORDER, { order: { id: 9 } }, { mocks: { Charge: [{ Return: { StatusCode: 200, Payload: { ok: true } } }] } });
    const { events } = await execution.result;
    const run = { events: EventLog.of(events) } as RunRecord;
    const empty = { events: EventLog.empty() } as unknown as RunRecord;
    expect(lastRunInput([run, empty], 'Charge')).toEqual({ order: { id: 9 }, prepared: { orderId: 9 } });
    expect(lastRunInput([run], 'Failed')).toBeUndefined();
    const store = testStateStoreFor(createStudioStore({ definition: ORDER }));
    expect(JSON.parse(formFor(store, 'Charge', [run]).input)).toEqual({ order: { id: 9 }, prepared: { orderId: 9 } });
    store.getState().setForm('Charge', form({ input: '{"typed": true}' }));
    expect(formFor(store, 'Charge', [run]).input).toBe('{"typed": true}');
  });
});
