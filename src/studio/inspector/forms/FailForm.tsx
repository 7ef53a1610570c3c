import { useStateEditor } from '../StateEditorContext';
import { TextField } from '../fields/TextField';

/** One of a constant and its *Path twin (JSONPath): setting one removes the other. */
function ErrorOrPath({ field }: { field: 'Error' | 'Cause' }) {
  const { state, name, language, commit, diagnosticsFor } = useStateEditor();
  const pathField = `${field}Path`;
  const set = (f: string, other: string) => (value: string | undefined) =>
    commit(`Edit ${f} of "${name}"`, [{ field: [other], value: undefined }, { field: [f], value }]);
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return (
    <>
      <TextField testId={field} label={field} value={str(state[field])} diagnostics={diagnosticsFor([field])} onCommit={set(field, pathField)}
        hint={language === 'JSONata' ? 'A string or a {% … %} expression.' : undefined} />
      {language === 'JSONPath' && (
        <TextField testId={pathField} label={`${field}Path (from the input)`} value={str(state[pathField])} diagnostics={diagnosticsFor([pathField])}
          validate={(t) => (t.startsWith('$') || t.startsWith('States.') ? undefined : 'A path ($…) or an intrinsic function returning a string.')}
          onCommit={set(pathField, field)} />
      )}
    </>
  );
}

/** Fail: error name and cause, constant or taken from the input. */
export function FailForm() {
  return (
    <>
      <ErrorOrPath field="Error" />
      <ErrorOrPath field="Cause" />
    </>
  );
}
