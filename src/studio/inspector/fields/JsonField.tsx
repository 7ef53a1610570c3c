import { useState } from 'react';
import { FieldShell, type FieldShellProps } from './FieldShell';
import { useDraft } from './useDraft';
import { locateJsonError } from './locateJsonError';

export interface JsonFieldProps extends Omit<FieldShellProps, 'children' | 'error'> {
  value: unknown;
  /** Called on blur with the parsed value (`undefined` when emptied). Never called with invalid JSON. */
  onCommit(value: unknown): void;
  /** Extra check of the parsed value (e.g. "must be an object"). */
  validate?: (value: unknown) => string | undefined;
  rows?: number;
  placeholder?: string;
}

const format = (value: unknown) => (value === undefined ? '' : JSON.stringify(value, null, 2));

/**
 * A JSON editor (plain textarea): parse errors show inline and are never written into the
 * document; a valid value commits after a pause in typing, on blur or Ctrl+Enter.
 */
export function JsonField({ value, onCommit, validate, rows = 6, placeholder, ...shell }: JsonFieldProps) {
  const external = format(value);
  const [error, setError] = useState<string>();

  const commit = (draft: string) => {
    if (draft === external) {
      setError(undefined);
      return;
    }
    if (draft.trim() === '') {
      setError(undefined);
      onCommit(undefined);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(draft);
    } catch (e) {
      setError(`Invalid JSON: ${locateJsonError(draft, (e as Error).message)}`);
      return;
    }
    const problem = validate?.(parsed);
    setError(problem);
    if (!problem) onCommit(parsed);
  };
  const { draft, setDraft, revert, commitNow, onFocus, onBlur } = useDraft(external, commit);
  return (
    <FieldShell {...shell} error={error}>
      <textarea
        className="insp-json"
        data-testid={`field-${shell.testId}`}
        spellCheck={false}
        rows={Math.max(2, Math.min(rows, draft.split('\n').length + 1))}
        value={draft}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onFocus={onFocus}
        onBlur={onBlur}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            revert();
            setError(undefined);
          } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            commitNow();
          }
        }}
      />
    </FieldShell>
  );
}
