import { describe, expect, it } from 'vitest';
import { applyTextEdits, parseDefinition, type StateMachine } from '../../asl';
import { createStudioStore, type StudioState } from '../../store/studioStore';
import { planEditorUpdate, type StoreTextSnapshot } from './externalChange';
import { editsAreDisjoint, minimalEdit } from './textSpan';

// A user's text: a comment, 4-space indentation and a key order the serializer would not choose.
const USER_TEXT = `{
    // written by hand
    "States": {
        "First": {
            "Type": "Pass", "Next": "Second"
        },
        "Second": {
            "End": true,
            "Type": "Pass"
        }
    },
    "StartAt": "First"
}`;

function snap(s: StudioState): StoreTextSnapshot {
  return { text: s.text, revision: s.revision, lastOrigin: s.lastOrigin, lastTextChange: s.lastTextChange, historyDepth: s.history.past.length };
}

function storeWithUserText() {
  const definition = parseDefinition(USER_TEXT).definition!;
  const store = createStudioStore({ definition, text: USER_TEXT });
  return store;
}

/** Renames a state and its references (the edits module does the same, more thoroughly). */
function rename(from: string, to: string) {
  return (def: StateMachine): StateMachine => {
    const States: StateMachine['States'] = {};
    for (const [name, state] of Object.entries(def.States)) {
      const next = 'Next' in state && state.Next === from ? { ...state, Next: to } : state;
      States[name === from ? to : name] = next;
    }
    return { ...def, StartAt: def.StartAt === from ? to : def.StartAt, States };
  };
}

describe('planEditorUpdate', () => {
  it('never echoes a change that came from the code view', () => {
    const store = storeWithUserText();
    const prev = snap(store.getState());
    const typed = USER_TEXT.replace('"End": true', '"End": false');
    store.getState().setText(typed);
    expect(planEditorUpdate(typed, prev, snap(store.getState()))).toEqual({ kind: 'none' });
  });

  it('does not overwrite keystrokes typed after the text the store last took', () => {
    const store = storeWithUserText();
    const prev = snap(store.getState());
    const reported = USER_TEXT.replace('"StartAt": "First"', '"StartAt":"First"');
    store.getState().setText(reported);
    const stillTyping = reported + '\n';
    expect(planEditorUpdate(stillTyping, prev, snap(store.getState()))).toEqual({ kind: 'none' });
  });

  it('ignores selection and mode changes', () => {
    const store = storeWithUserText();
    const prev = snap(store.getState());
    store.getState().select(['First']);
    store.getState().setMode('code');
    expect(planEditorUpdate(USER_TEXT + ' pending', prev, snap(store.getState()))).toEqual({ kind: 'none' });
  });

  it('applies a graph edit as the store\'s minimal edits, keeping comment and indentation', () => {
    const store = storeWithUserText();
    const prev = snap(store.getState());
    store.getState().edit('Rename', rename('Second', 'Last'), 'inspector');
    const next = snap(store.getState());
    const plan = planEditorUpdate(USER_TEXT, prev, next);
    expect(plan.kind).toBe('patch');
    if (plan.kind !== 'patch') return;
    expect(editsAreDisjoint(plan.edits)).toBe(true);
    const patched = applyTextEdits(USER_TEXT, plan.edits);
    expect(patched).toBe(next.text);
    // Everything outside the one changed span is byte-for-byte the user's text.
    const span = minimalEdit(USER_TEXT, patched)!;
    const untouchedBefore = USER_TEXT.slice(0, span.offset);
    const untouchedAfter = USER_TEXT.slice(span.offset + span.length);
    expect(untouchedBefore).toContain('    // written by hand\n    "States": {\n        "First": {\n            "Type": "Pass", "Next": ');
    expect(untouchedAfter).toContain('\n    },\n    "StartAt": "First"\n}');
    expect(patched.match(/"Last"/g)).toHaveLength(2);
    expect(span.content).not.toContain('Second');
  });

  it('applies a graph edit as one minimal edit when the editor drifted from the store', () => {
    const store = storeWithUserText();
    const prev = snap(store.getState());
    store.getState().edit('Rename', rename('Second', 'Last'), 'graph');
    const drifted = USER_TEXT.replace('"StartAt"', '"StartAt" ');
    const plan = planEditorUpdate(drifted, prev, snap(store.getState()));
    expect(plan.kind).toBe('patch');
    if (plan.kind === 'patch') expect(applyTextEdits(drifted, plan.edits)).toBe(store.getState().text);
  });

  it('patches studio undo/redo over the one span that differs', () => {
    const store = storeWithUserText();
    store.getState().edit('Rename', rename('Second', 'Last'), 'graph');
    const renamed = store.getState().text;
    const prev = snap(store.getState());
    store.getState().undo();
    const plan = planEditorUpdate(renamed, prev, snap(store.getState()));
    expect(plan.kind).toBe('patch');
    if (plan.kind !== 'patch') return;
    expect(plan.edits).toHaveLength(1);
    expect(applyTextEdits(renamed, plan.edits)).toBe(USER_TEXT);
  });

  it('resets the editor on a fresh load (history reset)', () => {
    const store = storeWithUserText();
    const prev = snap(store.getState());
    const definition: StateMachine = { StartAt: 'X', States: { X: { Type: 'Succeed' } } };
    store.getState().load(definition, { resetHistory: true });
    expect(planEditorUpdate(USER_TEXT, prev, snap(store.getState()))).toEqual({ kind: 'reset', text: store.getState().text });
  });

  it('patches a JSON ⇄ YAML switch as one undoable edit', () => {
    const store = storeWithUserText();
    const prev = snap(store.getState());
    store.getState().setTextFormat('yaml');
    const plan = planEditorUpdate(USER_TEXT, prev, snap(store.getState()));
    expect(plan.kind).toBe('patch');
    if (plan.kind === 'patch') expect(applyTextEdits(USER_TEXT, plan.edits)).toBe(store.getState().text);
  });
});
