import { describe, expect, it, vi } from 'vitest';
import { simulatedClock } from '../time/clock';
import { eventLabels, run } from './testing/run';

const machine = (states: Record<string, unknown>, startAt = Object.keys(states)[0]!, extra: Record<string, unknown> = {}) => ({ StartAt: startAt, States: states, ...extra });

describe('Pass', () => {
  it('places Result with ResultPath and filters with OutputPath', async () => {
    const r = await run(machine({ P: { Type: 'Pass', Result: { b: 2 }, ResultPath: '$.r', OutputPath: '$.r', End: true } }), { a: 1 });
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: { b: 2 } });
  });
  it('resolves Parameters with paths, context and intrinsics', async () => {
    const r = await run(machine({ P: { Type: 'Pass', Parameters: { 'x.$': '$.a', 'name.$': '$$.State.Name', 'sum.$': 'States.MathAdd($.a, 2)' }, End: true } }), { a: 1 });
    expect(r.output).toEqual({ x: 1, name: 'P', sum: 3 });
  });
  it('evaluates JSONata Output and Assign against prior variables', async () => {
    const def = machine(
      {
        A: { Type: 'Pass', Assign: { n: 1 }, Next: 'B' },
        B: { Type: 'Pass', Assign: { n: '{% $n + 1 %}', old: '{% $n %}' }, Output: { n: '{% $n %}' }, Next: 'C' },
        C: { Type: 'Pass', Output: { n: '{% $n %}', old: '{% $old %}' }, End: true },
      },
      'A',
      { QueryLanguage: 'JSONata' },
    );
    const r = await run(def);
    expect(r.output).toEqual({ n: 2, old: 1 });
    expect(r.events.find((e) => e.type === 'PassStateExited' && e.studio.path === 'B')?.studio.variables).toEqual({ n: 2, old: 1 });
  });
});

describe('Wait', () => {
  it('advances the simulated clock by Seconds without real waiting', async () => {
    const clock = simulatedClock(Date.UTC(2024, 0, 1));
    // Any host timer the engine armed would be a real wait.
    const hostTimer = vi.spyOn(globalThis, 'setTimeout');
    try {
      const r = await run(machine({ W: { Type: 'Wait', Seconds: 365 * 24 * 3600, End: true } }), {}, { clock });
      expect(hostTimer).not.toHaveBeenCalled();
      expect(clock.now()).toBe(Date.UTC(2024, 11, 31));
      const exited = r.events.find((e) => e.type === 'WaitStateExited')!;
      expect(exited.timestamp).toBe('2024-12-31T00:00:00.000Z');
    } finally {
      hostTimer.mockRestore();
    }
  });
  it('waits until TimestampPath and rejects negative SecondsPath', async () => {
    const r = await run(machine({ W: { Type: 'Wait', TimestampPath: '$.t', End: true } }), { t: '2024-01-02T00:00:00Z' }, { startTime: Date.UTC(2024, 0, 1) });
    expect(r.events.at(-1)!.timestamp).toBe('2024-01-02T00:00:00.000Z');
    const bad = await run(machine({ W: { Type: 'Wait', SecondsPath: '$.s', End: true } }), { s: -1 });
    expect(bad).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(bad.cause).toContain('negative value');
  });
});

describe('Choice', () => {
  const def = machine({
    C: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.n', NumericGreaterThan: 10, Next: 'Big' },
        { And: [{ Variable: '$.s', IsPresent: true }, { Variable: '$.s', StringMatches: 'a*' }], Next: 'A' },
      ],
      Default: 'Other',
    },
    Big: { Type: 'Pass', Result: 'big', End: true },
    A: { Type: 'Pass', Result: 'a', End: true },
    Other: { Type: 'Pass', Result: 'other', End: true },
  });
  it('takes the first matching rule, else Default', async () => {
    expect((await run(def, { n: 11 })).output).toBe('big');
    expect((await run(def, { n: 1, s: 'abc' })).output).toBe('a');
    expect((await run(def, { n: 1 })).output).toBe('other');
  });
  it('fails with States.NoChoiceMatched without Default', async () => {
    const r = await run(machine({ C: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericEquals: 1, Next: 'X' }] }, X: { Type: 'Succeed' } }), { n: 2 });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.NoChoiceMatched' });
  });
  it('evaluates JSONata Conditions with rule Output and Assign', async () => {
    const r = await run(
      machine(
        { C: { Type: 'Choice', Choices: [{ Condition: '{% $states.input.n > 1 %}', Output: { picked: true }, Assign: { x: 1 }, Next: 'Y' }], Default: 'Y' }, Y: { Type: 'Pass', Output: '{% $merge([$states.input, {"x": $x}]) %}', End: true } },
        'C',
        { QueryLanguage: 'JSONata' },
      ),
      { n: 2 },
    );
    expect(r.output).toEqual({ picked: true, x: 1 });
  });
});

describe('Succeed and Fail', () => {
  it('Fail raises Error/Cause, also from ErrorPath/CausePath', async () => {
    expect(await run(machine({ F: { Type: 'Fail', Error: 'E', Cause: 'C' } }))).toMatchObject({ status: 'FAILED', error: 'E', cause: 'C' });
    const r = await run(machine({ F: { Type: 'Fail', ErrorPath: '$.e', CausePath: "States.Format('n={}', $.n)" } }), { e: 'Bad', n: 3 });
    expect(r).toMatchObject({ error: 'Bad', cause: 'n=3' });
  });
  it('Succeed ends the execution with its (filtered) input', async () => {
    expect((await run(machine({ S: { Type: 'Succeed', OutputPath: '$.a' } }), { a: [1] })).output).toEqual([1]);
  });
});

describe('Parallel', () => {
  it('returns branch outputs in branch order', async () => {
    const branch = (r: number) => ({ StartAt: `X${r}`, States: { [`X${r}`]: { Type: 'Pass', Result: r, End: true } } });
    const r = await run(machine({ P: { Type: 'Parallel', Branches: [branch(1), branch(2), branch(3)], End: true } }));
    expect(r.output).toEqual([1, 2, 3]);
  });
  it('fails with the failing branch error and stops the others', async () => {
    const r = await run(
      machine({
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Boom', States: { Boom: { Type: 'Fail', Error: 'Boom', Cause: 'c' } } },
            { StartAt: 'Never', States: { Never: { Type: 'Pass', End: true } } },
          ],
          End: true,
        },
      }),
    );
    expect(r).toMatchObject({ status: 'FAILED', error: 'Boom' });
    expect(eventLabels(r)).not.toContain('PassStateEntered:Never');
    expect(eventLabels(r)).toContain('ParallelStateFailed');
  });
});

describe('Map', () => {
  it('runs ItemSelector with $$.Map.Item and collects results in order', async () => {
    const r = await run(
      machine({
        M: {
          Type: 'Map',
          ItemsPath: '$.xs',
          ItemSelector: { 'i.$': '$$.Map.Item.Index', 'v.$': '$$.Map.Item.Value', 'k.$': '$.k' },
          ItemProcessor: { StartAt: 'X', States: { X: { Type: 'Pass', End: true } } },
          End: true,
        },
      }),
      { xs: ['a', 'b'], k: 1 },
    );
    expect(r.output).toEqual([
      { i: 0, v: 'a', k: 1 },
      { i: 1, v: 'b', k: 1 },
    ]);
  });
  it('distributed: reads mocked ItemReader data, batches, tolerates failures', async () => {
    const def = machine({
      M: {
        Type: 'Map',
        ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' }, Parameters: { Bucket: 'b', Key: 'k.csv' } },
        ItemBatcher: { MaxItemsPerBatch: 2 },
        ToleratedFailureCount: 1,
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'C',
          States: { C: { Type: 'Choice', Choices: [{ Variable: '$.Items[0].id', StringEquals: '3', Next: 'Bad' }], Default: 'Ok' }, Ok: { Type: 'Pass', End: true }, Bad: { Type: 'Fail', Error: 'Bad' } },
        },
        End: true,
      },
    });
    const r = await run(def, {}, { mocks: { M: [{ Return: 'id,name\n1,a\n2,b\n3,c' }] } });
    expect(r.status).toBe('SUCCEEDED');
    expect(r.output).toEqual([{ Items: [{ id: '1', name: 'a' }, { id: '2', name: 'b' }] }, { Error: 'Bad' }]);
    expect(eventLabels(r)).toEqual(['ExecutionStarted', 'MapStateEntered:M', 'MapStateStarted', 'MapRunStarted', 'MapRunSucceeded', 'MapStateSucceeded', 'MapStateExited:M', 'ExecutionSucceeded']);
  });
  it('distributed: exceeding the tolerated failures fails with States.ExceedToleratedFailureThreshold', async () => {
    const def = machine({
      M: {
        Type: 'Map',
        ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'F', States: { F: { Type: 'Fail', Error: 'X' } } },
        ToleratedFailurePercentage: 40,
        End: true,
      },
    });
    const r = await run(def, [1, 2, 3]);
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold' });
    expect(eventLabels(r)).toContain('MapRunFailed');
  });
});

describe('Task', () => {
  it('shapes a lambda:invoke payload mock like the service and applies ResultSelector', async () => {
    const def = machine({
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f', 'Payload.$': '$' }, ResultSelector: { 'p.$': '$.Payload', 's.$': '$.StatusCode' }, End: true },
    });
    const r = await run(def, { a: 1 }, { mocks: { T: [{ Return: { ok: true } }] } });
    expect(r.output).toEqual({ p: { ok: true }, s: 200 });
    expect(eventLabels(r)).toEqual(['ExecutionStarted', 'TaskStateEntered:T', 'TaskScheduled', 'TaskStarted', 'TaskSucceeded', 'TaskStateExited:T', 'ExecutionSucceeded']);
  });
  it('records LambdaFunction* events for a plain Lambda ARN and uses task handlers', async () => {
    const def = machine({ T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:1:function:f', End: true } });
    const r = await run(def, { n: 1 }, { taskHandlers: { T: async (input) => ({ n: (input as { n: number }).n + 1 }) } });
    expect(r.output).toEqual({ n: 2 });
    expect(eventLabels(r)).toEqual(['ExecutionStarted', 'TaskStateEntered:T', 'LambdaFunctionScheduled', 'LambdaFunctionStarted', 'LambdaFunctionSucceeded', 'TaskStateExited:T', 'ExecutionSucceeded']);
  });
  it('turns a handler error name into the task error', async () => {
    const def = machine({ T: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', End: true } });
    const r = await run(def, {}, {
      taskHandlers: {
        T: () => {
          throw Object.assign(new Error('queue is gone'), { name: 'SQS.QueueDoesNotExist' });
        },
      },
    });
    expect(r).toMatchObject({ status: 'FAILED', error: 'SQS.QueueDoesNotExist', cause: 'queue is gone' });
  });
});
