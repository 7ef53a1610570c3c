import { useStateEditor } from '../StateEditorContext';
import { AssignEditor } from '../editors/AssignEditor';

/** Variables: the state's `Assign`. */
export function VariablesTab() {
  const { state, name, commit, diagnosticsFor } = useStateEditor();
  return (
    <AssignEditor testId="assign" value={state.Assign} diagnostics={diagnosticsFor(['Assign'])}
      onCommit={(value) => commit(`Edit variables of "${name}"`, [{ field: ['Assign'], value }])} />
  );
}
