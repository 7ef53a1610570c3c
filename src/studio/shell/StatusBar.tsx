import { useDeferredValue, useMemo, useState } from 'react';
import { useStudio } from '../StudioContext';
import { countBySeverity, diagnosticsOf } from '../../store/derived';
import { encodeStatePath, statePathOfJsonPath } from '../../asl/paths';
import { SaveStatus } from '../workspace/SaveStatus';
import { plural } from '../plural';

/** Validation counts for the document; click to list them, click a row to select its state. */
export function StatusBar() {
  // Validation of a large workflow must not delay the edit that triggered it: render it deferred.
  const definition = useDeferredValue(useStudio((s) => s.definition));
  const textValid = useStudio((s) => s.textValid);
  const replacedBrokenText = useStudio((s) => s.replacedBrokenText);
  const textDiagnostics = useStudio((s) => s.textDiagnostics);
  const select = useStudio((s) => s.select);
  const epoch = useStudio((s) => s.validationEpoch);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `epoch` re-validates when a lazily loaded checker arrives
  const diagnostics = useMemo(() => diagnosticsOf(definition), [definition, epoch]);
  const counts = countBySeverity(diagnostics);
  const stateCount = useMemo(() => JSON.stringify(definition).length, [definition]);
  const [open, setOpen] = useState(false);
  return (
    <footer className="statusbar">
      {replacedBrokenText && textValid && (
        <span className="status-code-error" role="status" data-testid="status-replaced-broken">
          Your edit replaced code that had errors — Undo brings that code back.
        </span>
      )}
      {!textValid && (
        <span className="status-code-error" data-testid="status-code-error">
          Code has {plural(textDiagnostics.length, 'error')} — showing the last valid workflow
        </span>
      )}
      <button type="button" className="status-diagnostics" data-testid="status-diagnostics" onClick={() => setOpen(!open)}
        aria-expanded={open}>
        <span className="count-error" data-testid="count-error">{plural(counts.error, 'error')}</span>
        <span className="count-warning" data-testid="count-warning">{plural(counts.warning, 'warning')}</span>
      </button>
      <SaveStatus />
      <span className="status-size">{(stateCount / 1024).toFixed(1)} KiB</span>
      {open && (
        <ul className="diagnostics-list" data-testid="diagnostics-list">
          {diagnostics.length === 0 && <li>No problems found.</li>}
          {diagnostics.map((d, i) => {
            const statePath = statePathOfJsonPath(definition, d.path);
            return (
              <li key={i} className={`sev-${d.severity}`}>
                <button type="button" onClick={() => statePath && select([encodeStatePath(statePath)])}>
                  <b>{d.severity}</b> {d.message} <code>{d.path.join('.')}</code>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </footer>
  );
}
