/**
 * Reading and rewriting JSONPath Choice rules as the rule builder edits them. Rules stay plain
 * ASL objects (so fields the builder does not know survive); these helpers replace only the
 * condition part and keep `Next`, `Comment`, `Assign` and `Output` where they were.
 */
import type { ChoiceRule } from '../../../asl/types';
import { operatorOfKey, operatorSymbol, type OperatorInfo } from './choiceOperators';

export type ConditionKind = 'compare' | 'not' | 'and' | 'or';

/** Fields of a top-level rule that are not part of its condition. */
const RULE_EXTRAS = ['Next', 'Comment', 'Assign', 'Output'] as const;

export interface Comparison {
  variable: string;
  operator: OperatorInfo;
  usePath: boolean;
  value: unknown;
}

export function conditionKind(rule: ChoiceRule): ConditionKind {
  if (Array.isArray(rule.And)) return 'and';
  if (Array.isArray(rule.Or)) return 'or';
  if (rule.Not !== undefined) return 'not';
  return 'compare';
}

export function comparisonOf(rule: ChoiceRule): Comparison | undefined {
  for (const [key, value] of Object.entries(rule)) {
    const found = operatorOfKey(key);
    if (found) return { variable: typeof rule.Variable === 'string' ? rule.Variable : '', operator: found.info, usePath: found.usePath, value };
  }
  return undefined;
}

function extrasOf(rule: ChoiceRule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of RULE_EXTRAS) if (rule[key] !== undefined) out[key] = rule[key];
  return out;
}

/** The rule with its condition replaced by `condition` (whose own extras are dropped). */
export function withCondition(rule: ChoiceRule, condition: ChoiceRule): ChoiceRule {
  const bare: ChoiceRule = {};
  for (const [key, value] of Object.entries(condition)) if (!(RULE_EXTRAS as readonly string[]).includes(key)) bare[key] = value;
  const { Next, ...extras } = extrasOf(rule);
  // Keep the Workflow Studio order: condition, then Next, then the rest.
  return { ...bare, ...(Next !== undefined ? { Next } : {}), ...extras } as ChoiceRule;
}

/** A comparison condition object: `{ Variable, <Operator>[Path]: value }`. */
export function comparisonCondition(c: Comparison): ChoiceRule {
  const key = c.usePath && c.operator.hasPath ? `${c.operator.name}Path` : c.operator.name;
  return { Variable: c.variable, [key]: c.value };
}

/** The condition part of a rule (without Next/Comment/Assign/Output). */
export function conditionPart(rule: ChoiceRule): ChoiceRule {
  return withCondition({}, rule);
}

/** A starting condition for each kind, reusing what the rule already holds where that makes sense. */
export function convertCondition(rule: ChoiceRule, kind: ConditionKind): ChoiceRule {
  const current = conditionPart(rule);
  const currentKind = conditionKind(rule);
  if (kind === currentKind) return rule;
  let next: ChoiceRule;
  if (kind === 'not') next = { Not: current };
  else if (kind === 'and' || kind === 'or') {
    const items = currentKind === 'and' ? rule.And : currentKind === 'or' ? rule.Or : undefined;
    next = { [kind === 'and' ? 'And' : 'Or']: items ?? [current] };
  } else next = currentKind === 'not' && rule.Not ? conditionPart(rule.Not) : DEFAULT_COMPARISON;
  return withCondition(rule, next);
}

export const DEFAULT_COMPARISON: ChoiceRule = { Variable: '$.value', StringEquals: '' };

/** A readable one-line summary, e.g. `$.x > 3 and not ($.y is null)`. */
export function describeCondition(rule: ChoiceRule): string {
  if (typeof rule.Condition === 'string' || typeof rule.Condition === 'boolean') return String(rule.Condition);
  const kind = conditionKind(rule);
  if (kind === 'and' || kind === 'or') {
    const items = (kind === 'and' ? rule.And : rule.Or) ?? [];
    return items.map((r) => (conditionKind(r) === 'compare' || conditionKind(r) === 'not' ? describeCondition(r) : `(${describeCondition(r)})`)).join(` ${kind} `);
  }
  if (kind === 'not') return `not (${rule.Not ? describeCondition(rule.Not) : ''})`;
  const c = comparisonOf(rule);
  if (!c) return '(incomplete rule)';
  if (c.operator.family === 'test') return `${c.variable} ${c.value === false ? 'not ' : ''}${c.operator.label.replace(/^is /, 'is ')}`;
  return `${c.variable} ${operatorSymbol(c.operator)} ${c.usePath ? String(c.value) : JSON.stringify(c.value)}`;
}
