import { describe, expect, it } from 'vitest';
import { deleteStates, moveState, EditError } from './index';
import { validateDefinition } from '../validate';
import type { StateMachine } from '../types';

describe('edit regressions', () => {
  const choice: StateMachine = {
    StartAt: 'X',
    States: {
      X: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'B' }, { Variable: '$.b', IsPresent: true, Next: 'C' }], Default: 'D' },
      B: { Type: 'Pass', End: true },
      C: { Type: 'Pass', End: true },
      D: { Type: 'Succeed' },
    },
  };

  it('moving a terminal state onto a later rule of a Choice that led to it follows that rule', () => {
    const moved = moveState(choice, ['B'], { kind: 'edge', edge: { source: ['X'], scope: [], kind: 'choice', index: 1 } });
    const x = moved.States.X as { Choices: { Next: string }[] };
    expect(x.Choices.map((r) => r.Next)).toEqual(['B']);
    expect((moved.States.B as { Next?: string }).Next).toBe('C');
    expect(validateDefinition(moved).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('refuses to delete the only target of a Choice rather than leave it without rules', () => {
    const single: StateMachine = {
      StartAt: 'X',
      States: { X: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Next: 'B' }], Default: 'D' }, B: { Type: 'Succeed' }, D: { Type: 'Succeed' } },
    };
    expect(() => deleteStates(single, [['B']])).toThrow(EditError);
  });
});
