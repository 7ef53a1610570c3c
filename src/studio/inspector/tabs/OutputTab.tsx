import { useStateEditor } from '../StateEditorContext';
import { StateJson, StatePath } from '../fields/stateFields';
import { outputFields } from '../model/tabs';
import { validatePayload } from '../model/payload';

/** Output processing: ResultSelector, ResultPath, OutputPath (JSONPath) or Output (JSONata). */
export function OutputTab() {
  const { state, language } = useStateEditor();
  return (
    <>
      {outputFields(state.Type, language).map((f) => {
        switch (f) {
          case 'ResultSelector':
            return <StateJson key={f} field={f} label="Transform result with ResultSelector" rows={6} validate={(v) => validatePayload(v, 'JSONPath')} />;
          case 'ResultPath':
            return <StatePath key={f} field={f} label="Add original input to output using ResultPath" nullable nullLabel="Discard the result and keep the input (null)"
              hint="Default $ (the result replaces the input)." />;
          case 'OutputPath':
            return <StatePath key={f} field={f} label="Filter output with OutputPath" nullable nullLabel="Discard the output (null)" hint="Default $." />;
          default:
            return <StateJson key={f} field="Output" rows={6} hint="Any JSON; strings holding {% … %} are evaluated. Default: $states.result (or the input)." />;
        }
      })}
    </>
  );
}
