import { FieldShell, type FieldShellProps } from './FieldShell';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<FieldShellProps, 'children' | 'error'> {
  value: string | undefined;
  options: readonly SelectOption[];
  /** Commits immediately on change; the empty option (when `emptyLabel` is set) gives `undefined`. */
  onChange(value: string | undefined): void;
  emptyLabel?: string;
  disabled?: boolean;
}

/** A select that commits on change (one undo step per choice). */
export function SelectField({ value, options, onChange, emptyLabel, disabled, ...shell }: SelectFieldProps) {
  const known = value === undefined || value === '' || options.some((o) => o.value === value);
  return (
    <FieldShell {...shell}>
      <select data-testid={`field-${shell.testId}`} value={value ?? ''} disabled={disabled} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {emptyLabel === undefined && (value === undefined || value === '') && <option value="" disabled>Choose…</option>}
        {!known && <option value={value}>{value} (unknown)</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </FieldShell>
  );
}
