/**
 * ASL completions on top of the schema's: state names in transitions (`StartAt`, `Next`,
 * `Default`, Choice and Catch `Next`) and a snippet per state type where a new state fits.
 */
import type * as Monaco from 'monaco-editor/editor';
import { completionContext } from '../language/completionContext';
import { STATE_SNIPPETS } from '../language/snippets';

type MonacoApi = typeof Monaco;

export function registerAslCompletions(monaco: MonacoApi): Monaco.IDisposable {
  return monaco.languages.registerCompletionItemProvider('json', {
    triggerCharacters: ['"'],
    provideCompletionItems(model, position) {
      const text = model.getValue();
      const offset = model.getOffsetAt(position);
      const context = completionContext(text, offset);
      if (context.kind === 'other') return { suggestions: [] };
      const word = model.getWordUntilPosition(position);
      const range = context.replace
        ? monaco.Range.fromPositions(model.getPositionAt(context.replace.offset), model.getPositionAt(context.replace.offset + context.replace.length))
        : new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
      const quotePrefix = context.replace ? '"' : '';
      if (context.kind === 'state-name') {
        return {
          suggestions: context.names.map((name, i) => ({
            label: name,
            kind: monaco.languages.CompletionItemKind.Reference,
            detail: 'State',
            insertText: JSON.stringify(name),
            filterText: `${quotePrefix}${name}`,
            // Keep document order (the schema's own items come after).
            sortText: `0${String(i).padStart(4, '0')}`,
            range,
          })),
        };
      }
      return {
        suggestions: STATE_SNIPPETS.map((snippet, i) => ({
          label: snippet.label,
          kind: monaco.languages.CompletionItemKind.Snippet,
          detail: snippet.detail,
          documentation: snippet.detail,
          insertText: snippet.body,
          insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
          filterText: `${quotePrefix}${snippet.label}`,
          sortText: `1${String(i).padStart(4, '0')}`,
          range,
        })),
      };
    },
  });
}
