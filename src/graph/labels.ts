/** Short labels for Choice rules and Catch edges, and node subtitles. */
import type { ChoiceRule, State } from '../asl/types';
import { describeTask } from '../catalog/lookup';
import { childScopes } from '../asl/paths';

/** Longest edge label shown on the canvas (full text goes to the tooltip). */
export const MAX_LABEL = 36;

export function shorten(text: string, max = MAX_LABEL): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const SYMBOLS: Record<string, string> = {
  Equals: '==', LessThan: '<', GreaterThan: '>', LessThanEquals: '<=', GreaterThanEquals: '>=',
};

function formatValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value));
}

function comparison(variable: string, operator: string, value: unknown): string | undefined {
  const isPath = operator.endsWith('Path');
  const op = isPath ? operator.slice(0, -4) : operator;
  const shown = isPath && typeof value === 'string' ? value : formatValue(value);
  const m = /^(String|Numeric|Boolean|Timestamp)(Equals|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals|Matches)$/.exec(op);
  if (m) {
    const kind = m[1]!;
    const relation = m[2]!;
    if (relation === 'Matches') return `${variable} matches ${shown}`;
    // Numbers and booleans read naturally with symbols; strings and timestamps keep the operator's kind.
    if (kind === 'Numeric' || kind === 'Boolean') return `${variable} ${SYMBOLS[relation]} ${shown}`;
    return `${variable} ${kind}${relation} ${shown}`;
  }
  const is = /^Is(Null|Present|Numeric|String|Boolean|Timestamp)$/.exec(op);
  if (is) return `${variable} ${value === false ? 'is not' : 'is'} ${is[1]!.toLowerCase()}`;
  return undefined;
}

/** A readable one-line form of a Choice rule (JSONPath operators or a JSONata `Condition`). */
export function describeRule(rule: ChoiceRule): string {
  if (rule.Condition !== undefined) {
    const text = String(rule.Condition);
    const m = /^\s*\{%([\s\S]*)%\}\s*$/.exec(text);
    return (m ? m[1]! : text).replace(/\s+/g, ' ').trim();
  }
  if (Array.isArray(rule.And)) return rule.And.map((r) => wrap(describeRule(r))).join(' and ');
  if (Array.isArray(rule.Or)) return rule.Or.map((r) => wrap(describeRule(r))).join(' or ');
  if (rule.Not && typeof rule.Not === 'object') return `not ${wrap(describeRule(rule.Not))}`;
  const variable = typeof rule.Variable === 'string' ? rule.Variable : '?';
  for (const [key, value] of Object.entries(rule)) {
    if (['Variable', 'Next', 'Comment', 'Assign', 'Output'].includes(key)) continue;
    const text = comparison(variable, key, value);
    if (text) return text;
  }
  return 'rule';
}

function wrap(text: string): string {
  return /\s(and|or)\s/.test(text) ? `(${text})` : text;
}

/** The line under a state's name: the Task's service and action, a Wait's duration, … */
export function subtitleOf(state: State): string {
  switch (state.Type) {
    case 'Task': return describeTask(state.Resource);
    case 'Parallel': {
      const n = childScopes(state).length;
      return `Parallel · ${n} branch${n === 1 ? '' : 'es'}`;
    }
    case 'Map': return state.ItemProcessor?.ProcessorConfig?.Mode === 'DISTRIBUTED' ? 'Distributed Map' : 'Map';
    case 'Wait': {
      if (typeof state.Seconds === 'number') return `Wait ${state.Seconds} s`;
      if (state.Timestamp !== undefined) return 'Wait until timestamp';
      if (state.SecondsPath !== undefined) return `Wait ${state.SecondsPath} s`;
      if (state.TimestampPath !== undefined) return `Wait until ${state.TimestampPath}`;
      return 'Wait';
    }
    case 'Fail': return typeof state.Error === 'string' ? `Fail · ${state.Error}` : 'Fail';
    default: return state.Type;
  }
}
