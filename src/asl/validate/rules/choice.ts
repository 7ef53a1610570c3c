/**
 * Choice states: a non-empty Choices list; JSONPath rules hold exactly one comparison operator
 * (with Variable) or one of And / Or / Not, JSONata rules a Condition; top-level rules have Next.
 */
import type { JsonPath, StateInfo, ValidationContext } from '../context';
import { isObj } from '../context';
import { CHOICE_COMBINATORS, CHOICE_PATH_OPERATORS, CHOICE_VALUE_OPERATORS, isChoiceOperator } from '../fieldTables';
import { isJsonataExpression, isTimestamp } from '../values';

const JSONATA_RULE_FIELDS = new Set(['Condition', 'Next', 'Comment', 'Assign', 'Output']);
const JSONPATH_RULE_FIELDS = new Set(['Variable', 'Next', 'Comment', 'Assign']);

const EXPECTED = { string: 'a string', number: 'a number', boolean: 'true or false', timestamp: 'an RFC 3339 timestamp string' };

function checkValue(ctx: ValidationContext, op: string, value: unknown, path: JsonPath): void {
  const kind = CHOICE_VALUE_OPERATORS[op];
  let ok: boolean;
  let expected: string;
  if (kind) {
    expected = EXPECTED[kind];
    ok = kind === 'timestamp' ? isTimestamp(value) : typeof value === kind;
  } else if (CHOICE_PATH_OPERATORS.has(op)) {
    expected = 'a path string';
    ok = typeof value === 'string';
  } else {
    expected = 'true or false';
    ok = typeof value === 'boolean';
  }
  if (!ok) ctx.report('CHOICE_OPERATOR_VALUE', path, op, expected);
}

function checkJsonataRule(ctx: ValidationContext, rule: Record<string, unknown>, path: JsonPath): void {
  for (const key of Object.keys(rule)) {
    if (JSONATA_RULE_FIELDS.has(key)) continue;
    if (key === 'Variable' || isChoiceOperator(key) || CHOICE_COMBINATORS.has(key)) ctx.report('JSONPATH_FIELD_IN_JSONATA', [...path, key], key);
    else ctx.report('CHOICE_RULE_FIELD_NOT_ALLOWED', [...path, key], key);
  }
  if (!('Condition' in rule)) ctx.report('CHOICE_CONDITION_MISSING', path);
  else if (typeof rule.Condition !== 'boolean' && !isJsonataExpression(rule.Condition)) {
    ctx.report('INVALID_FIELD_TYPE', [...path, 'Condition'], 'Condition', 'a {% %} expression or a boolean');
  }
  if (typeof rule.Next !== 'string') ctx.report('CHOICE_RULE_NEXT_MISSING', path);
}

function checkJsonPathRule(ctx: ValidationContext, rule: unknown, path: JsonPath, top: boolean): void {
  if (!isObj(rule)) {
    ctx.report('CHOICE_RULE_NOT_OBJECT', path);
    return;
  }
  const operators = Object.keys(rule).filter((k) => isChoiceOperator(k) || CHOICE_COMBINATORS.has(k));
  for (const key of Object.keys(rule)) {
    if (JSONPATH_RULE_FIELDS.has(key) || operators.includes(key)) continue;
    if (key === 'Condition' || key === 'Output') ctx.report('JSONATA_FIELD_IN_JSONPATH', [...path, key], key);
    else ctx.report('CHOICE_RULE_FIELD_NOT_ALLOWED', [...path, key], key);
  }
  if (operators.length !== 1) ctx.report('CHOICE_OPERATOR_COUNT', path, operators.length);
  if (top && typeof rule.Next !== 'string') ctx.report('CHOICE_RULE_NEXT_MISSING', path);
  if (!top && 'Next' in rule) ctx.report('CHOICE_NESTED_NEXT', [...path, 'Next']);
  for (const op of operators) {
    if (CHOICE_COMBINATORS.has(op)) {
      if ('Variable' in rule) ctx.report('CHOICE_VARIABLE_UNEXPECTED', [...path, 'Variable']);
      const value = rule[op];
      if (op === 'Not') checkJsonPathRule(ctx, value, [...path, op], false);
      else if (!Array.isArray(value) || value.length === 0) ctx.report('CHOICE_COMBINATOR_EMPTY', [...path, op], op);
      else value.forEach((child, i) => checkJsonPathRule(ctx, child, [...path, op, i], false));
    } else {
      if (typeof rule.Variable !== 'string') ctx.report('CHOICE_VARIABLE_MISSING', path);
      checkValue(ctx, op, rule[op], [...path, op]);
    }
  }
}

function checkChoiceState(ctx: ValidationContext, s: StateInfo): void {
  const choices = s.state.Choices;
  const path = [...s.jsonPath, 'Choices'];
  if (!('Choices' in s.state)) return; // allowedFields reports the missing field
  if (!Array.isArray(choices) || choices.length === 0) {
    ctx.report('CHOICES_EMPTY', path);
    return;
  }
  choices.forEach((rule, i) => {
    if (s.queryLanguage === 'JSONata') {
      if (isObj(rule)) checkJsonataRule(ctx, rule, [...path, i]);
      else ctx.report('CHOICE_RULE_NOT_OBJECT', [...path, i]);
    } else checkJsonPathRule(ctx, rule, [...path, i], true);
  });
}

export function choice(ctx: ValidationContext): void {
  for (const s of ctx.states) if (s.state.Type === 'Choice') checkChoiceState(ctx, s);
}
