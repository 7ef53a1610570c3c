import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../types';
import { validateDefinition } from '../validate';
import {
  addBranch, applyEdit, deleteStates, duplicateState, EditError, insertState, moveState, removeBranch, renameState,
  replaceState, setField, uniqueStateName, unsetField, wrapInParallel,
} from './index';

const TARGET_CODES = ['START_AT_TARGET_MISSING', 'NEXT_TARGET_MISSING', 'DEFAULT_TARGET_MISSING', 'CHOICE_TARGET_MISSING', 'CATCH_TARGET_MISSING'];

function danglingRefs(def: StateMachine): string[] {
  return validateDefinition(def).filter((d) => TARGET_CODES.includes(d.code)).map((d) => `${d.code} ${d.path.join('.')}`);
}

const linear = (): StateMachine => ({
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Next: 'B' },
    B: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'C', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }] },
    C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'D' }], Default: 'F' },
    D: { Type: 'Succeed' },
    F: { Type: 'Fail', Error: 'E' },
  },
});

const nested = (): StateMachine => ({
  StartAt: 'P',
  States: {
    P: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'B1', States: { B1: { Type: 'Pass', End: true } } },
        { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'Inner', States: { Inner: { Type: 'Pass', End: true } } }, End: true } } },
      ],
      End: true,
    },
  },
});

describe('insertState', () => {
  it('inserts on a next edge: the edge points at the new state, which continues to the old target', () => {
    const def = linear();
    const out = insertState(def, { kind: 'edge', edge: { source: ['A'], scope: [], kind: 'next' } }, 'N', { Type: 'Pass', End: true });
    expect(out.States.A).toMatchObject({ Next: 'N' });
    expect(out.States.N).toEqual({ Type: 'Pass', Next: 'B' });
    expect(Object.keys(out.States)).toEqual(['A', 'N', 'B', 'C', 'D', 'F']);
    expect(def).toEqual(linear());
  });

  it('inserts on the start arrow, a Choice rule, a Default and a Catch edge', () => {
    let d = insertState(linear(), { kind: 'edge', edge: { source: null, scope: [], kind: 'start' } }, 'S', { Type: 'Pass' } as never);
    expect(d.StartAt).toBe('S');
    expect(d.States.S).toMatchObject({ Next: 'A' });
    d = insertState(d, { kind: 'edge', edge: { source: ['C'], scope: [], kind: 'choice', index: 0 } }, 'R', { Type: 'Pass' } as never);
    expect(d.States.C).toMatchObject({ Choices: [{ Next: 'R' }] });
    expect(d.States.R).toMatchObject({ Next: 'D' });
    d = insertState(d, { kind: 'edge', edge: { source: ['C'], scope: [], kind: 'default' } }, 'Df', { Type: 'Pass' } as never);
    expect(d.States.C).toMatchObject({ Default: 'Df' });
    d = insertState(d, { kind: 'edge', edge: { source: ['B'], scope: [], kind: 'catch', index: 0 } }, 'H', { Type: 'Pass' } as never);
    expect(d.States.B).toMatchObject({ Catch: [{ Next: 'H' }] });
    expect(d.States.H).toMatchObject({ Next: 'F' });
    expect(danglingRefs(d)).toEqual([]);
  });

  it('inserts after an End state: the new state ends the flow', () => {
    const def: StateMachine = { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } };
    const out = insertState(def, { kind: 'after', path: ['A'] }, 'B', { Type: 'Wait', Seconds: 1 } as never);
    expect(out.States.A).toEqual({ Type: 'Pass', Next: 'B' });
    expect(out.States.B).toEqual({ Type: 'Wait', Seconds: 1, End: true });
  });

  it('inserts at the start of a Map body and as a new Parallel branch', () => {
    let d = insertState(nested(), { kind: 'scopeStart', scope: ['P', 1, 'M', 0] }, 'First', { Type: 'Pass' } as never);
    const map = (d.States.P as unknown as { Branches: StateMachine[] }).Branches[1]!.States.M as unknown as { ItemProcessor: StateMachine };
    expect(map.ItemProcessor.StartAt).toBe('First');
    expect(map.ItemProcessor.States.First).toMatchObject({ Next: 'Inner' });
    d = insertState(d, { kind: 'newBranch', parallel: ['P'] }, 'B3', { Type: 'Succeed' });
    expect((d.States.P as unknown as { Branches: unknown[] }).Branches[2]).toEqual({ StartAt: 'B3', States: { B3: { Type: 'Succeed' } } });
    expect(danglingRefs(d)).toEqual([]);
  });

  it('refuses a name used anywhere in the machine', () => {
    expect(() => insertState(nested(), { kind: 'after', path: ['P'] }, 'Inner', { Type: 'Pass' } as never)).toThrow(EditError);
    expect(() => insertState(linear(), { kind: 'after', path: ['D'] }, 'X', { Type: 'Pass' } as never)).toThrow(EditError);
  });
});

describe('deleteStates', () => {
  it('reconnects predecessors to the successor', () => {
    const out = deleteStates(linear(), [['B']]);
    expect(out.States.A).toEqual({ Type: 'Pass', Next: 'C' });
    expect(out.States.B).toBeUndefined();
    expect(danglingRefs(out)).toEqual([]);
  });

  it('makes predecessors End when a terminal state goes, dropping rules and catchers to it', () => {
    const out = deleteStates(linear(), [['F']]);
    expect(out.States.B).not.toHaveProperty('Catch');
    expect(out.States.C).not.toHaveProperty('Default');
    expect(danglingRefs(out)).toEqual([]);
    const end = deleteStates({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } } }, [['B']]);
    expect(end.States.A).toEqual({ Type: 'Pass', End: true });
  });

  it('moves StartAt on and follows chains of deleted states', () => {
    const out = deleteStates(linear(), [['A'], ['B']]);
    expect(out.StartAt).toBe('C');
    expect(danglingRefs(out)).toEqual([]);
  });

  it('deletes inside nested scopes', () => {
    const out = deleteStates(nested(), [['P', 1, 'M', 0, 'Inner'], ['P', 0, 'B1']]);
    const branches = (out.States.P as unknown as { Branches: StateMachine[] }).Branches;
    expect(branches[0]).toEqual({ StartAt: '', States: {} });
    expect(JSON.stringify(out)).not.toContain('Inner');
  });
});

describe('renameState', () => {
  it('updates StartAt, Next, Default, rule and Catch targets, keeping the key position', () => {
    let out = renameState(linear(), ['F'], 'Failed');
    expect(out.States.B).toMatchObject({ Catch: [{ Next: 'Failed' }] });
    expect(out.States.C).toMatchObject({ Default: 'Failed' });
    out = renameState(out, ['A'], 'Start');
    expect(out.StartAt).toBe('Start');
    expect(Object.keys(out.States)).toEqual(['Start', 'B', 'C', 'D', 'Failed']);
    out = renameState(out, ['D'], 'Done');
    expect(out.States.C).toMatchObject({ Choices: [{ Next: 'Done' }] });
    expect(danglingRefs(out)).toEqual([]);
  });

  it('renames inside a branch and refuses taken names', () => {
    const out = renameState(nested(), ['P', 1, 'M', 0, 'Inner'], 'Body');
    expect(JSON.stringify(out)).toContain('"StartAt":"Body"');
    expect(() => renameState(nested(), ['P', 0, 'B1'], 'Inner')).toThrow(EditError);
  });
});

describe('moveState', () => {
  it('moves a state to another edge, reconnecting around its old place', () => {
    const def: StateMachine = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'C' }, C: { Type: 'Succeed' } } };
    const out = moveState(def, ['A'], { kind: 'edge', edge: { source: ['B'], scope: [], kind: 'next' } });
    expect(out.StartAt).toBe('B');
    expect(out.States.B).toEqual({ Type: 'Pass', Next: 'A' });
    expect(out.States.A).toEqual({ Type: 'Pass', Next: 'C' });
  });

  it('moves a state into a branch and refuses to move a container into itself', () => {
    const def = insertState(nested(), { kind: 'after', path: ['P'] }, 'X', { Type: 'Pass' } as never);
    const out = moveState(def, ['X'], { kind: 'scopeStart', scope: ['P', 0] });
    expect(out.States.P).toMatchObject({ End: true });
    expect((out.States.P as unknown as { Branches: StateMachine[] }).Branches[0]!.StartAt).toBe('X');
    expect(() => moveState(nested(), ['P'], { kind: 'scopeStart', scope: ['P', 0] })).toThrow(EditError);
    expect(moveState(def, ['X'], { kind: 'after', path: ['X'] })).toBe(def);
  });
});

describe('duplicateState', () => {
  it('inserts "Name (1)" after the original', () => {
    const out = duplicateState(linear(), ['A']);
    expect(out.States.A).toMatchObject({ Next: 'A (1)' });
    expect(out.States['A (1)']).toEqual({ Type: 'Pass', Next: 'B' });
    expect(Object.keys(duplicateState(out, ['A (1)']).States)).toContain('A (2)');
  });

  it('renames nested states of a duplicated container', () => {
    const out = duplicateState(nested(), ['P']);
    const copy = out.States['P (1)'] as unknown as { Branches: StateMachine[] };
    expect(Object.keys(copy.Branches[0]!.States)).toEqual(['B1 (1)']);
    expect(copy.Branches[0]!.StartAt).toBe('B1 (1)');
    expect(validateDefinition(out).filter((d) => d.code === 'DUPLICATE_STATE_NAME')).toEqual([]);
    expect(danglingRefs(out)).toEqual([]);
  });

  it('places a copy of a terminal state beside it', () => {
    const out = duplicateState(linear(), ['D']);
    expect(out.States['D (1)']).toEqual({ Type: 'Succeed' });
  });
});

describe('branches', () => {
  it('adds and removes Parallel branches', () => {
    const added = addBranch(nested(), ['P']);
    const branches = (added.States.P as unknown as { Branches: StateMachine[] }).Branches;
    expect(branches).toHaveLength(3);
    expect(branches[2]).toEqual({ StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } });
    const removed = removeBranch(added, ['P'], 0);
    expect((removed.States.P as unknown as { Branches: StateMachine[] }).Branches[0]!.StartAt).toBe('M');
    const single = removeBranch(removed, ['P'], 1);
    expect(() => removeBranch(removeBranch(single, ['P'], 1), ['P'], 0)).toThrow(EditError);
  });
});

describe('fields', () => {
  it('sets nested fields, creating containers, and keeps Next/End exclusive', () => {
    let d = setField(linear(), ['A'], ['Parameters', 'list', 0], 'x');
    expect(d.States.A).toMatchObject({ Parameters: { list: ['x'] } });
    d = setField(d, ['A'], ['End'], true);
    expect(d.States.A).not.toHaveProperty('Next');
    d = setField(d, ['A'], ['Next'], 'B');
    expect(d.States.A).not.toHaveProperty('End');
    d = unsetField(d, ['A'], ['Parameters', 'list', 0]);
    expect(d.States.A).toMatchObject({ Parameters: { list: [] } });
    d = setField(d, [], ['Comment'], 'top');
    expect(d.Comment).toBe('top');
    d = replaceState(d, ['A'], { Type: 'Pass', End: true });
    expect(d.States.A).toEqual({ Type: 'Pass', End: true });
  });
});

describe('wrapInParallel', () => {
  it('wraps a chain: edges in enter the Parallel, the first exit becomes its Next', () => {
    const def: StateMachine = {
      StartAt: 'A',
      States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'C' }, C: { Type: 'Pass', Next: 'D' }, D: { Type: 'Succeed' } },
    };
    const out = wrapInParallel(def, [['B'], ['C']]);
    expect(Object.keys(out.States)).toEqual(['A', 'Parallel', 'D']);
    expect(out.States.A).toEqual({ Type: 'Pass', Next: 'Parallel' });
    expect(out.States.Parallel).toEqual({
      Type: 'Parallel',
      Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', Next: 'C' }, C: { Type: 'Pass', End: true } } }],
      Next: 'D',
    });
    expect(danglingRefs(out)).toEqual([]);
  });

  it('handles the start state and edges leaving the group', () => {
    const out = wrapInParallel(linear(), [['A'], ['B']]);
    expect(out.StartAt).toBe('Parallel');
    expect(danglingRefs(out)).toEqual([]);
    expect(() => wrapInParallel(nested(), [['P'], ['P', 0, 'B1']])).toThrow(EditError);
  });
});

describe('uniqueStateName and applyEdit', () => {
  it('numbers taken names', () => {
    expect(uniqueStateName(linear(), 'Z')).toBe('Z');
    expect(uniqueStateName(linear(), 'A')).toBe('A (1)');
    expect([...uniqueStateName(linear(), 'A'.repeat(80))].length).toBeLessThanOrEqual(80);
  });

  it('applies a named edit command', () => {
    const out = applyEdit(linear(), { name: 'renameState', args: [['A'], 'Begin'] });
    expect(out.StartAt).toBe('Begin');
  });
});
