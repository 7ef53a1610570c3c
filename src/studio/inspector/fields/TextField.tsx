import { useState, type KeyboardEvent } from 'react';
import { FieldShell, type FieldShellProps } from './FieldShell';
import { useDraft } from './useDraft';

export interface TextFieldProps extends Omit<FieldShellProps, 'children' | 'error'> {
  value: string | undefined;
  /** Called on blur/Enter with the new text (`undefined` when emptied and `required` is not set). */
  onCommit(value: string | undefined): void;
  /** A problem with the text, or undefined when it may be committed. */
  validate?: (text: string) => string | undefined;
  required?: boolean;
  placeholder?: string;
  multiline?: boolean;
  /** Overrides the input's test id (default `field-<testId>`). */
  inputTestId?: string;
  /** Commit after a pause in typing (default); false commits on Enter/blur/pagehide only. */
  autoCommit?: boolean;
}

/**
 * A text input that commits after a pause in typing, on blur or Enter, and before the page goes
 * away (Escape reverts) — never per keystroke, never only on screen.
 */
export function TextField({ value, onCommit, validate, required, placeholder, multiline, inputTestId, autoCommit, ...shell }: TextFieldProps) {
  const external = value ?? '';
  const [error, setError] = useState<string>();
  const commit = (draft: string) => {
    if (draft === external) {
      setError(undefined);
      return;
    }
    const problem = draft === '' && required ? `${shell.label} is required.` : draft === '' ? undefined : validate?.(draft);
    setError(problem);
    if (!problem) onCommit(draft === '' ? undefined : draft);
  };
  const { draft, setDraft, revert, commitNow, onFocus, onBlur } = useDraft(external, commit, { autoCommit: autoCommit ?? true });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commitNow();
    } else if (event.key === 'Escape') {
      revert();
      setError(undefined);
    }
  };
  const common = {
    'data-testid': inputTestId ?? `field-${shell.testId}`,
    value: draft,
    placeholder,
    'aria-invalid': error ? true : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onFocus,
    onBlur,
    onKeyDown,
  };
  return (
    <FieldShell {...shell} error={error}>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </FieldShell>
  );
}
