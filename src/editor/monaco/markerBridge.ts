/**
 * Studio diagnostics as Monaco markers: syntax errors of the text and, while the text is valid,
 * the language-rule diagnostics of `validateDefinition`, at their exact ranges. Schema errors come
 * from Monaco's JSON service under its own owner. Recomputed off the keystroke path (a task after
 * the store update) so the canvas renders first.
 */
import type * as Monaco from 'monaco-editor/editor';
import { diagnosticsOf } from '../../store/derived';
import type { StudioState, StudioStore } from '../../store/studioStore';
import { MARKER_OWNER, markersFor, type MarkerSpec } from '../sync/markers';

type MonacoApi = typeof Monaco;

function severityOf(monaco: MonacoApi, severity: MarkerSpec['severity']): Monaco.MarkerSeverity {
  if (severity === 'error') return monaco.MarkerSeverity.Error;
  if (severity === 'warning') return monaco.MarkerSeverity.Warning;
  return monaco.MarkerSeverity.Info;
}

export function bindMarkers(monaco: MonacoApi, model: Monaco.editor.ITextModel, store: StudioStore): { refresh(): void; dispose(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const compute = () => {
    timer = undefined;
    if (model.isDisposed()) return;
    const state = store.getState();
    const text = model.getValue();
    // Offsets are only meaningful for the text the diagnostics were computed from.
    if (text !== state.text) return;
    const specs = markersFor(text, state.textFormat, state.textDiagnostics, state.textValid ? diagnosticsOf(state.definition) : undefined);
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      specs.map((m) => {
        const start = model.getPositionAt(m.offset);
        const end = model.getPositionAt(m.offset + m.length);
        return {
          severity: severityOf(monaco, m.severity),
          message: m.message,
          code: m.code,
          source: 'ASL',
          startLineNumber: start.lineNumber,
          startColumn: start.column,
          endLineNumber: end.lineNumber,
          endColumn: end.column,
        };
      }),
    );
  };

  const refresh = () => {
    if (timer === undefined) timer = setTimeout(compute, 0);
  };

  const unsubscribe = store.subscribe((next: StudioState, prev: StudioState) => {
    if (next.text !== prev.text || next.definition !== prev.definition || next.textDiagnostics !== prev.textDiagnostics) refresh();
  });
  refresh();

  return {
    refresh,
    dispose() {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      if (!model.isDisposed()) monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
    },
  };
}
