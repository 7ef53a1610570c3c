/**
 * Origin rules for store → editor sync. The code view is one of several writers of the document:
 *
 * - a change whose origin is `code` came from this editor: it is never written back (no echo, so
 *   the cursor never jumps while typing);
 * - a graph / inspector / settings edit carries minimal `edits` of the previous text: when the
 *   editor still holds exactly that text they are applied as ONE undoable edit, so the user's
 *   indentation, key order and comments survive and Ctrl+Z inside the editor undoes them;
 * - `edits: null` (load, studio undo/redo, JSON ⇄ YAML) or an editor whose text drifted from the
 *   store (typing not yet reported) gets the new text as one edit over the span that differs;
 *   a fresh load (history reset) resets the editor, undo stack included.
 */
import type { TextEdit } from '../../asl';
import type { Origin, TextChange } from '../../store/studioStore';
import { minimalEdit } from './textSpan';

export type EditorUpdate =
  | { kind: 'none' }
  | { kind: 'patch'; edits: TextEdit[] }
  | { kind: 'reset'; text: string };

export interface StoreTextSnapshot {
  text: string;
  revision: number;
  lastOrigin: Origin;
  lastTextChange: TextChange | null;
  /** Undo entries available in the studio; 0 after a load that reset the history. */
  historyDepth: number;
}

/**
 * What the editor must do after the store moved from `prev` to `next`, given the text the editor
 * model holds now.
 */
export function planEditorUpdate(modelText: string, prev: StoreTextSnapshot, next: StoreTextSnapshot): EditorUpdate {
  // Selection, mode or run-view updates do not touch the text (every text change bumps the revision).
  if (next.revision === prev.revision || next.text === prev.text) return { kind: 'none' };
  if (next.text === modelText) return { kind: 'none' };
  if (next.lastOrigin === 'code') {
    // The store took a text from this editor, and the editor has moved on since (newer keystrokes
    // are pending in the debouncer): the editor is ahead, never overwrite it.
    return { kind: 'none' };
  }
  const change = next.lastTextChange;
  const fresh = change !== null && change.revision === next.revision;
  if (fresh && change.origin === 'load' && next.historyDepth === 0) return { kind: 'reset', text: next.text };
  if (fresh && change.edits !== null && modelText === prev.text) {
    return change.edits.length === 0 ? { kind: 'none' } : { kind: 'patch', edits: change.edits };
  }
  const edit = minimalEdit(modelText, next.text);
  return edit ? { kind: 'patch', edits: [edit] } : { kind: 'none' };
}
