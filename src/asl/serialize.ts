/**
 * Definition → text, with Workflow Studio's key order: Comment, QueryLanguage, StartAt, States,
 * … at the top; within a state `Type` first, then its fields, `Next`/`End` last. Unknown keys are
 * kept (after the known ones). Payload templates (Parameters, Arguments, Output, …) keep the
 * user's own key order.
 */
import { yamlIfLoaded } from './yamlSupport';
import type { DefinitionFormat } from './parse';
import { isObj, setOwn, type Obj } from './objects';
import { findJsonProblem, jsonPathText } from './jsonValue';

export interface SerializeOptions {
  format?: DefinitionFormat;
  /** Spaces per level (default 2). */
  indent?: number;
}

const MACHINE_KEYS = ['Comment', 'QueryLanguage', 'StartAt', 'States', 'TimeoutSeconds', 'Version'];
const SCOPE_KEYS = ['Comment', 'QueryLanguage', 'ProcessorConfig', 'StartAt', 'States'];
const STATE_KEYS = [
  'Type', 'Comment', 'QueryLanguage', 'Resource', 'Credentials',
  'InputPath', 'Parameters', 'Arguments',
  'Items', 'ItemsPath', 'ItemReader', 'ItemSelector', 'ItemBatcher',
  'MaxConcurrency', 'MaxConcurrencyPath',
  'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'ToleratedFailureCount', 'ToleratedFailureCountPath',
  'Label', 'ItemProcessor', 'Iterator', 'Branches', 'Choices', 'Default',
  'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath',
  'Result', 'ResultSelector', 'ResultPath', 'ResultWriter', 'OutputPath', 'Output', 'Assign',
  'Error', 'ErrorPath', 'Cause', 'CausePath',
  'TimeoutSeconds', 'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath',
  'Retry', 'Catch',
];
const RETRIER_KEYS = ['ErrorEquals', 'Comment', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy'];
const CATCHER_KEYS = ['ErrorEquals', 'Comment', 'ResultPath', 'Output', 'Assign', 'Next'];
const RULE_KEYS = ['Variable', 'Condition', 'And', 'Or', 'Not'];
const RULE_TAIL_KEYS = ['Comment', 'Assign', 'Output', 'Next'];
const TAIL_KEYS = ['Next', 'End'];


/** Copy of `obj` with `head` keys first (in that order), the rest in their own order, then `tail`. */
function ordered(obj: Obj, head: readonly string[], tail: readonly string[] = []): Obj {
  const out: Obj = {};
  for (const key of head) if (Object.hasOwn(obj, key) && !tail.includes(key)) setOwn(out, key, obj[key]);
  for (const key of Object.keys(obj)) if (!Object.hasOwn(out, key) && !tail.includes(key)) setOwn(out, key, obj[key]);
  for (const key of tail) if (Object.hasOwn(obj, key)) setOwn(out, key, obj[key]);
  return out;
}

function orderScope(scope: unknown, head: readonly string[]): unknown {
  if (!isObj(scope)) return scope;
  const out = ordered(scope, head);
  if (isObj(out.States)) {
    const states: Obj = {};
    for (const [name, state] of Object.entries(out.States)) setOwn(states, name, orderState(state));
    out.States = states;
  }
  return out;
}

function orderRule(rule: unknown): unknown {
  if (!isObj(rule)) return rule;
  const out = ordered(rule, RULE_KEYS, RULE_TAIL_KEYS);
  for (const key of ['And', 'Or']) if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map(orderRule);
  if (isObj(out.Not)) out.Not = orderRule(out.Not);
  return out;
}

function mapArray(value: unknown, fn: (item: unknown) => unknown): unknown {
  return Array.isArray(value) ? value.map(fn) : value;
}

function orderState(state: unknown): unknown {
  if (!isObj(state)) return state;
  const out = ordered(state, STATE_KEYS, TAIL_KEYS);
  if (Object.hasOwn(out, 'Retry')) out.Retry = mapArray(out.Retry, (r) => (isObj(r) ? ordered(r, RETRIER_KEYS) : r));
  if (Object.hasOwn(out, 'Catch')) out.Catch = mapArray(out.Catch, (c) => (isObj(c) ? ordered(c, CATCHER_KEYS) : c));
  if (Object.hasOwn(out, 'Choices')) out.Choices = mapArray(out.Choices, orderRule);
  if (Object.hasOwn(out, 'Branches')) out.Branches = mapArray(out.Branches, (b) => orderScope(b, SCOPE_KEYS));
  if (Object.hasOwn(out, 'ItemProcessor')) out.ItemProcessor = orderScope(out.ItemProcessor, SCOPE_KEYS);
  if (Object.hasOwn(out, 'Iterator')) out.Iterator = orderScope(out.Iterator, SCOPE_KEYS);
  return out;
}

/** The definition with Workflow Studio's key order (a new object; values are shared, not copied). */
export function orderDefinition<T>(definition: T): T {
  return orderScope(definition, MACHINE_KEYS) as T;
}

/** Text of a definition in JSON (default) or YAML. */
export function serializeDefinition(definition: unknown, options: SerializeOptions = {}): string {
  const indent = options.indent ?? 2;
  const problem = findJsonProblem(definition);
  // The YAML writer recurses per level; JSON.stringify cannot write cycles or BigInts.
  if (problem && problem.kind !== 'notJson') throw new Error(`The definition cannot be written as text: ${problem.message} at ${jsonPathText(problem.path)}.`);
  const value = orderDefinition(definition);
  if (options.format === 'yaml') {
    const yaml = yamlIfLoaded();
    if (!yaml) throw new Error('YAML support is not loaded yet (call loadYaml() first).');
    return yaml.stringify(value, { indent, lineWidth: 0, aliasDuplicateObjects: false });
  }
  return `${JSON.stringify(value, null, indent)}\n`;
}
