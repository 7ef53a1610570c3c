import { useStudio } from '../StudioContext';

/** Shown over the graph while the code does not parse: the graph keeps the last valid document. */
export function CodeErrorNotice() {
  const valid = useStudio((s) => s.textValid);
  const first = useStudio((s) => s.textDiagnostics.find((d) => d.severity === 'error')?.message);
  if (valid) return null;
  return (
    <div className="code-error-notice" role="status" data-testid="code-error-notice" title={first}>
      <strong>Code has errors</strong> — the graph shows the last valid version.
    </div>
  );
}
