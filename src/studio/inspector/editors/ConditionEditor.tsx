import type { ChoiceRule } from '../../../asl/types';
import { SelectField } from '../fields/SelectField';
import { DEFAULT_COMPARISON, conditionKind, conditionPart, convertCondition, withCondition, type ConditionKind } from '../model/choiceRules';
import { ComparisonEditor } from './ComparisonEditor';

export interface ConditionEditorProps {
  /** The rule or nested condition (extra fields like Next are kept by the caller). */
  condition: ChoiceRule;
  testId: string;
  onChange(condition: ChoiceRule): void;
}

const KIND_OPTIONS = [
  { value: 'compare', label: 'Comparison' },
  { value: 'not', label: 'Not (negate a condition)' },
  { value: 'and', label: 'And (all of)' },
  { value: 'or', label: 'Or (any of)' },
];

/** A JSONPath condition of any depth: a comparison, Not, or And/Or of nested conditions. */
export function ConditionEditor({ condition, testId, onChange }: ConditionEditorProps) {
  const kind = conditionKind(condition);
  const key = kind === 'and' ? 'And' : 'Or';
  const items = (kind === 'and' ? condition.And : condition.Or) ?? [];
  const setItems = (next: ChoiceRule[]) => onChange({ ...condition, [key]: next });
  return (
    <div className={`insp-condition kind-${kind}`} data-testid={testId}>
      <SelectField testId={`${testId}-kind`} label="Condition" value={kind} options={KIND_OPTIONS}
        onChange={(k) => k && onChange(convertCondition(condition, k as ConditionKind))} />
      {kind === 'compare' && <ComparisonEditor condition={conditionPart(condition)} testId={testId} onChange={(c) => onChange(withCondition(condition, c))} />}
      {kind === 'not' && (
        <ConditionEditor condition={condition.Not ?? DEFAULT_COMPARISON} testId={`${testId}-not`} onChange={(inner) => onChange({ ...condition, Not: inner })} />
      )}
      {(kind === 'and' || kind === 'or') && (
        <div className="insp-nested">
          {items.map((item, j) => (
            <div key={j} className="insp-nested-item">
              <ConditionEditor condition={item} testId={`${testId}-${j}`} onChange={(c) => setItems(items.map((x, k) => (k === j ? c : x)))} />
              <button type="button" data-testid={`${testId}-${j}-remove`} disabled={items.length <= 1} onClick={() => setItems(items.filter((_, k) => k !== j))}>
                Remove condition
              </button>
            </div>
          ))}
          <button type="button" data-testid={`${testId}-add`} onClick={() => setItems([...items, DEFAULT_COMPARISON])}>Add condition</button>
        </div>
      )}
    </div>
  );
}

