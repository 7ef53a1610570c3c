/**
 * JSONata in Step Functions: `{% … %}` strings anywhere in a field value, the reserved `$states`
 * variable, workflow variables as `$name`, and the extra functions Step Functions adds
 * (`$partition`, `$range`, `$hash`, `$random`, `$uuid`, `$parse`). Failures become
 * `States.QueryEvaluationError` with AWS's wording and the field location.
 */
import jsonata from 'jsonata';
import { StatesError } from '../asl/statesError';
import { hashText, isHashAlgorithm } from '../asl/intrinsics/hash';
import { MAX_NESTING_DEPTH } from '../asl/jsonValue';
import { setOwn } from '../asl/objects';
import { EvaluationBudget, JsonataBudgetError, checkArrayLength, checkStringLength } from './jsonataBudget';
import { uuidV4 } from '../asl/uuid';

/** A JSONata evaluation failure that knows which field it came from (EvaluationFailed.location). */
export class QueryEvaluationError extends StatesError {
  constructor(
    cause: string,
    public readonly location: string | undefined,
  ) {
    super('States.QueryEvaluationError', cause);
  }
}

/** What `$states` holds while a field is evaluated. */
export interface JsonataStates {
  input: unknown;
  context: unknown;
  result?: unknown;
  errorOutput?: unknown;
}

export interface JsonataScope {
  states: JsonataStates;
  variables: Record<string, unknown>;
  random: () => number;
  /** True once the run has ended: a long evaluation gives up (see EvaluationBudget). */
  cancelled?: () => boolean;
}

/**
 * The binding that carries an evaluation's budget to the hooks. A name with a space cannot be
 * written as a JSONata variable, so no expression can reach it.
 */
const BUDGET = 'asl studio budget';

interface HookEnvironment {
  base: { depth: number; [BUDGET]?: EvaluationBudget };
  lookup(name: string): unknown;
}

function budgetOf(environment: HookEnvironment): EvaluationBudget | undefined {
  const base = environment.base;
  let budget = base[BUDGET];
  if (budget === undefined) {
    budget = environment.lookup(BUDGET) as EvaluationBudget | undefined;
    if (budget) base[BUDGET] = budget;
  }
  return budget;
}

type Compiled = ReturnType<typeof jsonata>;
const compiled = new Map<string, Compiled>();

/** The expression inside `{% … %}`, or undefined when `value` is not a JSONata string. */
export function jsonataExpression(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length < 4) return undefined;
  // AWS: the whole string must be the wrapper; " {% x %} " (leading space) is a literal.
  if (!value.startsWith('{%') || !value.endsWith('%}')) return undefined;
  return value.slice(2, -2).trim();
}

/** True when a template value contains a `{% %}` string anywhere (memoised per object). */
const hasExprCache = new WeakMap<object, boolean>();
export function containsJsonata(value: unknown): boolean {
  if (typeof value === 'string') return jsonataExpression(value) !== undefined;
  if (typeof value !== 'object' || value === null) return false;
  const cached = hasExprCache.get(value);
  if (cached !== undefined) return cached;
  const result = Array.isArray(value) ? value.some(containsJsonata) : Object.values(value).some(containsJsonata);
  hasExprCache.set(value, result);
  return result;
}

function compile(expr: string, location: string | undefined): Compiled {
  let c = compiled.get(expr);
  if (!c) {
    try {
      c = jsonata(expr);
      // jsonata calls these around every evaluation step; they find the evaluation's budget.
      c.assign(Symbol.for('jsonata.__evaluate_entry') as unknown as string, (node: unknown, input: unknown, env: HookEnvironment) => budgetOf(env)?.enter(node, input, env));
      c.assign(Symbol.for('jsonata.__evaluate_exit') as unknown as string, (node: unknown, input: unknown, env: HookEnvironment, result: unknown) => budgetOf(env)?.exit(node, input, env, result));
      c.registerFunction('pad', pad, '<s-ns?:s>');
    } catch (e) {
      throw new QueryEvaluationError(`The JSONata expression '${expr}' specified for the field '${location ?? ''}' could not be parsed. ${describe(e)}`, location);
    }
    compiled.set(expr, c);
  }
  return c;
}

function describe(e: unknown): string {
  if (e && typeof e === 'object') {
    const code = (e as { code?: unknown }).code;
    const message = (e as { message?: unknown }).message;
    if (typeof code === 'string') return `${code}: ${String(message)}`;
    if (typeof message === 'string') return message;
  }
  return String(e);
}

function partition(array: unknown, size: unknown): unknown[] {
  const list = Array.isArray(array) ? array : array === undefined ? [] : [array];
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) {
    throw new JsonataBudgetError(`$partition: the chunk size must be a positive integer, but was ${JSON.stringify(size)}.`);
  }
  const out: unknown[] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function range(start: unknown, end: unknown, step: unknown = 1): number[] {
  if (typeof start !== 'number' || typeof end !== 'number' || typeof step !== 'number' || ![start, end, step].every(Number.isFinite)) {
    throw new JsonataBudgetError(`$range: start, end and step must be finite numbers.`);
  }
  const out: number[] = [];
  if (!step || (step > 0 ? start > end : start < end)) return out;
  // The length is known before anything is allocated: refuse what no payload could hold.
  checkArrayLength(Math.floor((end - start) / step) + 1);
  for (let v = start; step > 0 ? v <= end : v >= end; v += step) out.push(v);
  return out;
}

/** Code points of a string (jsonata counts characters this way). */
function codePoints(s: string): string[] {
  return Array.from(s);
}

/** jsonata's `$pad`, refusing widths beyond the string budget before allocating anything. */
function pad(str: string | undefined, width: number, char?: string): string | undefined {
  if (str === undefined) return undefined;
  const fill = char === undefined || char.length === 0 ? ' ' : char;
  const w = Math.trunc(width);
  checkStringLength(Math.abs(w));
  const padLength = Math.abs(w) - codePoints(str).length;
  if (!(padLength > 0)) return str;
  const padding = codePoints(fill.repeat(Math.ceil(padLength / codePoints(fill).length))).slice(0, padLength).join('');
  return w > 0 ? str + padding : padding + str;
}

function bindings(scope: JsonataScope): Record<string, unknown> {
  return {
    ...scope.variables,
    [BUDGET]: new EvaluationBudget(scope.cancelled),
    states: scope.states,
    partition,
    range,
    hash: (value: unknown, algorithm: unknown) => {
      if (!isHashAlgorithm(algorithm)) throw new Error(`Unsupported hash algorithm '${String(algorithm)}'.`);
      return hashText(typeof value === 'string' ? value : JSON.stringify(value), algorithm);
    },
    random: () => scope.random(),
    uuid: () => uuidV4(scope.random),
    parse: (text: unknown) => (typeof text === 'string' ? JSON.parse(text) : text),
    eval: undefined,
  };
}

/** Evaluates one JSONata expression (without the `{% %}` wrapper). */
export async function evaluateExpression(expr: string, scope: JsonataScope, location: string | undefined): Promise<unknown> {
  const c = compile(expr, location);
  let value: unknown;
  try {
    value = normalise(await c.evaluate(scope.states.input, bindings(scope)), 0);
  } catch (e) {
    throw new QueryEvaluationError(
      `The JSONata expression '${expr}' specified for the field '${location ?? ''}' threw an error during evaluation. ${describe(e)}`,
      location,
    );
  }
  if (value === undefined) {
    throw new QueryEvaluationError(`The JSONata expression '${expr}' specified for the field '${location ?? ''}' returned nothing (undefined).`, location);
  }
  return value;
}

/** JSONata sequences are arrays with extra flags; turn results into plain JSON values. */
function normalise(value: unknown, depth: number): unknown {
  if (typeof value === 'function') return undefined;
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_NESTING_DEPTH) throw new JsonataBudgetError(`The result is nested too deeply (limit ${MAX_NESTING_DEPTH} levels).`);
  if (Array.isArray(value)) return value.map((v) => normalise(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const n = normalise(v, depth + 1);
    if (n !== undefined) setOwn(out, k, n);
  }
  return out;
}

/**
 * Evaluates a field value: `{% %}` strings are expressions, objects and arrays are walked,
 * anything else is a literal. `location` names the field (`Output`, `Arguments/FunctionName`).
 */
export async function evaluateTemplate(template: unknown, scope: JsonataScope, location: string): Promise<unknown> {
  if (!containsJsonata(template)) return template;
  const expr = jsonataExpression(template);
  if (expr !== undefined) return evaluateExpression(expr, scope, location);
  if (Array.isArray(template)) {
    const out: unknown[] = [];
    for (let i = 0; i < template.length; i++) out.push(await evaluateTemplate(template[i], scope, `${location}/${i}`));
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(template as Record<string, unknown>)) {
    setOwn(out, key, await evaluateTemplate(v, scope, `${location}/${key}`));
  }
  return out;
}
