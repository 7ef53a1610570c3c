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
}

/** A text input that commits once, on blur or Enter (Escape reverts), never per keystroke. */
export function TextField({ value, onCommit, validate, required, placeholder, multiline, inputTestId, ...shell }: TextFieldProps) {
  const external = value ?? '';
  const { draft, setDraft, revert } = useDraft(external);
  const [error, setError] = useState<string>();

  const commit = () => {
    if (draft === external) {
      setError(undefined);
      return;
    }
    const problem = draft === '' && required ? `${shell.label} is required.` : draft === '' ? undefined : validate?.(draft);
    setError(problem);
    if (!problem) onCommit(draft === '' ? undefined : draft);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
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
    onBlur: commit,
    onKeyDown,
  };
  return (
    <FieldShell {...shell} error={error}>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </FieldShell>
  );
}
