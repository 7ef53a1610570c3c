import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { importExecutionHistory, replayExecution } from './index';
import { ev, recordHistory, renumber, type AwsEvent } from './testing/recorded';

const CHARGE = 'arn:aws:states:::lambda:invoke';

/** Charge retries States.Timeout twice, then catches everything into Failed. */
function payment(maxAttempts: number): StateMachine {
  return {
    StartAt: 'Charge',
    States: {
      Charge: {
        Type: 'Task', Resource: CHARGE, Next: 'Done',
        Retry: [{ ErrorEquals: ['States.Timeout'], MaxAttempts: maxAttempts, IntervalSeconds: 30 }],
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
      },
      Done: { Type: 'Succeed' },
      Failed: { Type: 'Fail', Error: 'PaymentFailed' },
    },
  };
}

const timeout = { Throw: { Error: 'States.Timeout', Cause: 'slow' } };

describe('replayExecution', () => {
  it('replays a recorded run with the recorded answers: no divergence, same outcome', async () => {
    const recorded = await recordHistory(payment(2), { amount: 5 }, { mocks: { Charge: [timeout, timeout, { Return: { ok: true } }] } });
    const replay = await replayExecution(payment(2), recorded);
    expect(replay.divergence).toBeNull();
    expect(replay.status).toBe('SUCCEEDED');
    expect(replay.mocks.shorthand).toEqual({ Charge: [timeout, timeout, { Return: expect.objectContaining({ Payload: { ok: true } }) }] });
  });

  it('reports the first divergence with both sides in words (AWS retried, this run caught)', async () => {
    const recorded = await recordHistory(payment(2), {}, { mocks: { Charge: [timeout, timeout, { Return: {} }] } });
    const replay = await replayExecution(payment(1), recorded);
    const d = replay.divergence!;
    expect(d.kind).toBe('event');
    expect(d.message).toBe("AWS went to Retry #2 of 'Charge', this run went to Catch → 'Failed' (after States.Timeout).");
    const scheduled = recorded.events.filter((e) => e.type === 'TaskScheduled');
    expect(d.eventId).toBe(scheduled[2]!.id);
    expect(d.expected).toMatchObject({ type: 'TaskScheduled', statePath: 'Charge' });
    expect(d.actual).toMatchObject({ type: 'TaskStateExited', name: 'Charge', statePath: 'Charge' });
    expect(d.statePath).toBe('Charge');
    expect(replay.status).toBe('FAILED');
    expect(replay.error).toBe('PaymentFailed');
  });

  it('reports a payload divergence and an execution that goes further locally', async () => {
    const definition: StateMachine = { StartAt: 'A', States: { A: { Type: 'Pass', Result: { n: 1 }, End: true } } };
    const recorded = await recordHistory(definition, {});
    const changed: StateMachine = { StartAt: 'A', States: { A: { Type: 'Pass', Result: { n: 2 }, End: true } } };
    const payloadReplay = await replayExecution(changed, recorded);
    expect(payloadReplay.divergence).toMatchObject({ kind: 'payload', eventId: 3, message: "AWS left 'A' with output {\"n\":1}, this run with {\"n\":2}." });

    const longer: StateMachine = { StartAt: 'A', States: { A: { Type: 'Pass', Result: { n: 1 }, Next: 'B' }, B: { Type: 'Pass', End: true } } };
    const extra = await replayExecution(longer, recorded);
    expect(extra.divergence).toMatchObject({ kind: 'event', message: "AWS ended the execution as succeeded, this run went to 'B'." });
    expect(extra.fit).toEqual([]);
  });

  it('says when the history does not fit the definition', async () => {
    const recorded = await recordHistory({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, {});
    const replay = await replayExecution({ StartAt: 'Z', States: { Z: { Type: 'Pass', End: true } } }, recorded);
    expect(replay.fit.map((f) => f.message)).toEqual(["The history has a state 'A' (event 2), which is not in this workflow."]);
    expect(replay.divergence?.message).toBe("AWS went to 'A', this run went to 'Z'.");
  });

  it('answers each Map iteration with its own recorded results, whatever order AWS ran them in', async () => {
    const definition: StateMachine = {
      StartAt: 'M',
      States: {
        M: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'Price', States: { Price: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:getItem', End: true } } } },
      },
    };
    const recorded = await recordHistory(definition, [1, 2, 3], {
      taskHandlers: { Price: (input) => ({ price: (input as number) * 10 }) },
    });
    // AWS finished iteration 2 first, then 1, then 0: move each iteration's events, keeping the rest.
    const events = recorded.events;
    const chainOf = (e: AwsEvent, byId: Map<number, AwsEvent>): number | undefined => {
      for (let cur: AwsEvent | undefined = e; cur; cur = byId.get(cur.previousEventId)) {
        const d = cur['mapIterationStartedEventDetails'] as { index: number } | undefined;
        if (d) return d.index;
      }
      return undefined;
    };
    const byId = new Map(events.map((e) => [e.id, e]));
    const closing = ['MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded'];
    const inIteration = (e: AwsEvent) => (e.type === 'MapIterationStarted' || closing.includes(e.type) ? undefined : chainOf(e, byId));
    const before = events.filter((e) => inIteration(e) === undefined && !closing.includes(e.type));
    const after = events.filter((e) => closing.includes(e.type));
    const iterations = [2, 1, 0].flatMap((i) => events.filter((e) => inIteration(e) === i));
    const reordered = renumber([...before, ...iterations, ...after]);
    const imported = importExecutionHistory({ events: reordered }, { definition });
    expect(imported.events.filter((e) => e.type === 'TaskSucceeded').map((e) => e.studio.iteration)).toEqual([[2], [1], [0]]);

    const replay = await replayExecution(definition, imported);
    expect(replay.divergence).toBeNull();
    expect(replay.output).toEqual([{ price: 10 }, { price: 20 }, { price: 30 }]);
    // The shorthand keeps AWS's order per state name; by scope each iteration has its own answer.
    expect(replay.mocks.byScope).toEqual({ 'M/0/Price#2': [{ Return: { price: 30 } }], 'M/0/Price#1': [{ Return: { price: 20 } }], 'M/0/Price#0': [{ Return: { price: 10 } }] });
  });

  it('replays callback answers and ignores TaskSubmitted (the local answer comes at once)', async () => {
    const definition: StateMachine = { StartAt: 'Approve', States: { Approve: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'token.$': '$$.Task.Token' }, End: true } } };
    const sqs = { resourceType: 'sqs', resource: 'sendMessage.waitForTaskToken' };
    const events = [
      ev(1, 0, 'ExecutionStarted', { input: '{}' }),
      ev(2, 0, 'TaskStateEntered', { name: 'Approve', input: '{}' }),
      ev(3, 2, 'TaskScheduled', { ...sqs, region: 'us-east-1', parameters: '{"token":"t"}' }),
      ev(4, 3, 'TaskStarted', sqs),
      ev(5, 4, 'TaskSubmitted', { ...sqs, output: '{"MessageId":"m"}' }),
      ev(6, 5, 'TaskSucceeded', { ...sqs, output: '{"approved":true}' }),
      ev(7, 6, 'TaskStateExited', { name: 'Approve', output: '{"approved":true}' }),
      ev(8, 7, 'ExecutionSucceeded', { output: '{"approved":true}' }),
    ];
    const replay = await replayExecution(definition, { events });
    expect(replay.divergence).toBeNull();
    expect(replay.output).toEqual({ approved: true });
    expect(replay.mocks.mockConfig).toEqual({
      StateMachines: { StateMachine: { TestCases: { Replay: { Approve: 'Replay_Approve' } } } },
      MockedResponses: { Replay_Approve: { '0': { Return: { approved: true } } } },
    });
  });

  it('reports an outcome that differs when the events agree', async () => {
    const definition: StateMachine = { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } };
    const recorded = await recordHistory(definition, { v: 1 });
    const last = recorded.events[recorded.events.length - 1]!;
    last['executionSucceededEventDetails'] = { output: '{"v":2}' };
    const replay = await replayExecution(definition, recorded);
    expect(replay.divergence).toMatchObject({ kind: 'outcome', message: 'AWS ended succeeded, this run ended succeeded with another output.' });
  });
});
