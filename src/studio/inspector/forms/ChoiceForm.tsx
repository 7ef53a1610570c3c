import type { ChoiceRule, ChoiceState } from '../../../asl/types';
import { useStateEditor } from '../StateEditorContext';
import { SelectField } from '../fields/SelectField';
import { ChoiceRuleEditor } from '../editors/ChoiceRuleEditor';
import { moveItem } from '../editors/ListControls';
import { statesInScope } from '../model/stateNames';

/** Choice: the rule builder (Rule #1, #2…, add/reorder/remove) and the Default rule. */
export function ChoiceForm() {
  const { definition, path, state, name, language, commit, diagnosticsFor } = useStateEditor();
  const rules: ChoiceRule[] = Array.isArray((state as ChoiceState).Choices) ? (state as ChoiceState).Choices : [];
  const targets = statesInScope(definition, path).filter((s) => s !== name);
  const write = (label: string, next: ChoiceRule[]) => commit(`${label} in "${name}"`, [{ field: ['Choices'], value: next }]);
  const newRule = (): ChoiceRule => {
    const next = targets[0] !== undefined ? { Next: targets[0] } : {};
    return language === 'JSONata' ? { Condition: '{% true %}', ...next } : { Variable: '$.value', StringEquals: '', ...next };
  };
  return (
    <div className="insp-group" data-testid="choice-rules">
      <h4>Choice rules</h4>
      <ol className="insp-cards">
        {rules.map((rule, i) => (
          <ChoiceRuleEditor key={i} rule={rule} index={i} count={rules.length} language={language} targets={targets}
            onChange={(r) => write(`Edit rule ${i + 1}`, rules.map((x, j) => (j === i ? r : x)))}
            onMove={(from, to) => write(`Move rule ${from + 1}`, moveItem(rules, from, to))}
            onRemove={(index) => write(`Remove rule ${index + 1}`, rules.filter((_, j) => j !== index))} />
        ))}
      </ol>
      {diagnosticsFor(['Choices']).map((d, i) => <p key={i} className={`insp-diagnostic sev-${d.severity}`}>{d.message}</p>)}
      <button type="button" data-testid="rule-add" onClick={() => write('Add a rule', [...rules, newRule()])}>Add new choice rule</button>
      <SelectField testId="Default" label="Default rule (when no rule matches)" value={(state as ChoiceState).Default}
        emptyLabel="No default (fails with States.NoChoiceMatched)" options={targets.map((t) => ({ value: t, label: t }))}
        diagnostics={diagnosticsFor(['Default'])}
        onChange={(value) => commit(`Set default of "${name}"`, [{ field: ['Default'], value }])} />
    </div>
  );
}
