import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../validate';
import type { StateMachine } from '../types';
import { addCatchFallback } from './catchFallback';

const DEF: StateMachine = {
  StartAt: 'Charge',
  States: {
    Charge: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['Boom'], Next: 'Done' }], Next: 'Done' },
    Done: { Type: 'Succeed' },
  },
};

describe('addCatchFallback', () => {
  it('creates a Fail state in the scope and points the catcher at it', () => {
    const { definition, name } = addCatchFallback(DEF, ['Charge'], 0, 'Fail');
    expect(name).toBe('Charge failed');
    expect(definition.States[name]).toEqual({ Type: 'Fail' });
    expect(definition.States['Charge']).toMatchObject({ Catch: [{ ErrorEquals: ['Boom'], Next: 'Charge failed' }] });
    expect(Object.keys(definition.States)).toEqual(['Charge', 'Done', 'Charge failed']);
    expect(validateDefinition(definition).filter((d) => d.severity === 'error')).toEqual([]);
    expect(DEF.States['Charge-failed']).toBeUndefined();
  });

  it('adds a States.ALL catcher to a new Pass state, with a name not yet used', () => {
    const once = addCatchFallback(DEF, ['Charge'], 'new', 'Pass');
    const twice = addCatchFallback(once.definition, ['Charge'], 'new', 'Pass');
    expect([once.name, twice.name]).toEqual(['Handle Charge error', 'Handle Charge error (1)']);
    expect(twice.definition.States['Charge']).toMatchObject({ Catch: [{ Next: 'Done' }, { ErrorEquals: ['States.ALL'], Next: 'Handle Charge error' }, { Next: 'Handle Charge error (1)' }] });
    expect(twice.definition.States['Handle Charge error (1)']).toEqual({ Type: 'Pass', End: true });
  });

  it('works inside a Parallel branch (the fallback lives in the branch)', () => {
    const def: StateMachine = { StartAt: 'P', States: { P: { Type: 'Parallel', End: true, Branches: [
      { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } },
    ] } } };
    const { definition, name } = addCatchFallback(def, ['P', 0, 'T'], 'new', 'Fail');
    const branch = (definition.States["P"] as unknown as { Branches: StateMachine[] }).Branches[0]!;
    expect(branch.States[name]).toEqual({ Type: 'Fail' });
    expect(validateDefinition(definition).filter((d) => d.severity === 'error')).toEqual([]);
  });
});
