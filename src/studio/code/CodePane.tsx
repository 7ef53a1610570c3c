import { lazy, Suspense, useCallback, useState } from 'react';
import { X } from 'lucide-react';
import { useStudio, useStudioStore } from '../StudioContext';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import type { EditorSession } from '../../editor/AslEditor';
import './code.css';

// Monaco arrives with this chunk only: the studio paints (and the graph pane shows) before it.
const AslEditor = lazy(() => import('../../editor/AslEditor'));

/** The code editor with its toolbar (JSON ⇄ YAML, Format) — used by Code mode and Design mode's side panel. */
export function CodePane({ onClose }: { onClose?: () => void }) {
  const store = useStudioStore();
  const format = useStudio((s) => s.textFormat);
  const valid = useStudio((s) => s.textValid);
  const errorCount = useStudio((s) => s.textDiagnostics.filter((d) => d.severity === 'error').length);
  const setTextFormat = useStudio((s) => s.setTextFormat);
  const [session, setSession] = useState<EditorSession | null>(null);
  const onSession = useCallback((s: EditorSession | null) => setSession(s), []);

  return (
    <div className="code-pane" data-testid="code-pane">
      <div className="code-toolbar" role="toolbar" aria-label="Code">
        <div className="segmented" role="group" aria-label="Text format">
          {(['json', 'yaml'] as const).map((f) => (
            <button key={f} type="button" aria-pressed={format === f} data-testid={`code-format-${f}`} disabled={!valid && format !== f}
              title={valid ? `Show the definition as ${f.toUpperCase()}` : 'Fix the errors before switching format'}
              onClick={() => setTextFormat(f)}>{f.toUpperCase()}</button>
          ))}
        </div>
        <button type="button" data-testid="code-format-document" disabled={!session || !valid}
          title="Format document (Shift+Alt+F)" onClick={() => void session?.format()}>Format</button>
        <span className="code-status" data-testid="code-status" data-valid={valid}>
          {valid ? 'Valid syntax' : `${errorCount} syntax error${errorCount === 1 ? '' : 's'}`}
        </span>
        {onClose && <button type="button" className="code-close" data-testid="code-panel-close" onClick={onClose} title="Close the code panel" aria-label="Close the code panel"><X size={15} aria-hidden="true" /></button>}
      </div>
      <div className="code-editor-host">
        <ErrorBoundary area="code editor">
          <Suspense fallback={<div className="loading" role="status">Loading the code editor…</div>}>
            <AslEditor store={store} onSession={onSession} />
          </Suspense>
        </ErrorBoundary>
      </div>
    </div>
  );
}
