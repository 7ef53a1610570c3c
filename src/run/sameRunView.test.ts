import { describe, expect, it } from 'vitest';
import { sameRunView } from './sameRunView';

describe('sameRunView', () => {
  const view = { statuses: { A: 'succeeded' as const, B: 'in-progress' as const }, takenEdges: ['e1', 'e2'], current: 'B' };
  it('is true for equal content in new objects, edges in any order', () => {
    expect(sameRunView(view, { statuses: { B: 'in-progress', A: 'succeeded' }, takenEdges: ['e2', 'e1'], current: 'B' })).toBe(true);
    expect(sameRunView(null, null)).toBe(true);
  });
  it('is false when a status, an edge or the current node differs', () => {
    expect(sameRunView(view, { ...view, statuses: { A: 'succeeded', B: 'succeeded' } })).toBe(false);
    expect(sameRunView(view, { ...view, takenEdges: ['e1', 'e3'] })).toBe(false);
    expect(sameRunView(view, { statuses: view.statuses, takenEdges: view.takenEdges })).toBe(false);
    expect(sameRunView(view, null)).toBe(false);
  });
});
