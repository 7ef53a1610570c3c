import { describe, expect, it } from 'vitest';
import { createStudioStore } from './studioStore';
import type { StateMachine } from '../asl/types';
import { parseDefinition, setField, renameState, insertState } from '../asl';

const base: StateMachine = {
  StartAt: 'A',
  States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } },
};

const userText = `{
    // the user's comment survives
    "StartAt": "A",
    "States": {
        "A": { "Type": "Pass", "Next": "B" },
        "B": { "Type": "Succeed" }
    }
}`;

function renameB(def: StateMachine): StateMachine {
  const { B, ...rest } = def.States;
  return { ...def, States: { ...rest, A: { Type: 'Pass', Next: 'Done' }, Done: B! } };
}

describe('studio store', () => {
  it('records one undo step per edit and restores the exact text on undo', () => {
    const store = createStudioStore({ definition: base, text: userText });
    store.getState().edit('Rename B', renameB, 'graph');
    const s = store.getState();
    expect(Object.keys(s.definition.States)).toEqual(['A', 'Done']);
    expect(s.history.past).toHaveLength(1);
    expect(s.text).toContain('// the user\'s comment survives');
    expect(s.text).toContain('        "A": { "Type": "Pass", "Next": "Done" }');
    expect(s.lastTextChange?.origin).toBe('graph');
    expect(s.lastTextChange?.edits?.length).toBeGreaterThan(0);
    store.getState().undo();
    expect(store.getState().text).toBe(userText);
    expect(store.getState().definition).toEqual(base);
    store.getState().redo();
    expect(Object.keys(store.getState().definition.States)).toEqual(['A', 'Done']);
  });

  it('takes code edits without echoing them back, and keeps the last good document on invalid code', () => {
    const store = createStudioStore({ definition: base });
    const before = store.getState().lastTextChange;
    const valid = JSON.stringify({ StartAt: 'X', States: { X: { Type: 'Succeed' } } });
    store.getState().setText(valid);
    expect(store.getState().definition.StartAt).toBe('X');
    expect(store.getState().lastTextChange).toBe(before); // no write-back to the editor
    store.getState().setText('{ "StartAt": "X", ');
    expect(store.getState().textValid).toBe(false);
    expect(store.getState().textDiagnostics.length).toBeGreaterThan(0);
    expect(store.getState().definition.StartAt).toBe('X');
    store.getState().setText('{ "hello": 1 }');
    expect(store.getState().textValid).toBe(false);
    expect(store.getState().textDiagnostics[0]?.code).toBe('NOT_A_STATE_MACHINE');
    expect(store.getState().definition.StartAt).toBe('X');
  });

  it('coalesces a burst of typing into one undo step', () => {
    const store = createStudioStore({ definition: base });
    const original = store.getState().text;
    store.getState().setText(original.replace('"A"', '"A1"'));
    store.getState().setText(original.replace('"A"', '"A12"'));
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().text).toBe(original);
  });

  it('ignores edits that change nothing', () => {
    const store = createStudioStore({ definition: base });
    expect(store.getState().edit('noop', (d) => d)).toBe(false);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('keeps the text in step with the document through a sequence of graph edits', () => {
    const store = createStudioStore({ definition: base, text: userText });
    const { edit } = store.getState();
    edit('field', (d) => setField(d, ['A'], ['Comment'], 'first'));
    edit('rename', (d) => renameState(d, ['A'], 'Start'));
    edit('insert', (d) => insertState(d, { kind: 'after', path: ['Start'] }, 'Middle', { Type: 'Pass' }));
    edit('field', (d) => setField(d, ['Middle'], ['Result'], { a: [1, 2] }));
    const s = store.getState();
    expect(parseDefinition(s.text).definition).toEqual(s.definition);
    expect(s.text).toContain("// the user's comment survives");
  });

  it('drops selected states that an undo removes, and refuses a format switch that would lose broken text', () => {
    const store = createStudioStore({ definition: base });
    store.getState().edit('add', (d) => insertState(d, { kind: 'after', path: ['A'] }, 'New', { Type: 'Pass' }));
    store.getState().select(['A', 'New']);
    store.getState().undo();
    expect(store.getState().selection).toEqual(['A']);
    store.getState().setText('{ broken');
    store.getState().setTextFormat('yaml');
    expect(store.getState().text).toBe('{ broken');
    expect(store.getState().textFormat).toBe('json');
  });

  it('says when a graph edit replaced broken code, and undo brings the broken code back', () => {
    const store = createStudioStore({ definition: base });
    store.getState().setText('{ "StartAt": "A", broken');
    store.getState().edit('field', (d) => setField(d, ['A'], ['Comment'], 'x'));
    expect(store.getState().replacedBrokenText).toBe(true);
    expect(store.getState().textValid).toBe(true);
    store.getState().undo();
    expect(store.getState().text).toBe('{ "StartAt": "A", broken');
    expect(store.getState().replacedBrokenText).toBe(false);
  });

  it('keeps JSON that starts with a comment as JSON, and marks loaded broken text as broken', () => {
    const commented = `// my flow\n${JSON.stringify(base, null, 2)}`;
    const store = createStudioStore({ definition: base, text: commented });
    expect(store.getState().textFormat).toBe('json');
    store.getState().edit('field', (d) => setField(d, ['A'], ['Comment'], 'x'));
    expect(store.getState().text.startsWith('// my flow')).toBe(true);
    store.getState().openDocument({ definition: base, text: '{ "not": "a state machine" }', settings: {} });
    expect(store.getState().textValid).toBe(false);
    expect(store.getState().textDiagnostics[0]?.code).toBe('NOT_A_STATE_MACHINE');
  });

  it('renames a state in commented ASL YAML: only the lines naming it change, and undo restores the text', () => {
    const yamlText = '# my flow\nStartAt: A # first\nStates:\n  # the start\n  A:\n    Type: Pass\n    Next: B\n\n  B: { Type: Succeed }  # done\n';
    const store = createStudioStore({ definition: base, text: yamlText });
    expect(store.getState().textFormat).toBe('yaml');
    store.getState().edit('Rename B', (d) => renameState(d, ['B'], 'Done'), 'inspector');
    expect(store.getState().text).toBe(yamlText.replace('Next: B', 'Next: Done').replace('  B: {', '  Done: {'));
    expect(store.getState().lastTextChange?.edits?.length).toBe(1);
    store.getState().undo();
    expect(store.getState().text).toBe(yamlText);
  });
});
