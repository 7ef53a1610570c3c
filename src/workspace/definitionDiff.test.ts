import { describe, expect, it } from 'vitest';
import { diffDefinitions } from './definitionDiff';
import type { StateMachine } from '../asl/types';

describe('definition diff', () => {
  it('lists added, removed and changed states, nested ones included', () => {
    const before: StateMachine = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'P' },
        P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }], Next: 'Gone' },
        Gone: { Type: 'Succeed' },
      },
    };
    const after: StateMachine = {
      Comment: 'v2',
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Result: 1, Next: 'P' },
        P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', Result: 2, End: true } } }], Next: 'New' },
        New: { Type: 'Succeed' },
      },
    };
    const diff = diffDefinitions(before, after);
    expect(diff.added.map((s) => s.name)).toEqual(['New']);
    expect(diff.removed.map((s) => s.name)).toEqual(['Gone']);
    expect(diff.changed).toEqual([
      { id: 'A', name: 'A', fields: ['Result'] },
      { id: 'P', name: 'P', fields: ['Next'] },
      { id: 'P/0/X', name: 'X', fields: ['Result'] },
    ]);
    expect(diff.topLevel).toEqual(['Comment']);
    expect(diffDefinitions(before, before).identical).toBe(true);
  });
});
