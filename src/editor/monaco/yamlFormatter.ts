/**
 * Format Document for the YAML view: the `yaml` library's own printer, which keeps comments.
 * (The JSON view uses the formatter of Monaco's JSON language service.)
 */
import type * as Monaco from 'monaco-editor/editor';
import { parseDocument } from 'yaml';
import { minimalEdit } from '../sync/textSpan';

export function registerYamlFormatter(monaco: typeof Monaco): Monaco.IDisposable {
  return monaco.languages.registerDocumentFormattingEditProvider('yaml', {
    provideDocumentFormattingEdits(model, options) {
      const text = model.getValue();
      const doc = parseDocument(text);
      if (doc.errors.length > 0) return [];
      const edit = minimalEdit(text, doc.toString({ indent: options.tabSize, lineWidth: 0 }));
      if (!edit) return [];
      const start = model.getPositionAt(edit.offset);
      const end = model.getPositionAt(edit.offset + edit.length);
      return [{ range: monaco.Range.fromPositions(start, end), text: edit.content }];
    },
  });
}
