/** Small form controls of Config mode: text that commits as it is typed (debounced), checkboxes, radios. */
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useDraft } from '../inspector/fields/useDraft';

export interface TextSettingProps {
  testId: string;
  label: string;
  value: string | undefined;
  /** Called with the new text (undefined when emptied) once it passes `validate`. */
  onCommit(value: string | undefined): void;
  validate?: (text: string) => string | undefined;
  placeholder?: string;
  hint?: ReactNode;
  multiline?: boolean;
  /** A problem of the stored value itself (e.g. an imported name AWS would refuse). */
  storedProblem?: string | undefined;
  mono?: boolean;
}

/** A text input that commits after a pause in typing, on blur/Enter and on pagehide (Escape reverts); invalid text is not committed. */
export function TextSetting({ testId, label, value, onCommit, validate, placeholder, hint, multiline, storedProblem, mono }: TextSettingProps) {
  const external = value ?? '';
  const [error, setError] = useState<string>();
  const id = useId();
  const commit = (draft: string) => {
    if (draft === external) return setError(undefined);
    const problem = draft === '' ? undefined : validate?.(draft);
    setError(problem);
    if (!problem) onCommit(draft === '' ? undefined : draft);
  };
  const { draft, setDraft, revert, commitNow, onFocus, onBlur } = useDraft(external, commit);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commitNow();
    } else if (event.key === 'Escape') {
      revert();
      setError(undefined);
    }
  };
  const shown = error ?? (draft === external ? storedProblem : undefined);
  const props = {
    id,
    'data-testid': `config-${testId}`,
    value: draft,
    placeholder,
    className: mono ? 'mono' : undefined,
    'aria-invalid': shown ? true : undefined,
    'aria-describedby': shown ? `${id}-error` : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onFocus,
    onBlur,
    onKeyDown,
  };
  return (
    <div className="cfg-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={2} {...props} /> : <input type="text" spellCheck={false} {...props} />}
      {hint && <p className="cfg-hint">{hint}</p>}
      {shown && <p className="cfg-error" role="alert" id={`${id}-error`} data-testid={`config-${testId}-error`}>{shown}</p>}
    </div>
  );
}

/** A checkbox that commits on change. */
export function CheckSetting({ testId, label, checked, onChange, hint, disabled }: { testId: string; label: string; checked: boolean; onChange(checked: boolean): void; hint?: ReactNode; disabled?: boolean }) {
  return (
    <div className="cfg-field cfg-check">
      <label>
        <input type="checkbox" data-testid={`config-${testId}`} checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
        {label}
      </label>
      {hint && <p className="cfg-hint">{hint}</p>}
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
  disabled?: boolean;
}

/** A group of radio buttons (`config-<testId>-<value>`). */
export function RadioSetting<T extends string>({ testId, label, value, options, onChange }: { testId: string; label: string; value: T; options: readonly Choice<T>[]; onChange(value: T): void }) {
  const name = useId();
  return (
    <fieldset className="cfg-field cfg-radios" data-testid={`config-${testId}`}>
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value} className="cfg-radio">
          <input type="radio" name={name} value={o.value} checked={value === o.value} disabled={o.disabled}
            data-testid={`config-${testId}-${o.value}`} onChange={() => onChange(o.value)} />
          <span><b>{o.label}</b>{o.hint && <span className="cfg-hint"> — {o.hint}</span>}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** A titled block of Config mode. */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section className="cfg-section" id={`config-${id}`} data-testid={`config-section-${id}`} aria-labelledby={`config-${id}-title`}>
      <h2 id={`config-${id}-title`}>{title}</h2>
      {intro && <p className="cfg-intro">{intro}</p>}
      {children}
    </section>
  );
}
