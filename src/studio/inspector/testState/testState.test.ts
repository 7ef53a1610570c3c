import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../../../asl/types';
import { startExecution } from '../../../interpreter';
import type { RunRecord } from '../../../store/runStore';
import { createStudioStore } from '../../../store/studioStore';
import { defaultForm, requestFromForm, type TestStateForm } from './testStateForm';
import { runTestState } from './testStateActions';
import { testedNextOf, testedStatusOf, testStateStoreFor } from './testStateStore';
import { formFor, lastRunInput } from './testStateForms';
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

const target = (name: string, definition: StateMachine = ORDER) => ({ id: name, name, state: definition.States[name]!, stateJson: JSON.stringify(definition.States[name]), definition });
const form = (patch: Partial<TestStateForm>): TestStateForm => ({ ...defaultForm(), ...patch });
const clock = () => 0;

describe('requestFromForm', () => {
  it('places a JSON error on its field with line and column', () => {
    const built = requestFromForm(ORDER, 'Charge', ORDER.States.Charge!, form({ input: '{\n  "order": {"id": 1,}\n}', result: '[1' }));
    expect(built.request).toBeUndefined();
    expect(built.problems?.input).toMatch(/^Invalid JSON: .*\(line 2, column 21\)$/);
    expect(built.problems?.result).toMatch(/^Invalid JSON: .*\(line 1, column 3\)$/);
  });

  it('asks for an error name, a whole retry count and an object of variables', () => {
    const built = requestFromForm(ORDER, 'Charge', ORDER.States.Charge!, form({ mock: 'error', error: ' ', retryCount: '1.5', variables: '[1]' }));
    expect(built.problems).toEqual({
      error: 'Name the error the mocked task throws, e.g. States.TaskFailed',
      retryCount: 'Retry count must be a whole number, 0 or more',
      variables: 'Variables must be a JSON object, e.g. {"orderId": "A-1"}',
    });
  });

  it('builds the AWS request: state name, input, level, mock and retry count', () => {
    const built = requestFromForm(ORDER, 'Charge', ORDER.States.Charge!, form({ input: '{"a":1}', mock: 'error', error: 'Lambda.ServiceException', cause: 'down', retryCount: '1', level: 'TRACE' }));
    expect(built.request).toEqual({
      definition: ORDER, stateName: 'Charge', input: { a: 1 }, inspectionLevel: 'TRACE',
      mock: { errorOutput: { error: 'Lambda.ServiceException', cause: 'down' } },
      stateConfiguration: { retrierRetryCount: 1 },
    });
    // A Pass takes no mock (AWS refuses one).
    expect(requestFromForm(ORDER, 'Prepare', ORDER.States.Prepare!, form({})).request?.mock).toBeUndefined();
  });
});

/** A Distributed Map reading its items from S3, tolerating 1 failed iteration. */
const FAN: StateMachine = {
  StartAt: 'Fan',
  States: {
    Fan: {
      Type: 'Map',
      ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON' }, Parameters: { Bucket: 'b', Key: 'k' } },
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'Handle', States: { Handle: { Type: 'Pass', Next: 'Store' }, Store: { Type: 'Pass', End: true } } },
      ToleratedFailureCount: 1,
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
      End: true,
    },
    Failed: { Type: 'Fail' },
  },
} as StateMachine;

describe('the fields TestState takes beyond input and mock', () => {
  const fan = FAN.States.Fan!;

  it('context, ItemReader data, the failing inner state and the failed iteration count go into the request', () => {
    const built = requestFromForm(FAN, 'Fan', fan, form({
      mock: 'error', error: 'MockException', context: '{"Execution": {"Name": "night-run"}}', readerData: '[{"id": 1}, {"id": 2}]', causedBy: 'Store', iterationFailures: '2',
    }));
    expect(built.request).toMatchObject({
      context: { Execution: { Name: 'night-run' } },
      stateConfiguration: { errorCausedByState: 'Store', mapIterationFailureCount: 2, mapItemReaderData: '[{"id": 1}, {"id": 2}]' },
    });
    // Left at their defaults, none of them is sent (AWS generates the context; no failures).
    expect(requestFromForm(FAN, 'Fan', fan, form({ result: '[]' })).request).not.toHaveProperty('stateConfiguration');
    expect(requestFromForm(FAN, 'Fan', fan, form({ result: '[]' })).request).not.toHaveProperty('context');
  });

  it('places each problem on its field, JSON errors with line and column', () => {
    expect(requestFromForm(FAN, 'Fan', fan, form({ context: '{\n  "Execution": {,}\n}', readerData: '{"id": 1}', iterationFailures: '-1', mock: 'error', error: 'E', causedBy: 'Nowhere' })).problems).toEqual({
      context: expect.stringMatching(/^Invalid JSON: .*\(line 2, column 17\)$/),
      readerData: 'The items the ItemReader read must be a JSON array, e.g. [{"id": 1}, {"id": 2}]',
      iterationFailures: 'Failed iterations must be a whole number, 0 or more',
      causedBy: '"Nowhere" is not a state inside this Map',
    });
    expect(requestFromForm(FAN, 'Fan', fan, form({ context: '[1]', readerData: '[1,' })).problems).toEqual({
      context: 'The context must be a JSON object, e.g. {"Execution": {"Name": "order-7"}}',
      readerData: expect.stringMatching(/^Invalid JSON: .*\(line 1, column 4\)$/),
    });
  });

  it('the engine uses them: the read items, the tolerated failures, the given context', async () => {
    const store = testStateStoreFor(createStudioStore({ definition: FAN }));
    const read = '[{"id": 1}, {"id": 2}, {"id": 3}]';
    await runTestState(store, target('Fan', FAN), form({ result: '[1, 2, 3]', readerData: read, iterationFailures: '1' }), clock);
    expect(store.getState().answers.Fan?.response).toMatchObject({ status: 'SUCCEEDED', output: [1, 2, 3] });
    await runTestState(store, target('Fan', FAN), form({ result: '[1, 2, 3]', readerData: read, iterationFailures: '2' }), clock);
    expect(store.getState().answers.Fan?.response).toMatchObject({ status: 'CAUGHT_ERROR', error: 'States.ExceedToleratedFailureThreshold', nextState: 'Failed' });
    // The context object as given: a Pass reads $$.Execution.Name.
    const pass: StateMachine = { StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'run.$': '$$.Execution.Name' }, End: true } } };
    await runTestState(store, target('P', pass), form({ context: '{"Execution": {"Name": "night-run"}}' }), clock);
    expect(store.getState().answers.P?.response).toMatchObject({ status: 'SUCCEEDED', output: { run: 'night-run' } });
    // AWS's refusal of a context field lands on the Context field.
    await runTestState(store, target('P', pass), form({ context: '{"Map": {}}' }), clock);
    expect(store.getState().answers.P?.problems).toEqual({ context: "ValidationException: Invalid Context object provided: 'Map' field is not supported when mocking a Context object" });
  });
});

describe('the tested state on the canvas', () => {
  it('has the run colour of its status and the next state, until the document changes', async () => {
    const store = testStateStoreFor(createStudioStore({ definition: ORDER }));
    const thrown = { input: '{"prepared": {}}', mock: 'error' as const, error: 'Lambda.ServiceException' };
    await runTestState(store, target('Charge'), form(thrown), clock);
    expect(testedStatusOf(store.getState(), 'Charge', ORDER)).toBe('in-progress');
    await runTestState(store, target('Charge'), form({ ...thrown, retryCount: '2' }), clock);
    expect(testedStatusOf(store.getState(), 'Charge', ORDER)).toBe('caught');
    expect(testedNextOf(store.getState(), 'Charge', ORDER)).toBe('Failed');
    await runTestState(store, target('Charge'), form({ input: '{"prepared": {}}', result: '{"StatusCode": 200, "Payload": {"ok": true}}' }), clock);
    expect(testedStatusOf(store.getState(), 'Charge', ORDER)).toBe('succeeded');
    await runTestState(store, target('Failed'), form({}), clock);
    expect(testedStatusOf(store.getState(), 'Failed', ORDER)).toBe('failed');
    // Another selection: that state's own answer, or none.
    expect(testedStatusOf(store.getState(), 'Done', ORDER)).toBeUndefined();
    expect(testedStatusOf(store.getState(), undefined, ORDER)).toBeUndefined();
    // An edit (a new document) clears both.
    const edited = { ...ORDER, Comment: 'edited' };
    expect(testedStatusOf(store.getState(), 'Charge', edited)).toBeUndefined();
    expect(testedNextOf(store.getState(), 'Charge', edited)).toBeUndefined();
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
