/**
 * DESIGN.md's history property: random edits through the store's commands (graph and inspector
 * edits, code typing that is valid or broken, typing bursts that coalesce, settings), then as many
 * undos as steps were recorded, give back the original document byte for byte: text, definition
 * and settings. Redoing them all gives back the edited document. Fixed seed; FC_SEED explores.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeDefinition } from '../asl';
import { arbitraryDefinition } from '../asl/testing/arbitraries';
import { applySeed, editSeed, type EditSeed } from '../asl/testing/randomEdits';
import type { StateMachine, WorkflowSettings } from '../asl/types';
import { simulatedClock } from '../time/clock';
import { COALESCE_MS } from './history';
import { createStudioStore } from './studioStore';

const SEED = Number(process.env.FC_SEED ?? 2026_1205);
const RUNS = Number(process.env.ASL_PROPERTY_RUNS ?? 200);

type Operation =
  | { kind: 'graph' | 'inspector'; seed: EditSeed }
  /** Replaces the code text with the document after `seed`'s edit, or with a broken cut of it. */
  | { kind: 'code'; seed: EditSeed; broken: boolean; cut: number; pauseMs: number }
  | { kind: 'settings'; name: string };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('graph' as const, 'inspector' as const), seed: editSeed }),
  fc.record({ kind: fc.constant('code' as const), seed: editSeed, broken: fc.boolean(), cut: fc.nat(), pauseMs: fc.constantFrom(10, COALESCE_MS * 2) }),
  fc.record({ kind: fc.constant('settings' as const), name: fc.constantFrom('Orders', 'Billing', '') }),
);

interface Snapshot {
  text: string;
  definition: StateMachine;
  settings: WorkflowSettings;
}

describe('store history property', () => {
  it(`random edits then as many undos give back the original document; as many redos the edited one (${RUNS} cases)`, () => {
    let undone = 0;
    fc.assert(
      fc.property(arbitraryDefinition(), fc.array(operation, { minLength: 1, maxLength: 25 }), (definition, operations) => {
        const clock = simulatedClock(0);
        // Hand-written text (a comment, three-space indent), so undo must restore the user's bytes.
        const text = `// written by hand\n${JSON.stringify(definition, null, 3)}\n`;
        const store = createStudioStore({ definition, text, settings: { name: 'Start' } }, { clock });
        const original = snapshot(store.getState());

        for (const op of operations) {
          const state = store.getState();
          if (op.kind === 'graph' || op.kind === 'inspector') {
            state.edit(`random ${op.seed.kind}`, (d) => applySeed(d, op.seed), op.kind);
          } else if (op.kind === 'code') {
            clock.advance(op.pauseMs);
            const edited = serializeDefinition(applySeed(state.definition, op.seed), { format: 'json' });
            state.setText(op.broken ? edited.slice(0, op.cut % edited.length) : edited);
          } else if (op.kind === 'settings') {
            const name = op.name;
            state.setSettings('Rename workflow', (s) => (s.name === name ? s : { ...s, name }));
          }
        }
        const edited = snapshot(store.getState());
        const steps = store.getState().history.past.length;

        for (let i = 0; i < steps; i++) store.getState().undo();
        expect(snapshot(store.getState())).toEqual(original);
        expect(store.getState().history.past).toHaveLength(0);
        undone += steps;

        for (let i = 0; i < steps; i++) store.getState().redo();
        expect(snapshot(store.getState())).toEqual(edited);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generator must produce real edits, or the property proves little.
    expect(undone).toBeGreaterThan(RUNS * 2);
  });
});

function snapshot(state: Snapshot): Snapshot {
  return { text: state.text, definition: state.definition, settings: state.settings };
}
