import { encodeStatePath, renameState } from '../../../asl';
import { useStudioStore } from '../../StudioContext';
import { useStateEditor } from '../StateEditorContext';
import { stateNameProblem } from '../model/stateNames';
import { TextField } from '../fields/TextField';

/** State name: renaming rewrites every reference (Next, Default, Choices, Catch, StartAt) and keeps the selection. */
export function NameField() {
  const store = useStudioStore();
  const { definition, path, name, editDefinition } = useStateEditor();
  return (
    <TextField
      testId="name"
      inputTestId="inspector-name"
      label="State name"
      value={name}
      required
      // A rename re-keys the inspector (its id is the state path): commit on Enter/blur/pagehide only.
      autoCommit={false}
      validate={(text) => stateNameProblem(definition, path, text)}
      onCommit={(next) => {
        if (next === undefined || next === name) return;
        if (editDefinition(`Rename "${name}" to "${next}"`, (def) => renameState(def, path, next))) {
          store.getState().select([encodeStatePath([...path.slice(0, -1), next])]);
        }
      }}
    />
  );
}
