import { describe, expect, it } from 'vitest';
import { startExecution } from '../interpreter';
import type { StateMachine } from '../asl/types';
import { nextTransition, previousTransition, stateAtEvent } from './steps';

const RETRYING: StateMachine = {
  StartAt: 'T',
  States: {
    T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: [{ ErrorEquals: ['Boom'], MaxAttempts: 2 }], Next: 'P' },
    P: { Type: 'Pass', End: true },
  },
};

describe('Step over a recorded history', () => {
  it('stops at each failed attempt and each retry of a Task, forwards and back', async () => {
    const mocks = { T: [{ Throw: { Error: 'Boom' } }, { Throw: { Error: 'Boom' } }, { Return: 1 }] };
    const { events } = await startExecution(RETRYING, {}, { mocks, seed: 1 }).result;
    const label = (i: number) => `${events[i]!.type}${typeof events[i]!.studio.retryCount === 'number' ? `#${events[i]!.studio.retryCount}` : ''}`;
    const forward: string[] = [];
    for (let i: number | undefined = 0; (i = nextTransition(events, i)) !== undefined;) forward.push(label(i));
    expect(forward).toEqual([
      'TaskStateEntered', 'TaskFailed#0', 'TaskScheduled#1', 'TaskFailed#1', 'TaskScheduled#2', 'PassStateEntered', 'ExecutionSucceeded',
    ]);
    const back: string[] = [];
    for (let i = events.length - 1; i > 0;) back.push(label(i = previousTransition(events, i)));
    expect(back.slice(0, 3)).toEqual(['PassStateEntered', 'TaskScheduled#2', 'TaskFailed#1']);
  });

  it('knows the state each event leaves the run at (at the end of the execution: the last state)', async () => {
    const { events } = await startExecution(RETRYING, {}, { mocks: { T: [{ Return: 1 }] }, seed: 1 }).result;
    expect(stateAtEvent(events, 0)).toBeUndefined();
    const entered = events.findIndex((e) => e.type === 'PassStateEntered');
    expect(stateAtEvent(events, entered)).toBe('P');
    expect(stateAtEvent(events, events.length - 1)).toBe('P');
    expect(stateAtEvent(events, events.findIndex((e) => e.type === 'TaskScheduled'))).toBe('T');
  });
});
