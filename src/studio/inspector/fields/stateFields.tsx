/**
 * The generic fields bound to a field of the selected state: value read from the state, commit as
 * one store command, validator diagnostics for that field shown inline. `field` may be nested
 * (`['ProcessorConfig', 'Mode']`); its test id joins the segments with '-'.
 */
import { useStateEditor, useFieldValue, type StateEditor } from '../StateEditorContext';
import { TextField, type TextFieldProps } from './TextField';
import { NumberField, type NumberFieldProps } from './NumberField';
import { JsonField, type JsonFieldProps } from './JsonField';
import { PathField, type PathFieldProps } from './PathField';
import { SelectField, type SelectFieldProps } from './SelectField';

type FieldPath = string | (string | number)[];
type Bound<P> = Omit<P, 'value' | 'onCommit' | 'onChange' | 'testId' | 'label' | 'diagnostics'> & { field: FieldPath; label?: string; testId?: string };

const segments = (field: FieldPath) => (Array.isArray(field) ? field : [field]);

/** Props shared by every bound field. */
function useBinding(field: FieldPath, label: string | undefined, testId: string | undefined) {
  const editor: StateEditor = useStateEditor();
  const path = segments(field);
  const name = path.join('.');
  return {
    value: useFieldValue(path),
    testId: testId ?? path.join('-'),
    label: label ?? String(path[path.length - 1]),
    diagnostics: editor.diagnosticsFor(path),
    commit: (value: unknown) => editor.commit(`Edit ${name} of "${editor.name}"`, [{ field: path, value }]),
  };
}

export function StateText({ field, label, testId, ...rest }: Bound<TextFieldProps>) {
  const b = useBinding(field, label, testId);
  return <TextField {...rest} testId={b.testId} label={b.label} diagnostics={b.diagnostics} value={typeof b.value === 'string' ? b.value : undefined} onCommit={b.commit} />;
}

export function StateNumber({ field, label, testId, ...rest }: Bound<NumberFieldProps>) {
  const b = useBinding(field, label, testId);
  return <NumberField {...rest} testId={b.testId} label={b.label} diagnostics={b.diagnostics} value={b.value} onCommit={b.commit} />;
}

export function StateJson({ field, label, testId, ...rest }: Bound<JsonFieldProps>) {
  const b = useBinding(field, label, testId);
  return <JsonField {...rest} testId={b.testId} label={b.label} diagnostics={b.diagnostics} value={b.value} onCommit={b.commit} />;
}

export function StatePath({ field, label, testId, ...rest }: Bound<PathFieldProps>) {
  const b = useBinding(field, label, testId);
  return <PathField {...rest} testId={b.testId} label={b.label} diagnostics={b.diagnostics} value={b.value} onCommit={b.commit} />;
}

export function StateSelect({ field, label, testId, ...rest }: Bound<SelectFieldProps>) {
  const b = useBinding(field, label, testId);
  return <SelectField {...rest} testId={b.testId} label={b.label} diagnostics={b.diagnostics} value={b.value === undefined ? undefined : String(b.value)} onChange={b.commit} />;
}
