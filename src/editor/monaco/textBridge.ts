/**
 * Two-way text sync between a Monaco model and the studio store.
 *
 * Editor → store: keystrokes are debounced (CODE_SYNC_DELAY_MS) into `store.setText`, flushed at
 * once on blur and on dispose. The store never writes that text back (origin `code`).
 * Store → editor: see ../sync/externalChange for the origin rules. Graph and inspector edits are
 * pushed onto the model's undo stack as ONE edit, so Ctrl+Z in the editor undoes them.
 *
 * Undo rule: with focus in the editor, Ctrl+Z is Monaco's undo; it changes the text, which is
 * reported like typing, so the studio document follows. Outside the editor, Ctrl+Z and the Undo
 * button are the studio's undo; its snapshot text is pushed into the editor as one undoable edit.
 */
import type * as Monaco from 'monaco-editor/editor';
import type { TextEdit } from '../../asl';
import type { StudioState, StudioStore } from '../../store/studioStore';
import { pendingEdits } from '../../store/pendingEdits';
import { createDebouncer, CODE_SYNC_DELAY_MS } from '../sync/debounce';
import { planEditorUpdate, type StoreTextSnapshot } from '../sync/externalChange';
import { toRangeEdits } from '../sync/textSpan';

export interface TextBridge {
  /** True while the bridge itself is changing the model (its change events are not typing). */
  readonly applying: boolean;
  /** Reports pending keystrokes to the store now. */
  flush(): void;
  dispose(): void;
}

function snapshot(s: StudioState): StoreTextSnapshot {
  return { text: s.text, revision: s.revision, lastOrigin: s.lastOrigin, lastTextChange: s.lastTextChange, historyDepth: s.history.past.length };
}

export function bindText(editor: Monaco.editor.IStandaloneCodeEditor, model: Monaco.editor.ITextModel, store: StudioStore, onApplied: () => void): TextBridge {
  let applying = false;
  // Keystrokes waiting for the debounce are a pending edit: pagehide flushes them (a reload or a
  // closed tab ~50 ms after typing used to lose them) and the status bar does not say "Saved".
  const pendingKey = {};
  const debouncer = createDebouncer(() => {
    pendingEdits.delete(pendingKey);
    store.getState().setText(model.getValue());
  }, CODE_SYNC_DELAY_MS);
  const schedule = () => {
    debouncer.schedule();
    pendingEdits.set(pendingKey, () => debouncer.flush());
  };
  const cancel = () => {
    debouncer.cancel();
    pendingEdits.delete(pendingKey);
  };

  const applyEdits = (edits: readonly TextEdit[]) => {
    const operations = toRangeEdits(edits, (offset) => model.getPositionAt(offset));
    model.pushStackElement();
    model.pushEditOperations(editor.getSelections(), operations.map((op) => ({ range: op.range, text: op.text })), () => null);
    model.pushStackElement();
  };

  const contentListener = model.onDidChangeContent(() => {
    if (!applying) schedule();
  });
  const blurListener = editor.onDidBlurEditorText(() => debouncer.flush());

  const unsubscribe = store.subscribe((next, prev) => {
    const plan = planEditorUpdate(model.getValue(), snapshot(prev), snapshot(next));
    if (plan.kind === 'none') return;
    applying = true;
    try {
      if (plan.kind === 'reset') model.setValue(plan.text);
      else applyEdits(plan.edits);
    } finally {
      applying = false;
    }
    // The model now holds the store's text: anything still pending is superseded.
    cancel();
    onApplied();
  });

  return {
    get applying() {
      return applying;
    },
    flush: () => debouncer.flush(),
    dispose() {
      debouncer.flush();
      pendingEdits.delete(pendingKey);
      unsubscribe();
      contentListener.dispose();
      blurListener.dispose();
    },
  };
}
