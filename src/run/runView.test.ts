import { describe, expect, it } from 'vitest';
import { buildVisits } from './visits';
import { deriveRunView, mapAncestors } from './runView';
import { history, PARALLEL_IN_MAP, RETRY_THEN_CATCH } from './testEvents';

const view = (specs: Parameters<typeof history>[0], cursor: number, nodes: string[], chosen: Record<string, number> = {}) => {
  const events = history(specs);
  return deriveRunView(buildVisits(events, cursor), events, cursor, nodes, chosen);
};

describe('deriveRunView', () => {
  it('colours every node, unreached ones included, and lists the transitions taken', () => {
    const nodes = ['Charge', 'Handle', 'Failed', 'Ship'];
    const end = view(RETRY_THEN_CATCH, RETRY_THEN_CATCH.length - 1, nodes);
    expect(end.statuses).toEqual({ Charge: 'caught', Handle: 'succeeded', Failed: 'failed', Ship: 'not-reached' });
    expect(end.transitions).toEqual([
      { from: 'Charge', to: 'Handle', caught: true },
      { from: 'Handle', to: 'Failed', caught: false },
    ]);
    expect(end.current).toBe('Failed');
  });

  it('returns to an earlier moment for an earlier cursor', () => {
    const early = view(RETRY_THEN_CATCH, 3, ['Charge', 'Handle', 'Failed']);
    expect(early.statuses).toEqual({ Charge: 'failed', Handle: 'not-reached', Failed: 'not-reached' });
    expect(early.transitions).toEqual([]);
    expect(early.current).toBe('Charge');
  });

  it('shows the latest Map iteration unless one is chosen', () => {
    const nodes = ['Items', 'Items/0/Fan', 'Items/0/Fan/0/A', 'Items/0/Fan/1/B', 'Done'];
    // Cursor on iteration 1's Parallel entry: its branches have not started yet.
    const cursor = PARALLEL_IN_MAP.findIndex((e, i) => i > 10 && e.type === 'ParallelStateEntered');
    const live = view(PARALLEL_IN_MAP, cursor, nodes);
    expect(live.iterations).toEqual({ Items: 1 });
    expect(live.statuses['Items/0/Fan']).toBe('in-progress');
    expect(live.statuses['Items/0/Fan/0/A']).toBe('not-reached');
    const chosen = view(PARALLEL_IN_MAP, cursor, nodes, { Items: 0 });
    expect(chosen.statuses['Items/0/Fan/0/A']).toBe('succeeded');
    expect(chosen.current).toBe('Items/0/Fan');
  });

  it('finds the Map containers of a path', () => {
    expect(mapAncestors('M/0/P/1/N/0/X', new Set(['M', 'M/0/P/1/N']))).toEqual(['M', 'M/0/P/1/N']);
    expect(mapAncestors('X', new Set(['X']))).toEqual([]);
  });
});
