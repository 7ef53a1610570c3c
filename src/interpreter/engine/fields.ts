/**
 * One state's run: what its coroutine knows (input, context, query language, the data-flow
 * stages recorded for the UI) and the field evaluators for both query languages.
 */
import type { State } from '../../asl/types';
import { StatesError } from '../../asl/statesError';
import { resolvePayloadTemplate } from '../dataflow';
import { containsJsonata, evaluateTemplate, type JsonataStates } from '../jsonata';
import type { StudioStages } from '../types';
import type { Gen } from './effects';
import type { Frame, Runtime } from './runtime';

export interface StateRun {
  rt: Runtime;
  frame: Frame;
  name: string;
  state: State;
  /** Encoded StatePath. */
  path: string;
  jsonata: boolean;
  input: unknown;
  enteredId: number;
  /** previousEventId of the Entered event (EvaluationFailed points there too). */
  enteredPrev: number;
  enteredTime: string;
  retryCount: number;
  stages: StudioStages;
  /** Variables after this state's Assign (set when the state assigns). */
  assigned?: Record<string, unknown>;
  taskToken?: string;
  context?: { value: Record<string, unknown>; retryCount: number; token: string | undefined; frame: Frame };
  lastCtx?: PathCtx;
}

/** The context object for the current attempt (built once per attempt and token). */
export function contextOf(run: StateRun): Record<string, unknown> {
  const cached = run.context;
  if (cached && cached.retryCount === run.retryCount && cached.token === run.taskToken && cached.frame === run.frame) return cached.value;
  const value = run.rt.contextObject(run.frame, run.name, run.enteredTime, run.retryCount, run.taskToken);
  run.context = { value, retryCount: run.retryCount, token: run.taskToken, frame: run.frame };
  return value;
}

export interface PathCtx {
  input: unknown;
  context: unknown;
  variables: Record<string, unknown>;
  random: () => number;
}

/** The `{ input, context, variables }` scope the JSONPath helpers take (reused while unchanged). */
export function pathCtx(run: StateRun, input: unknown): PathCtx {
  const context = contextOf(run);
  const last = run.lastCtx;
  if (last && last.input === input && last.context === context && last.variables === run.frame.variables) return last;
  const ctx = { input, context, variables: run.frame.variables, random: run.rt.random };
  run.lastCtx = ctx;
  return ctx;
}

/** Evaluates a JSONata field value (literal parts kept, `{% %}` strings evaluated). */
export function* evalJsonata(run: StateRun, template: unknown, location: string, extra?: Partial<JsonataStates>): Gen<unknown> {
  if (!containsJsonata(template)) return template;
  const states: JsonataStates = { input: run.input, context: contextOf(run), ...extra };
  const promise = evaluateTemplate(template, { states, variables: run.frame.variables, random: run.rt.random }, location);
  return yield { t: 'await', promise };
}

/**
 * Evaluates `Assign` against the variables as they were before it (AWS: all assignments of one
 * Assign see the same prior values) and records the new variable set on the run.
 * @param value JSONPath: the value `$` refers to; JSONata: unused (`$states` is used)
 */
export function* evalAssign(run: StateRun, assign: unknown, value: unknown, extra?: Partial<JsonataStates>, location = 'Assign'): Gen<void> {
  if (typeof assign !== 'object' || Array.isArray(assign)) throw new StatesError('States.Runtime', 'The Assign field must be an object.');
  let assigned: Record<string, unknown>;
  if (run.jsonata) {
    assigned = (yield* evalJsonata(run, assign, location, extra)) as Record<string, unknown>;
  } else {
    assigned = resolvePayloadTemplate(assign, pathCtx(run, value)) as Record<string, unknown>;
  }
  run.assigned = { ...(run.assigned ?? run.frame.variables), ...assigned };
}

/** Applies the assignment recorded by evalAssign to the fiber's variables. */
export function commitAssign(run: StateRun): void {
  if (run.assigned) run.frame.variables = run.assigned;
}

/** A numeric field that may be a literal, a JSONata expression or come from a `…Path`. */
export function isJsonataString(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('{%') && value.endsWith('%}');
}
