import { describe, expect, it } from 'vitest';
import { hasStateMachineShape } from './shape';

describe('hasStateMachineShape', () => {
  it('accepts state machines with nested scopes and rejects half-formed ones', () => {
    expect(hasStateMachineShape({ StartAt: 'A', States: { A: { Type: 'Succeed' } } })).toBe(true);
    expect(hasStateMachineShape({ StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass' } } }] } } })).toBe(true);
    for (const bad of [null, [], {}, { StartAt: 'A' }, { StartAt: 'A', States: [] }, { StartAt: 'A', States: { A: null } }, { StartAt: 'A', States: { A: {} } },
      { StartAt: 'P', States: { P: { Type: 'Parallel' } } }, { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: 5 } } }]) {
      expect(hasStateMachineShape(bad)).toBe(false);
    }
  });
});

describe('hasStateMachineShape with stray entries', () => {
  it('tolerates a scalar that is no state inside States, so the file opens with the error shown in place', () => {
    expect(hasStateMachineShape({ StartAt: 'A', States: { A: { Type: 'Succeed' }, Note: 'not a state' } })).toBe(true);
    expect(hasStateMachineShape({ StartAt: 'A', States: { A: { Type: 'Succeed' }, Tags: ['x'] } })).toBe(true);
  });
});
