import { useStateEditor } from '../StateEditorContext';
import { SelectField } from '../fields/SelectField';
import { statesInScope } from '../model/stateNames';

const END = '__end__';

/** "Next state" select over the states of the same scope, or End (exactly one of Next / End). */
export function NextField() {
  const { definition, path, state, name, commit, diagnosticsFor } = useStateEditor();
  const options = [
    ...statesInScope(definition, path).map((s) => ({ value: s, label: s })),
    { value: END, label: 'End of workflow (End: true)' },
  ];
  const value = state.End === true ? END : typeof state.Next === 'string' ? state.Next : undefined;
  return (
    <SelectField
      testId="Next"
      label="Next state"
      value={value}
      options={options}
      diagnostics={[...diagnosticsFor(['Next']), ...diagnosticsFor(['End'])]}
      onChange={(next) => {
        if (next === undefined) return;
        if (next === END) commit(`End "${name}"`, [{ field: ['Next'], value: undefined }, { field: ['End'], value: true }]);
        else commit(`Set next state of "${name}"`, [{ field: ['End'], value: undefined }, { field: ['Next'], value: next }]);
      }}
    />
  );
}
