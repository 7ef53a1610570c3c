/**
 * One code view: a Monaco editor on its own model, bound to the studio store (text, markers,
 * selection, JSON ⇄ YAML language). Plain TypeScript; the React component only mounts it.
 */
import type { StudioStore } from '../../store/studioStore';
import { detectFormatting } from '../../asl';
import { monaco, ASL_MODEL_SUFFIX } from './setup';
import { bindText } from './textBridge';
import { bindMarkers } from './markerBridge';
import { bindSelection } from './selectionBridge';
import { installTestHandle } from './testHandle';
import { followStudioTheme, monacoTheme } from './theme';

export interface EditorSession {
  readonly editor: monaco.editor.IStandaloneCodeEditor;
  /** Runs the language's Format Document (JSON service formatter / YAML printer). */
  format(): Promise<void>;
  focus(): void;
  dispose(): void;
}

let modelCounter = 0;

export function createEditorSession(host: HTMLElement, store: StudioStore): EditorSession {
  const state = store.getState();
  modelCounter += 1;
  const uri = monaco.Uri.parse(`inmemory://asl-studio/workflow-${modelCounter}${ASL_MODEL_SUFFIX}`);
  const model = monaco.editor.createModel(state.text, state.textFormat, uri);
  const formatting = detectFormatting(state.text);
  model.updateOptions({ insertSpaces: formatting.insertSpaces ?? true, tabSize: formatting.tabSize ?? 2 });

  const editor = monaco.editor.create(host, {
    model,
    theme: monacoTheme(),
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 13,
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    tabCompletion: 'on',
    snippetSuggestions: 'top',
    ariaLabel: 'Workflow definition (Amazon States Language)',
  });

  const markers = bindMarkers(monaco, model, store);
  const selection = bindSelection(monaco, editor, model, store);
  const text = bindText(editor, model, store, () => markers.refresh());

  const unsubscribeFormat = store.subscribe((next, prev) => {
    if (next.textFormat !== prev.textFormat) monaco.editor.setModelLanguage(model, next.textFormat);
  });
  const stopTheme = followStudioTheme(monaco);
  selection.revealCurrent();
  const removeTestHandle = installTestHandle(monaco, editor, model);

  return {
    editor,
    async format() {
      await editor.getAction('editor.action.formatDocument')?.run();
      text.flush();
    },
    focus: () => editor.focus(),
    dispose() {
      removeTestHandle();
      stopTheme();
      text.dispose();
      unsubscribeFormat();
      selection.dispose();
      markers.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}
