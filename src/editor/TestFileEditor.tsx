/**
 * A Monaco editor for a workflow's test file (`*.sfn-test.json`): the test file JSON Schema gives
 * completion, hover and validation (registered in monaco/setup.ts by the model's name). Default
 * export so it loads with React.lazy (it pulls Monaco in). Changes made elsewhere (a case saved
 * from a run) arrive as one undoable edit; typing is reported through `onChange`.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { monaco, TEST_MODEL_SUFFIX } from './monaco/setup';
import { followStudioTheme, monacoTheme } from './monaco/theme';
import './editor.css';

export interface TestFileEditorProps {
  value: string;
  onChange(text: string): void;
}

interface TestFileEditorHandle {
  value(): string;
  markers(): { severity: number; message: string; line: number }[];
}

declare global {
  interface Window {
    __aslTestEditor?: TestFileEditorHandle;
  }
}

let counter = 0;

export default function TestFileEditor({ value, onChange }: TestFileEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const model = useRef<ReturnType<typeof monaco.editor.createModel> | null>(null);
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });
  const initial = useRef(value);

  useEffect(() => {
    if (!host.current) return;
    counter += 1;
    const m = monaco.editor.createModel(initial.current, 'json', monaco.Uri.parse(`inmemory://asl-studio/tests-${counter}${TEST_MODEL_SUFFIX}`));
    model.current = m;
    const editor = monaco.editor.create(host.current, {
      model: m, theme: monacoTheme(), automaticLayout: true, minimap: { enabled: false }, fontSize: 12,
      scrollBeyondLastLine: false, fixedOverflowWidgets: true, tabSize: 2, insertSpaces: true,
      ariaLabel: 'Test file (sfn-test JSON)',
    });
    const listener = m.onDidChangeContent(() => onChangeRef.current(m.getValue()));
    const stopTheme = followStudioTheme(monaco);
    if (import.meta.env['VITE_TEST_API']) {
      window.__aslTestEditor = {
        value: () => m.getValue(),
        markers: () => monaco.editor.getModelMarkers({ resource: m.uri }).map((k) => ({ severity: k.severity, message: k.message, line: k.startLineNumber })),
      };
    }
    return () => {
      listener.dispose();
      stopTheme();
      editor.dispose();
      m.dispose();
      model.current = null;
      if (import.meta.env['VITE_TEST_API']) delete window.__aslTestEditor;
    };
  }, []);

  // A change from elsewhere replaces the text as one edit (the editor's undo can take it back).
  useEffect(() => {
    const m = model.current;
    if (!m || m.getValue() === value) return;
    m.pushEditOperations([], [{ range: m.getFullModelRange(), text: value }], () => null);
  }, [value]);

  return <div ref={host} className="asl-editor test-file-editor" data-testid="test-file-editor" />;
}
