/**
 * Selection sync between canvas and editor (rules in ../sync/selectionSync): a node selected
 * elsewhere is revealed, its state highlighted and its name selected in the editor; a user's
 * cursor move into a state selects that node. Programmatic cursor moves (source `api`) and the
 * echo of the editor's own selection are ignored, so the two never loop.
 */
import type * as Monaco from 'monaco-editor/editor';
import type { StudioStore } from '../../store/studioStore';
import { createDebouncer } from '../sync/debounce';
import { nodeAtOffset, rangesOfNode } from '../sync/selectionSync';

type MonacoApi = typeof Monaco;

/** Cursor moves settle for this long before the canvas selection follows (arrow-key runs). */
const CURSOR_SYNC_DELAY_MS = 120;

export function bindSelection(monaco: MonacoApi, editor: Monaco.editor.IStandaloneCodeEditor, model: Monaco.editor.ITextModel, store: StudioStore) {
  const highlight = editor.createDecorationsCollection();
  let selectedByEditor: string | undefined;

  const rangeOf = (offset: number, length: number) =>
    monaco.Range.fromPositions(model.getPositionAt(offset), model.getPositionAt(offset + length));

  /** Highlights the node's state; with `moveCursor`, also selects its name and scrolls to it. */
  const show = (nodeId: string | undefined, moveCursor: boolean) => {
    const state = store.getState();
    const ranges = nodeId ? rangesOfNode(model.getValue(), state.textFormat, state.definition, nodeId) : undefined;
    if (!ranges) {
      highlight.clear();
      return;
    }
    const property = rangeOf(ranges.property.offset, ranges.property.length);
    highlight.set([{ range: property, options: { isWholeLine: true, className: 'asl-state-highlight', linesDecorationsClassName: 'asl-state-highlight-gutter' } }]);
    if (!moveCursor) return;
    const key = rangeOf(ranges.key.offset, ranges.key.length);
    editor.setSelection(key);
    editor.revealRangeNearTopIfOutsideViewport(property, monaco.editor.ScrollType.Smooth);
  };

  const unsubscribe = store.subscribe((next, prev) => {
    // Decorations follow text edits by themselves; only a new selection needs work.
    if (next.selection === prev.selection) return;
    const id = next.selection.length === 1 ? next.selection[0] : undefined;
    if (id !== undefined && id === selectedByEditor) {
      selectedByEditor = undefined;
      show(id, false);
      return;
    }
    selectedByEditor = undefined;
    show(id, true);
  });

  const cursorSync = createDebouncer(() => {
    const position = editor.getPosition();
    if (!position) return;
    const state = store.getState();
    const id = nodeAtOffset(model.getValue(), state.textFormat, state.definition, model.getOffsetAt(position));
    if (id === undefined || (state.selection.length === 1 && state.selection[0] === id)) return;
    selectedByEditor = id;
    state.select([id]);
  }, CURSOR_SYNC_DELAY_MS);

  const cursorListener = editor.onDidChangeCursorPosition((e) => {
    if (e.source === 'mouse' || e.source === 'keyboard') cursorSync.schedule();
  });

  return {
    /** Re-applies the current selection's highlight (after the text changed under it). */
    refresh: () => {
      const selection = store.getState().selection;
      show(selection.length === 1 ? selection[0] : undefined, false);
    },
    /** Reveals the current selection (used when the editor opens). */
    revealCurrent: () => {
      const selection = store.getState().selection;
      if (selection.length === 1) show(selection[0], true);
    },
    dispose() {
      unsubscribe();
      cursorSync.cancel();
      cursorListener.dispose();
      highlight.clear();
    },
  };
}
