/**
 * `window.__aslEditor`: a small handle for Playwright (read the text, move the cursor or the
 * selection by offset, read markers), installed only in test builds (VITE_TEST_API).
 */
import type * as Monaco from 'monaco-editor/editor';

export interface AslEditorTestHandle {
  value(): string;
  /** Selected text and offsets of the primary selection. */
  selection(): { start: number; end: number; text: string };
  /** Selects [start, end) like a user would (the cursor sync reacts as for a mouse click). */
  select(start: number, end?: number): void;
  focus(): void;
  markers(): { owner: string; severity: number; message: string; start: number; end: number }[];
  hasFocus(): boolean;
  language(): string;
}

declare global {
  interface Window {
    __aslEditor?: AslEditorTestHandle;
  }
}

export function installTestHandle(monaco: typeof Monaco, editor: Monaco.editor.IStandaloneCodeEditor, model: Monaco.editor.ITextModel): () => void {
  if (!import.meta.env['VITE_TEST_API']) return () => undefined;
  const handle: AslEditorTestHandle = {
    value: () => model.getValue(),
    selection() {
      const s = editor.getSelection();
      if (!s) return { start: 0, end: 0, text: '' };
      return { start: model.getOffsetAt(s.getStartPosition()), end: model.getOffsetAt(s.getEndPosition()), text: model.getValueInRange(s) };
    },
    select(start, end = start) {
      editor.focus();
      const range = monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end));
      // Source 'mouse' so the editor treats it as the user's own cursor move.
      editor.setSelection(range, 'mouse');
      editor.revealRange(range);
    },
    focus: () => editor.focus(),
    markers: () =>
      monaco.editor.getModelMarkers({ resource: model.uri }).map((m) => ({
        owner: m.owner,
        severity: m.severity,
        message: m.message,
        start: model.getOffsetAt({ lineNumber: m.startLineNumber, column: m.startColumn }),
        end: model.getOffsetAt({ lineNumber: m.endLineNumber, column: m.endColumn }),
      })),
    hasFocus: () => editor.hasTextFocus(),
    language: () => model.getLanguageId(),
  };
  window.__aslEditor = handle;
  return () => {
    if (window.__aslEditor === handle) delete window.__aslEditor;
  };
}
