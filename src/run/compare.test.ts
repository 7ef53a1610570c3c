import { describe, expect, it } from 'vitest';
import { differingStates, summaryRows } from './compare';
import { buildVisits } from './visits';
import { summarize } from './summary';
import { history, RETRY_THEN_CATCH } from './testEvents';

const SUCCESS = history([
  { type: 'ExecutionStarted' },
  { type: 'TaskStateEntered', path: 'Charge' },
  { type: 'TaskScheduled', path: 'Charge' },
  { type: 'TaskSucceeded', path: 'Charge' },
  { type: 'TaskStateExited', path: 'Charge', details: { output: '{"ok":true}' } },
  { type: 'SucceedStateEntered', path: 'Ship' },
  { type: 'SucceedStateExited', path: 'Ship' },
  { type: 'ExecutionSucceeded', details: { output: '{"ok":true}' } },
]);

describe('compare runs', () => {
  const failed = history(RETRY_THEN_CATCH);

  it('lists the states that went differently', () => {
    const diff = differingStates(buildVisits(failed), buildVisits(SUCCESS));
    expect(diff.map((d) => [d.name, d.a?.status, d.b?.status])).toEqual([
      ['Charge', 'caught', 'succeeded'],
      ['Handle', 'succeeded', undefined],
      ['Failed', 'failed', undefined],
      ['Ship', undefined, 'succeeded'],
    ]);
  });

  it('finds no difference between a run and itself', () => {
    expect(differingStates(buildVisits(failed), buildVisits(failed))).toEqual([]);
  });

  it('marks differing summary rows', () => {
    const rows = summaryRows(summarize(failed), summarize(SUCCESS));
    expect(rows.find((r) => r.label === 'Status')).toEqual({ label: 'Status', a: 'FAILED', b: 'SUCCEEDED', differs: true });
    expect(rows.find((r) => r.label === 'Retries')?.differs).toBe(true);
  });
});
