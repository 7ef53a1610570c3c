import { describe, expect, it } from 'vitest';
import { buildVisits, VisitBuilder } from './visits';
import { history, PARALLEL_IN_MAP, RETRY_THEN_CATCH } from './testEvents';

describe('buildVisits', () => {
  const events = history(RETRY_THEN_CATCH);

  it('makes one row per state visit with status, retries, attempts and payloads', () => {
    const visits = buildVisits(events);
    expect(visits.map((v) => [v.name, v.type, v.status])).toEqual([
      ['Charge', 'Task', 'caught'],
      ['Handle', 'Pass', 'succeeded'],
      ['Failed', 'Fail', 'failed'],
    ]);
    const charge = visits[0]!;
    expect(charge.retries).toBe(1);
    expect(charge.attempts.map((a) => a.cause)).toEqual(['first', 'second']);
    expect(charge.error).toBe('Boom');
    expect(charge.input).toEqual({ amount: 5 });
    expect(charge.resource).toBe('lambda:invoke');
    expect(charge.endTime! - charge.startTime).toBe(2030);
    expect(visits[1]!.output).toEqual({ handled: true });
  });

  it('shows each moment of the history when the cursor moves', () => {
    const at = (cursor: number) => buildVisits(events, cursor).map((v) => v.status);
    expect(at(1)).toEqual(['in-progress']);
    expect(at(3)).toEqual(['failed']);
    expect(at(4)).toEqual(['in-progress']);
    expect(at(5)).toEqual(['failed']);
    expect(at(6)).toEqual(['caught', 'in-progress']);
    expect(at(8)).toEqual(['caught', 'succeeded', 'failed']);
  });

  it('keeps Map iterations apart and closes Parallel branches', () => {
    const visits = buildVisits(history(PARALLEL_IN_MAP));
    const rows = visits.map((v) => `${v.name}[${v.iteration.join(',')}]:${v.status}`);
    expect(rows).toEqual([
      'Items[]:succeeded',
      'Fan[0]:succeeded', 'A[0]:succeeded', 'B[0]:succeeded',
      'Fan[1]:succeeded', 'A[1]:succeeded', 'B[1]:succeeded',
      'Done[]:succeeded',
    ]);
    expect(visits[3]!.output).toEqual({ b: 0 });
  });

  it('cancels what was running when the execution is aborted', () => {
    const aborted = history([
      { type: 'ExecutionStarted' },
      { type: 'WaitStateEntered', path: 'Pause' },
      { type: 'ExecutionAborted' },
    ]);
    expect(buildVisits(aborted).map((v) => v.status)).toEqual(['cancelled']);
  });

  it('fails the failing branch and cancels its sibling when a Parallel fails', () => {
    const events2 = history([
      { type: 'ExecutionStarted' },
      { type: 'ParallelStateEntered', path: 'P' },
      { type: 'TaskStateEntered', path: 'P/0/A' },
      { type: 'TaskStateEntered', path: 'P/1/B' },
      { type: 'TaskFailed', path: 'P/0/A', details: { error: 'X' } },
      { type: 'ParallelStateFailed', path: 'P', details: { error: 'X' } },
      { type: 'ExecutionFailed', details: { error: 'X' } },
    ]);
    expect(buildVisits(events2).map((v) => `${v.name}:${v.status}`)).toEqual(['P:failed', 'A:failed', 'B:cancelled']);
  });

  it('gives the same visits when advanced batch by batch as when built at once', () => {
    for (const specs of [RETRY_THEN_CATCH, PARALLEL_IN_MAP]) {
      const all = history(specs);
      const builder = new VisitBuilder();
      for (let end = 2; end < all.length + 3; end += 3) builder.advance(all, end);
      expect(builder.visits()).toEqual(buildVisits(all));
    }
  });
});
