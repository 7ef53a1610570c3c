import { describe, expect, it } from 'vitest';
import { errorMatches, retryDelaySeconds, retryPolicy } from './retry';
import { eventLabels, run } from './testing/run';

const T0 = Date.UTC(2024, 0, 1);
const task = (extra: Record<string, unknown>) => ({
  StartAt: 'T',
  States: {
    T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'f' }, Next: 'Done', ...extra },
    Done: { Type: 'Pass', End: true },
    Caught: { Type: 'Pass', End: true },
  },
});
const fail = (error: string, cause = 'c') => ({ Throw: { Error: error, Cause: cause } });
const scheduledTimes = (events: { type: string; studio: { time: number } }[]) => events.filter((e) => e.type === 'TaskScheduled').map((e) => (e.studio.time - T0) / 1000);

describe('errorMatches', () => {
  it('follows States.ALL / States.TaskFailed rules and never matches States.Runtime', () => {
    expect(errorMatches(['States.ALL'], 'Custom')).toBe(true);
    expect(errorMatches(['States.TaskFailed'], 'Custom')).toBe(true);
    expect(errorMatches(['States.TaskFailed'], 'States.Timeout')).toBe(false);
    expect(errorMatches(['States.ALL'], 'States.Runtime')).toBe(false);
    expect(errorMatches(['States.Runtime'], 'States.Runtime')).toBe(false);
    expect(errorMatches(['A', 'B'], 'B')).toBe(true);
  });
  it('computes back-off with MaxDelaySeconds and full jitter', () => {
    const p = retryPolicy({ ErrorEquals: ['X'], IntervalSeconds: 2, BackoffRate: 3, MaxDelaySeconds: 10 });
    expect([0, 1, 2].map((n) => retryDelaySeconds(p, n, () => 0.5))).toEqual([2, 6, 10]);
    const j = retryPolicy({ ErrorEquals: ['X'], IntervalSeconds: 4, JitterStrategy: 'FULL' });
    expect(retryDelaySeconds(j, 1, () => 0.25)).toBe(2);
  });
});

describe('Retry and Catch on the simulated clock', () => {
  it('retries with IntervalSeconds × BackoffRate^n, then succeeds', async () => {
    const r = await run(task({ Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'], IntervalSeconds: 2, BackoffRate: 2, MaxAttempts: 3 }] }), {}, {
      startTime: T0,
      mocks: { T: [fail('Lambda.TooManyRequestsException'), fail('Lambda.TooManyRequestsException'), { Return: { Payload: 1, StatusCode: 200 } }] },
    });
    expect(r.status).toBe('SUCCEEDED');
    expect(scheduledTimes(r.events)).toEqual([0, 2, 6]);
    expect(r.events.find((e) => e.type === 'TaskStateExited')?.studio.retryCount).toBe(2);
  });
  it('caps delays at MaxDelaySeconds and exposes $$.State.RetryCount', async () => {
    const r = await run(
      task({ Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 5, BackoffRate: 10, MaxAttempts: 3, MaxDelaySeconds: 7 }], ResultSelector: { 'n.$': '$$.State.RetryCount' } }),
      {},
      { startTime: T0, mocks: { T: [fail('E'), fail('E'), fail('E'), { Return: { Payload: 0, StatusCode: 200 } }] } },
    );
    expect(scheduledTimes(r.events)).toEqual([0, 5, 12, 19]);
    expect(r.output).toEqual({ n: 3 });
  });
  it('uses only the first matching retrier, then catches with ResultPath', async () => {
    const r = await run(
      task({
        Retry: [{ ErrorEquals: ['E'], MaxAttempts: 1, IntervalSeconds: 1 }, { ErrorEquals: ['States.ALL'], MaxAttempts: 5 }],
        Catch: [{ ErrorEquals: ['E'], ResultPath: '$.err', Next: 'Caught' }],
      }),
      { keep: true },
      { startTime: T0, mocks: { T: [fail('E', 'boom')] } },
    );
    expect(r.output).toEqual({ keep: true, err: { Error: 'E', Cause: 'boom' } });
    expect(scheduledTimes(r.events)).toEqual([0, 1]);
    expect(eventLabels(r).slice(-3)).toEqual(['PassStateEntered:Caught', 'PassStateExited:Caught', 'ExecutionSucceeded']);
  });
  it('JitterStrategy FULL waits a random share of the delay', async () => {
    const r = await run(task({ Retry: [{ ErrorEquals: ['E'], IntervalSeconds: 10, MaxAttempts: 1, JitterStrategy: 'FULL' }] }), {}, {
      startTime: T0,
      mocks: { T: [fail('E'), { Return: { Payload: 0, StatusCode: 200 } }] },
    });
    const [, second] = scheduledTimes(r.events);
    expect(second).toBeGreaterThanOrEqual(0);
    expect(second).toBeLessThan(10);
  });
  it('does not catch States.Runtime even with States.ALL', async () => {
    const r = await run(task({ OutputPath: '$.missing', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Caught' }] }), {}, { mocks: { T: [{ Return: {} }] } });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.cause).toMatch(/^An error occurred while executing the state 'T' \(entered at the event id #2\)\. /);
  });
  it('JSONata catcher Output sees $states.errorOutput', async () => {
    const def = { ...task({ Catch: [{ ErrorEquals: ['States.ALL'], Output: { e: '{% $states.errorOutput.Error %}' }, Next: 'Caught' }] }), QueryLanguage: 'JSONata' };
    delete (def.States.T as Record<string, unknown>).Parameters;
    const r = await run(def, {}, { mocks: { T: [fail('Oops')] } });
    expect(r.output).toEqual({ e: 'Oops' });
  });
});
