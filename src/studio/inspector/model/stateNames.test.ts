import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../../../asl/types';
import { stateNameProblem, statesInScope } from './stateNames';

const def: StateMachine = {
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Next: 'P' },
    P: { Type: 'Parallel', Branches: [{ StartAt: 'Inner', States: { Inner: { Type: 'Pass', Next: 'Inner2' }, Inner2: { Type: 'Succeed' } } }], End: true },
  },
};

describe('stateNameProblem', () => {
  it('accepts the current name and a free one', () => {
    expect(stateNameProblem(def, ['A'], 'A')).toBeUndefined();
    expect(stateNameProblem(def, ['A'], 'Fresh')).toBeUndefined();
  });
  it('rejects empty names, names over 80 characters and names used anywhere in the machine', () => {
    expect(stateNameProblem(def, ['A'], '  ')).toMatch(/needs a name/);
    expect(stateNameProblem(def, ['A'], 'x'.repeat(81))).toMatch(/at most 80/);
    expect(stateNameProblem(def, ['A'], 'é'.repeat(80))).toBeUndefined();
    expect(stateNameProblem(def, ['A'], 'Inner')).toMatch(/already exists/);
  });
});

describe('statesInScope', () => {
  it('lists the states of the scope holding the path', () => {
    expect(statesInScope(def, ['A'])).toEqual(['A', 'P']);
    expect(statesInScope(def, ['P', 0, 'Inner'])).toEqual(['Inner', 'Inner2']);
  });
});
