import type { ReactNode } from 'react';
import type { Diagnostic } from '../../../asl/types';

export interface FieldShellProps {
  testId: string;
  label: string;
  hint?: ReactNode;
  /** A local problem (e.g. a JSON syntax error) shown under the field. */
  error?: string | undefined;
  /** Validator diagnostics about this field. */
  diagnostics?: readonly Diagnostic[];
  children: ReactNode;
}

/** Label, control, hint and inline problems of one inspector field. */
export function FieldShell({ testId, label, hint, error, diagnostics = [], children }: FieldShellProps) {
  return (
    <div className="insp-field" data-testid={`row-${testId}`}>
      <label>
        <span className="insp-label">{label}</span>
        {children}
      </label>
      {hint && <p className="insp-hint">{hint}</p>}
      {error && <p className="insp-error" role="alert" data-testid={`field-${testId}-error`}>{error}</p>}
      {diagnostics.map((d, i) => (
        <p key={i} className={`insp-diagnostic sev-${d.severity}`} data-testid={`field-${testId}-diagnostic`}>{d.message}</p>
      ))}
    </div>
  );
}
