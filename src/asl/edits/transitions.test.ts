import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../types';
import { deleteTransition } from './transitions';
import { EditError } from './errors';

const DEF: StateMachine = {
  StartAt: 'Work',
  States: {
    Work: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }], Next: 'Check' },
    Check: {
      Type: 'Choice',
      Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Done' }, { Variable: '$.retry', BooleanEquals: true, Next: 'Work' }],
      Default: 'Failed',
    },
    Done: { Type: 'Succeed' },
    Failed: { Type: 'Fail' },
  },
};

describe('deleteTransition', () => {
  it('removes a Choice rule, keeping the others in order', () => {
    const out = deleteTransition(DEF, { source: ['Check'], scope: [], kind: 'choice', index: 0 });
    expect((out.States.Check as { Choices: { Next: string }[] }).Choices.map((r) => r.Next)).toEqual(['Work']);
    expect((DEF.States.Check as { Choices: unknown[] }).Choices).toHaveLength(2);
  });

  it('removes a Default, a catcher (and the empty Catch), and a Next (the state ends)', () => {
    expect(deleteTransition(DEF, { source: ['Check'], scope: [], kind: 'default' }).States.Check).not.toHaveProperty('Default');
    expect(deleteTransition(DEF, { source: ['Work'], scope: [], kind: 'catch', index: 0 }).States.Work).not.toHaveProperty('Catch');
    const ended = deleteTransition(DEF, { source: ['Work'], scope: [], kind: 'next' }).States.Work;
    expect(ended).not.toHaveProperty('Next');
    expect(ended).toMatchObject({ End: true });
  });

  it('refuses what the ASL requires: the start, a Choice\u2019s only rule', () => {
    expect(() => deleteTransition(DEF, { source: null, scope: [], kind: 'start' })).toThrow(EditError);
    const one = deleteTransition(DEF, { source: ['Check'], scope: [], kind: 'choice', index: 0 });
    expect(() => deleteTransition(one, { source: ['Check'], scope: [], kind: 'choice', index: 0 })).toThrow(/at least one rule/);
  });
});
