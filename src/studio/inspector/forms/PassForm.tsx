import { useStateEditor } from '../StateEditorContext';
import { StateJson } from '../fields/stateFields';

/** Pass: a fixed `Result` (JSONPath). In JSONata the Output tab's `Output` does this job. */
export function PassForm() {
  const { language } = useStateEditor();
  if (language === 'JSONata') return <p className="insp-hint">A JSONata Pass state shapes its output with Output (Output tab).</p>;
  return <StateJson field="Result" hint="Fixed JSON passed on as the state's result." />;
}
