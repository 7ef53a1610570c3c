import type { ChoiceRule } from '../../../asl/types';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { OPERATORS, operatorInfo, parseOperand, type OperandFamily } from '../model/choiceOperators';
import { comparisonCondition, comparisonOf, type Comparison } from '../model/choiceRules';

const STARTING_VALUE: Record<OperandFamily, unknown> = { string: '', numeric: 0, boolean: true, timestamp: '2030-01-01T00:00:00Z', test: true };
const FAMILY_LABELS: Record<OperandFamily, string> = { string: 'String', numeric: 'Number', boolean: 'Boolean', timestamp: 'Timestamp', test: 'Type tests' };
const checkPath = (t: string) => (t.startsWith('$') ? undefined : 'A path starts with $ (input), $$ (context) or $name (variable).');

export interface ComparisonEditorProps {
  condition: ChoiceRule;
  testId: string;
  onChange(condition: ChoiceRule): void;
}

/** Variable, operator (every ASL comparison), value-or-path and the operand of one comparison. */
export function ComparisonEditor({ condition, testId, onChange }: ComparisonEditorProps) {
  const found = comparisonOf(condition);
  const c: Comparison = found ?? { variable: typeof condition.Variable === 'string' ? condition.Variable : '$.value', operator: OPERATORS[0]!, usePath: false, value: '' };
  const update = (patch: Partial<Comparison>) => onChange(comparisonCondition({ ...c, ...patch }));
  const family = c.operator.family;
  const operatorOptions = OPERATORS.map((o) => ({ value: o.name, label: `${FAMILY_LABELS[o.family]}: ${o.label}` }));
  return (
    <div className="insp-comparison" data-testid={`${testId}-comparison`}>
      <TextField testId={`${testId}-variable`} label="Variable" value={c.variable} required validate={checkPath} onCommit={(v) => v && update({ variable: v })} />
      <SelectField testId={`${testId}-operator`} label="Operator" value={c.operator.name} options={operatorOptions}
        onChange={(name) => {
          const next = name ? operatorInfo(name) : undefined;
          if (!next) return;
          const keep = next.family === family;
          update({ operator: next, usePath: keep && c.usePath && next.hasPath, value: keep ? c.value : STARTING_VALUE[next.family] });
        }} />
      {c.operator.hasPath && (
        <SelectField testId={`${testId}-operand-kind`} label="Compare with" value={c.usePath ? 'path' : 'value'}
          options={[{ value: 'value', label: 'a value' }, { value: 'path', label: 'another path (…Path)' }]}
          onChange={(kind) => update({ usePath: kind === 'path', value: kind === 'path' ? '$.other' : STARTING_VALUE[family] })} />
      )}
      {!c.usePath && (family === 'boolean' || family === 'test') ? (
        <SelectField testId={`${testId}-value`} label="Value" value={String(c.value)} options={[{ value: 'true', label: 'true' }, { value: 'false', label: 'false' }]}
          onChange={(v) => update({ value: v === 'true' })} />
      ) : (
        <TextField testId={`${testId}-value`} label={c.usePath ? 'Path' : 'Value'} value={typeof c.value === 'string' ? c.value : JSON.stringify(c.value)}
          validate={(t) => (c.usePath ? checkPath(t) : 'error' in parseOperand(family, t) ? (parseOperand(family, t) as { error: string }).error : undefined)}
          onCommit={(t) => {
            const text = t ?? '';
            if (c.usePath) return update({ value: text });
            const parsed = parseOperand(family, text);
            if ('value' in parsed) update({ value: parsed.value });
          }} />
      )}
    </div>
  );
}
