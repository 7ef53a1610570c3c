/** Canvas commands: a refused edit is a message for the user; a bug is thrown, never shown as a refusal. */
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../../asl/types';
import { createStudioStore } from '../../store/studioStore';
import { encodeStatePath, validateDefinition } from '../../asl';
import { copySelected, deleteEdge, insertBlockAt, paste, renameNode, wrapSelectedInMap, wrapSelectedInParallel } from './commands';

const def: StateMachine = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } } };

describe('canvas commands', () => {
  it('renames, and answers a refusal (a name in use) with a message, the document untouched', () => {
    const store = createStudioStore({ definition: def });
    expect(renameNode(store, 'A', 'Start')).toEqual({ ok: true });
    expect(Object.keys(store.getState().definition.States)).toEqual(['Start', 'B']);
    const before = store.getState().text;
    const refused = renameNode(store, 'Start', 'B');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/B/);
    expect(store.getState().text).toBe(before);
  });

  it('throws a bug on instead of turning it into a refusal', () => {
    const store = createStudioStore({ definition: def });
    const broken = { ...store, getState: () => ({ ...store.getState(), edit: () => { throw new TypeError("Cannot read properties of undefined (reading 'Type')"); } }) };
    expect(() => renameNode(broken as typeof store, 'A', 'Start')).toThrow(TypeError);
  });

  const guarded: StateMachine = {
    StartAt: 'Charge',
    States: {
      Charge: {
        Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'charge' },
        Retry: [{ ErrorEquals: ['States.Timeout'], MaxAttempts: 2 }],
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Refund' }],
        Next: 'Ship',
      },
      Ship: { Type: 'Pass', Next: 'Done' },
      Refund: { Type: 'Fail', Error: 'Refunded' },
      Done: { Type: 'Succeed' },
    },
  } as StateMachine;

  it('Wrap in Parallel asks about a Catch that leaves the group (nothing changes until the user chooses)', () => {
    const store = createStudioStore({ definition: guarded });
    const before = store.getState().text;
    const asked = wrapSelectedInParallel(store, ['Charge', 'Ship']);
    expect(asked.ok).toBe(false);
    const question = !asked.ok ? asked.question : undefined;
    expect(question).toMatchObject({ action: 'wrap', catchers: [{ state: 'Charge', errors: ['States.ALL'], target: 'Refund' }], targets: ['Charge', 'Ship'] });
    expect(store.getState().text).toBe(before);

    // Point it to a state of the group: the catcher stays on Charge, inside the branch.
    expect(question!.answer({ target: 'Ship' })).toEqual({ ok: true });
    const pointed = store.getState().definition.States.Parallel as unknown as { Catch?: unknown; Branches: { States: Record<string, { Catch?: unknown }> }[] };
    expect(pointed.Catch).toBeUndefined();
    expect(pointed.Branches[0]!.States.Charge!.Catch).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Ship' }]);
    expect(validateDefinition(store.getState().definition).filter((d) => d.severity === 'error')).toEqual([]);

    // Drop it; or keep it (the validator then names the catcher that leaves the branch).
    const dropped = createStudioStore({ definition: guarded });
    expect(wrapSelectedInParallel(dropped, ['Charge', 'Ship'], 'drop')).toEqual({ ok: true });
    expect(JSON.stringify(dropped.getState().definition.States.Parallel)).not.toContain('Catch');
    const kept = createStudioStore({ definition: guarded });
    expect(wrapSelectedInParallel(kept, ['Charge', 'Ship'], 'keep')).toEqual({ ok: true });
    expect(validateDefinition(kept.getState().definition).filter((d) => d.severity === 'error').map((d) => d.message).join()).toMatch(/Refund/);
  });

  it('Wrap in Parallel keeps Retry on the state and moves a Catch that leaves the group onto the Parallel', () => {
    const store = createStudioStore({ definition: guarded });
    expect(wrapSelectedInParallel(store, ['Charge', 'Ship'], 'lift')).toEqual({ ok: true });
    const { definition } = store.getState();
    const parallel = definition.States.Parallel as unknown as { Catch: unknown[]; Next: string; Branches: { States: Record<string, { Retry?: unknown; Catch?: unknown }> }[] };
    expect(parallel.Catch).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Refund' }]);
    expect(parallel.Next).toBe('Done');
    expect(parallel.Branches[0]!.States.Charge!.Retry).toEqual([{ ErrorEquals: ['States.Timeout'], MaxAttempts: 2 }]);
    expect(parallel.Branches[0]!.States.Charge!.Catch).toBeUndefined();
    expect(validateDefinition(definition).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('Wrap in Map: an inline Map with an ItemProcessor takes the states\' place (edges in enter it, the first exit is its Next), one undo step', () => {
    const chain: StateMachine = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'C' }, C: { Type: 'Pass', Next: 'D' }, D: { Type: 'Succeed' } } };
    const store = createStudioStore({ definition: chain });
    expect(wrapSelectedInMap(store, ['B', 'C'])).toEqual({ ok: true });
    const { definition } = store.getState();
    expect(Object.keys(definition.States)).toEqual(['A', 'Map', 'D']);
    expect(definition.States.A).toEqual({ Type: 'Pass', Next: 'Map' });
    expect(definition.States.Map).toEqual({
      Type: 'Map',
      ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'B', States: { B: { Type: 'Pass', Next: 'C' }, C: { Type: 'Pass', End: true } } },
      Next: 'D',
    });
    expect(validateDefinition(definition).filter((d) => d.severity === 'error')).toEqual([]);
    store.getState().undo();
    expect(store.getState().definition).toEqual(chain);
  });

  it('Wrap in Map asks the same Catch question as a Parallel; each answer gives a valid workflow', () => {
    const store = createStudioStore({ definition: guarded });
    const before = store.getState().text;
    const asked = wrapSelectedInMap(store, ['Charge', 'Ship']);
    const question = !asked.ok ? asked.question : undefined;
    expect(question).toMatchObject({ action: 'wrap', container: 'Map', catchers: [{ state: 'Charge', errors: ['States.ALL'], target: 'Refund' }], targets: ['Charge', 'Ship'] });
    expect(store.getState().text).toBe(before);
    // Lift: the catcher moves onto the Map (an error of any item goes to Refund); Retry stays on Charge.
    expect(question!.answer('lift')).toEqual({ ok: true });
    const map = store.getState().definition.States.Map as unknown as { Catch: unknown; Next: string; ItemProcessor: { States: Record<string, { Retry?: unknown; Catch?: unknown }> } };
    expect(map.Catch).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Refund' }]);
    expect(map.Next).toBe('Done');
    expect(map.ItemProcessor.States.Charge!.Retry).toEqual([{ ErrorEquals: ['States.Timeout'], MaxAttempts: 2 }]);
    expect(map.ItemProcessor.States.Charge!.Catch).toBeUndefined();
    expect(validateDefinition(store.getState().definition).filter((d) => d.severity === 'error')).toEqual([]);
    for (const choice of ['drop', { target: 'Ship' }] as const) {
      const other = createStudioStore({ definition: guarded });
      expect(wrapSelectedInMap(other, ['Charge', 'Ship'], choice)).toEqual({ ok: true });
      expect(validateDefinition(other.getState().definition).filter((d) => d.severity === 'error')).toEqual([]);
    }
  });

  it('Wrap in Map keeps the container\'s query language: JSONata states inherit it; JSONata states in a JSONPath workflow get a JSONata Map', () => {
    const jsonata: StateMachine = { QueryLanguage: 'JSONata', StartAt: 'Calc', States: { Calc: { Type: 'Pass', Output: '{% $states.input * 2 %}', End: true } } } as StateMachine;
    const inherited = createStudioStore({ definition: jsonata });
    expect(wrapSelectedInMap(inherited, ['Calc'])).toEqual({ ok: true });
    expect(inherited.getState().definition.QueryLanguage).toBe('JSONata');
    expect(inherited.getState().definition.States.Map).not.toHaveProperty('QueryLanguage');
    expect(validateDefinition(inherited.getState().definition).filter((d) => d.severity === 'error')).toEqual([]);

    const mixed: StateMachine = { StartAt: 'Calc', States: { Calc: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $states.input * 2 %}', Next: 'Done' }, Done: { Type: 'Succeed' } } } as StateMachine;
    const store = createStudioStore({ definition: mixed });
    expect(wrapSelectedInMap(store, ['Calc'])).toEqual({ ok: true });
    expect(store.getState().definition.States.Map).toMatchObject({ QueryLanguage: 'JSONata', Next: 'Done' });
    expect(validateDefinition(store.getState().definition).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('paste keeps Retry and a Catch whose target is where the copy lands; elsewhere only the dangling catcher goes', () => {
    const store = createStudioStore({ definition: guarded });
    store.getState().select(['Charge']);
    expect(copySelected(store)).toBe(1);
    store.getState().select(['Ship']);
    expect(paste(store)).toEqual({ ok: true });
    const copy = store.getState().definition.States['Charge (1)'] as unknown as { Retry: unknown; Catch: unknown };
    expect(copy.Retry).toEqual([{ ErrorEquals: ['States.Timeout'], MaxAttempts: 2 }]);
    expect(copy.Catch).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Refund' }]);
    expect(validateDefinition(store.getState().definition).filter((d) => d.severity === 'error')).toEqual([]);

    // Into a branch, where no Refund state exists: the catcher cannot follow, the retrier does.
    const nested = createStudioStore({ definition: { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }], End: true } } } as StateMachine });
    nested.getState().select([encodeStatePath(['P', 0, 'X'])]);
    const before = nested.getState().text;
    const asked = paste(nested);
    expect(!asked.ok && asked.question).toMatchObject({ action: 'paste', catchers: [{ state: 'Charge', target: 'Refund', errors: ['States.ALL'] }], targets: ['X'] });
    expect(nested.getState().text).toBe(before);
    expect(paste(nested, 'drop')).toEqual({ ok: true });
    const inBranch = (nested.getState().definition.States.P as unknown as { Branches: { States: Record<string, { Retry?: unknown; Catch?: unknown }> }[] }).Branches[0]!.States.Charge!;
    expect(inBranch.Retry).toEqual([{ ErrorEquals: ['States.Timeout'], MaxAttempts: 2 }]);
    expect(inBranch.Catch).toBeUndefined();
    expect(validateDefinition(nested.getState().definition).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('pasted and new states take the query language of where they land', () => {
    const jsonata = createStudioStore({ definition: { QueryLanguage: 'JSONata', StartAt: 'Calc', States: { Calc: { Type: 'Pass', Output: '{% $states.input.a + 1 %}', End: true } } } as StateMachine });
    jsonata.getState().select(['Calc']);
    copySelected(jsonata);
    const jsonpath = createStudioStore({ definition: def });
    jsonpath.getState().select(['A']);
    expect(paste(jsonpath)).toEqual({ ok: true });
    expect(jsonpath.getState().definition.States.Calc).toMatchObject({ QueryLanguage: 'JSONata', Output: '{% $states.input.a + 1 %}' });
    expect(validateDefinition(jsonpath.getState().definition).filter((d) => d.severity === 'error')).toEqual([]);

    // A JSONPath state with JSONPath fields cannot join JSONata states: refused with why, nothing changed.
    const source = createStudioStore({ definition: guarded });
    source.getState().select(['Charge']);
    copySelected(source);
    const before = jsonata.getState().text;
    const refused = paste(jsonata);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/JSONPath \(Parameters\)/);
    expect(jsonata.getState().text).toBe(before);

    // A palette block dropped inside a JSONata Parallel of a JSONPath workflow is built for JSONata.
    const mixed = createStudioStore({ definition: { StartAt: 'P', States: { P: { Type: 'Parallel', QueryLanguage: 'JSONata', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }], End: true } } } as StateMachine });
    const asked: string[] = [];
    insertBlockAt(mixed, { kind: 'after', path: ['P', 0, 'X'] }, 'Pass', (ql) => {
      asked.push(ql);
      return { entry: 'New', states: [['New', { Type: 'Pass', End: true }]] };
    });
    expect(asked).toEqual(['JSONata']);
  });

  it('paste: a catcher pointed at a state where the copy lands', () => {
    const source = createStudioStore({ definition: guarded });
    source.getState().select(['Charge']);
    copySelected(source);
    const nested = createStudioStore({ definition: { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }], End: true } } } as StateMachine });
    nested.getState().select([encodeStatePath(['P', 0, 'X'])]);
    expect(paste(nested, { target: 'X' })).toEqual({ ok: true });
    const copy = (nested.getState().definition.States.P as unknown as { Branches: { States: Record<string, { Catch?: unknown }> }[] }).Branches[0]!.States.Charge!;
    expect(copy.Catch).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'X' }]);
    expect(validateDefinition(nested.getState().definition).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('deletes the transition an edge draws in one undo step; the arrow to End and the start are refused', () => {
    const store = createStudioStore({ definition: def });
    expect(deleteEdge(store, 'A->next:0->B')).toEqual({ ok: true });
    expect(store.getState().definition.States.A).toEqual({ Type: 'Pass', End: true });
    store.getState().undo();
    expect(store.getState().definition.States.A).toEqual({ Type: 'Pass', Next: 'B' });
    const text = store.getState().text;
    const end = deleteEdge(store, 'B->end:0->#end');
    expect(!end.ok && end.message).toMatch(/where the workflow ends/);
    expect(store.getState().text).toBe(text);
  });

  it('selects the new Parallel after a wrap (the wrapped state moved inside it)', () => {
    const store = createStudioStore({ definition: def });
    expect(wrapSelectedInParallel(store, ['A'])).toEqual({ ok: true });
    const [selected] = store.getState().selection;
    expect(store.getState().definition.States[selected!]).toMatchObject({ Type: 'Parallel' });
  });
});
