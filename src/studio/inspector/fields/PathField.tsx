import { TextField, type TextFieldProps } from './TextField';

export interface PathFieldProps extends Omit<TextFieldProps, 'value' | 'onCommit' | 'validate'> {
  value: unknown;
  onCommit(value: string | null | undefined): void;
  /** InputPath/OutputPath/ResultPath accept `null` (discard input / result). */
  nullable?: boolean;
  nullLabel?: string;
}

/** A JSONPath field (`$…`; with `nullable`, a checkbox for the `null` value). */
export function PathField({ value, onCommit, nullable, nullLabel = 'null', ...rest }: PathFieldProps) {
  const isNull = value === null;
  const validate = (text: string) =>
    text.startsWith('$') ? undefined : 'A path starts with $ (state input), $$ (context object) or $name (a variable).';
  return (
    <div className="insp-path">
      {!isNull && <TextField {...rest} value={typeof value === 'string' ? value : undefined} validate={validate} onCommit={onCommit} />}
      {isNull && (
        <div className="insp-field" data-testid={`row-${rest.testId}`}>
          <span className="insp-label">{rest.label}</span>
          <code data-testid={`field-${rest.testId}`}>null</code>
        </div>
      )}
      {nullable && (
        <label className="insp-check">
          <input type="checkbox" data-testid={`field-${rest.testId}-null`} checked={isNull} onChange={(e) => onCommit(e.target.checked ? null : undefined)} />
          {nullLabel}
        </label>
      )}
    </div>
  );
}
