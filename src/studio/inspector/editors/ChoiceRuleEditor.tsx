import type { ChoiceRule, QueryLanguage } from '../../../asl/types';
import { JsonField } from '../fields/JsonField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { describeCondition } from '../model/choiceRules';
import { isJsonataExpression } from '../model/payload';
import { AssignEditor } from './AssignEditor';
import { ConditionEditor } from './ConditionEditor';
import { ListControls } from './ListControls';

export interface ChoiceRuleEditorProps {
  rule: ChoiceRule;
  index: number;
  count: number;
  language: QueryLanguage;
  targets: readonly string[];
  onChange(rule: ChoiceRule): void;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
}

/** Field of a rule set to a value, or removed when `value` is undefined. */
function withField(rule: ChoiceRule, key: string, value: unknown): ChoiceRule {
  const { [key]: _old, ...rest } = rule;
  return value === undefined ? (rest as ChoiceRule) : ({ ...rule, [key]: value } as ChoiceRule);
}

/** One Choice rule: its condition (builder in JSONPath, `Condition` expression in JSONata), target, and extras. */
export function ChoiceRuleEditor({ rule, index, count, language, targets, onChange, onMove, onRemove }: ChoiceRuleEditorProps) {
  const testId = `rule-${index}`;
  const set = (key: string) => (value: unknown) => onChange(withField(rule, key, value));
  return (
    <li className="insp-card" data-testid={testId}>
      <div className="insp-card-head">
        <b>Rule #{index + 1}</b>
        <code className="insp-summary" data-testid={`${testId}-summary`}>{describeCondition(rule)}</code>
        <ListControls testId={testId} index={index} count={count} noun="rule" onMove={onMove} onRemove={onRemove} />
      </div>
      {language === 'JSONata' ? (
        <TextField testId={`${testId}-Condition`} label="Condition" required value={typeof rule.Condition === 'string' ? rule.Condition : rule.Condition === undefined ? undefined : String(rule.Condition)}
          validate={(t) => (isJsonataExpression(t) || t === 'true' || t === 'false' ? undefined : 'A {% … %} expression that gives true or false.')}
          onCommit={(t) => set('Condition')(t === 'true' ? true : t === 'false' ? false : t)} />
      ) : (
        <ConditionEditor condition={rule} testId={`${testId}-cond`} onChange={onChange} />
      )}
      <SelectField testId={`${testId}-Next`} label="Then next state is" value={typeof rule.Next === 'string' ? rule.Next : undefined}
        options={targets.map((t) => ({ value: t, label: t }))} onChange={set('Next')} />
      {language === 'JSONata' && <JsonField testId={`${testId}-Output`} label="Output" rows={3} value={rule.Output} onCommit={set('Output')} />}
      <details className="insp-more" open={rule.Assign !== undefined || rule.Comment !== undefined}>
        <summary data-testid={`${testId}-more`}>Variables and comment</summary>
        <AssignEditor testId={`${testId}-assign`} value={rule.Assign} onCommit={set('Assign')} />
        <TextField testId={`${testId}-Comment`} label="Comment" value={typeof rule.Comment === 'string' ? rule.Comment : undefined} onCommit={set('Comment')} />
      </details>
    </li>
  );
}
