import { useStateEditor } from '../StateEditorContext';
import { StateJson, StatePath } from '../fields/stateFields';
import { inputFields } from '../model/tabs';
import { validatePayload } from '../model/payload';

/** Input processing: InputPath and Parameters (JSONPath) or Arguments (JSONata). */
export function InputTab() {
  const { state, language } = useStateEditor();
  const fields = inputFields(state.Type, language);
  if (fields.length === 0) {
    return <p className="insp-hint">{state.Type === 'Task' ? 'The API parameters are on the Configuration tab.' : 'A JSONata state reads its input as $states.input in any expression.'}</p>;
  }
  return (
    <>
      {fields.map((f) =>
        f === 'InputPath' ? (
          <StatePath key={f} field="InputPath" label="Filter input with InputPath" nullable nullLabel="Discard the input (null)" hint="Default $ (the whole input)." />
        ) : (
          <StateJson key={f} field={f} label={f === 'Parameters' ? 'Transform input with Parameters' : 'Arguments'} rows={8}
            validate={(v) => validatePayload(v, language)} />
        ),
      )}
    </>
  );
}
