import { TextField, type TextFieldProps } from './TextField';

export interface NumberFieldProps extends Omit<TextFieldProps, 'value' | 'onCommit' | 'validate'> {
  value: unknown;
  onCommit(value: number | string | undefined): void;
  min?: number;
  max?: number;
  integer?: boolean;
  /** JSONata states may give a `{% … %}` expression instead of a number. */
  allowExpression?: boolean;
}

const isExpression = (text: string) => /^\{%[\s\S]*%\}$/.test(text.trim());

/** A number input (integer/range checked) that commits a number, or an expression in JSONata states. */
export function NumberField({ value, onCommit, min, max, integer, allowExpression, ...rest }: NumberFieldProps) {
  const validate = (text: string): string | undefined => {
    if (allowExpression && isExpression(text)) return undefined;
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) return allowExpression ? 'Enter a number or a {% … %} expression.' : 'Enter a number.';
    if (integer && !Number.isInteger(n)) return 'Enter a whole number.';
    if (min !== undefined && n < min) return `The minimum is ${min}.`;
    if (max !== undefined && n > max) return `The maximum is ${max}.`;
    return undefined;
  };
  return (
    <TextField
      {...rest}
      value={value === undefined || value === null ? undefined : String(value)}
      validate={validate}
      onCommit={(text) => onCommit(text === undefined ? undefined : allowExpression && isExpression(text) ? text.trim() : Number(text))}
    />
  );
}
