/** The derivations over histories recorded by the real engine (src/interpreter). */
import { describe, expect, it } from 'vitest';
import { startExecution } from '../interpreter';
import type { StateMachine } from '../asl/types';
import { buildVisits } from './visits';
import { deriveRunView } from './runView';
import { takenEdgeIds } from './edges';
import { summarize } from './summary';
import { nodeIdsOf } from './nodeIds';

const RETRY_CATCH: StateMachine = {
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Done',
      Retry: [{ ErrorEquals: ['Boom'], MaxAttempts: 2, IntervalSeconds: 3 }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handle' }],
    },
    Handle: { Type: 'Pass', Next: 'Failed' },
    Failed: { Type: 'Fail', Error: 'PaymentFailed', Cause: 'gave up' },
    Done: { Type: 'Succeed' },
  },
};

const PARALLEL_IN_MAP: StateMachine = {
  StartAt: 'M',
  States: {
    M: {
      Type: 'Map', ItemsPath: '$.items', MaxConcurrency: 1, End: true,
      ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'P', States: {
        P: { Type: 'Parallel', End: true, Branches: [
          { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
          { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } },
        ] },
      } },
    },
  },
};

async function run(definition: StateMachine, input: unknown, mocks = {}) {
  const result = await startExecution(definition, input, { mocks, seed: 1 }).result;
  return result.events;
}

describe('derivations on engine histories', () => {
  it('retry then catch: the task is caught after its retries, the catcher path succeeds, the Fail state fails', async () => {
    const events = await run(RETRY_CATCH, {}, { Charge: [{ Throw: { Error: 'Boom', Cause: 'no' } }] });
    const visits = buildVisits(events);
    const view = deriveRunView(visits, events, events.length - 1, nodeIdsOf(RETRY_CATCH));
    expect(view.statuses).toEqual({ Charge: 'caught', Handle: 'succeeded', Failed: 'failed', Done: 'not-reached' });
    expect(visits[0]).toMatchObject({ retries: 2, error: 'Boom' });
    expect(visits[0]!.attempts).toHaveLength(3);
    expect(takenEdgeIds(RETRY_CATCH, visits, view.transitions).sort()).toEqual([
      '#start->start:0->Charge', 'Charge->catch:0->Handle', 'Failed->end:0->#end', 'Handle->next:0->Failed',
    ]);
    const summary = summarize(events);
    expect(summary).toMatchObject({ status: 'FAILED', transitions: 3, retries: 2, error: 'PaymentFailed' });
    // Back-off 3 s then 6 s on the simulated clock.
    expect(summary.durationMs).toBe(9000);
  });

  it('Parallel in Map: one visit per iteration and branch, the latest iteration shown', async () => {
    const events = await run(PARALLEL_IN_MAP, { items: [1, 2, 3] });
    const visits = buildVisits(events);
    expect(visits.map((v) => `${v.name}${v.iteration.length ? `#${v.iteration.join('.')}` : ''}:${v.status}`)).toEqual([
      'M:succeeded',
      'P#0:succeeded', 'A#0:succeeded', 'B#0:succeeded',
      'P#1:succeeded', 'A#1:succeeded', 'B#1:succeeded',
      'P#2:succeeded', 'A#2:succeeded', 'B#2:succeeded',
    ]);
    const view = deriveRunView(visits, events, events.length - 1, nodeIdsOf(PARALLEL_IN_MAP));
    expect(view.iterations).toEqual({ M: 2 });
    const firstA = events.findIndex((e) => e.type === 'PassStateEntered');
    const early = deriveRunView(buildVisits(events, firstA), events, firstA, nodeIdsOf(PARALLEL_IN_MAP));
    expect(early.current).toBe('M/0/P/0/A');
    expect(early.statuses).toMatchObject({ M: 'in-progress', 'M/0/P': 'in-progress', 'M/0/P/0/A': 'in-progress', 'M/0/P/1/B': 'not-reached' });
  });

  it('a failing Map iteration fails its state and is closed with the Map', async () => {
    const def: StateMachine = {
      StartAt: 'M',
      States: { M: { Type: 'Map', End: true, MaxConcurrency: 1, ItemProcessor: { StartAt: 'Check', States: {
        Check: { Type: 'Choice', Choices: [{ Variable: '$', NumericEquals: 2, Next: 'Bad' }], Default: 'Ok' },
        Bad: { Type: 'Fail', Error: 'BadItem' },
        Ok: { Type: 'Pass', End: true },
      } } } },
    };
    const events = await run(def, [1, 2, 3]);
    const visits = buildVisits(events);
    expect(visits.filter((v) => v.status === 'failed').map((v) => `${v.name}#${v.iteration.join('.')}`)).toEqual(['M#', 'Bad#1']);
    expect(summarize(events).status).toBe('FAILED');
  });

  it('a state that fails on its own (no failure event of its own) is failed, not cancelled', async () => {
    const choice: StateMachine = { StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.x', NumericEquals: 1, Next: 'D' }] }, D: { Type: 'Succeed' } } };
    expect(buildVisits(await run(choice, {})).map((v) => `${v.name}:${v.status}`)).toEqual(['C:failed']);
    const parallel: StateMachine = { StartAt: 'Par', States: { Par: { Type: 'Parallel', End: true, Branches: [
      { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 5, End: true } } },
      { StartAt: 'P', States: { P: { Type: 'Pass', InputPath: '$.nope', End: true } } },
    ] } } };
    expect(buildVisits(await run(parallel, {})).map((v) => `${v.name}:${v.status}`)).toEqual(['Par:failed', 'W:cancelled', 'P:failed']);
  });
});
