/**
 * One state's run: what its coroutine knows (input, context, query language, the data-flow
 * stages recorded for the UI) and the field evaluators for both query languages.
 */
import type { State } from '../../asl/types';
import { StatesError } from '../../asl/statesError';
import { resolvePayloadTemplate, type TemplateCache } from '../dataflow';
import { containsJsonata, evaluateTemplate, type JsonataStates } from '../jsonata';
import type { StudioStages } from '../types';
import type { Gen } from './effects';
import type { Frame, Runtime, StatePlan } from './runtime';

const NOT_CHECKED = Symbol('notChecked');

/**
 * One run of a state (one per entry, shared by its retries): what its coroutine knows, the
 * caches of its context object, and the data-flow stages recorded for the UI — kept as fields
 * of the run itself (the history packs them when the state exits), not as a separate object.
 */
export class StateRun implements StudioStages {
  retryCount = 0;
  /** Variables after this state's Assign (set when the state assigns). */
  assigned: Record<string, unknown> | undefined = undefined;
  taskToken: string | undefined = undefined;
  /** The context object last built, and what it was built for (retry count, token, frame). */
  private context: Record<string, unknown> | undefined = undefined;
  private contextRetry = -1;
  private contextToken: string | undefined = undefined;
  private contextFrame: Frame | undefined = undefined;
  lastCtx: PathCtx | undefined = undefined;
  /** The state chosen to go to next (synchronous states; see runScope). */
  next: string | undefined = undefined;
  /** A value of this run known to be within the payload limit (a task result just checked). */
  withinLimit: unknown = NOT_CHECKED;
  // Data-flow stages (StudioStages); `input` is the constructor's.
  afterInputPath: unknown = undefined;
  afterParameters: unknown = undefined;
  arguments: unknown = undefined;
  result: unknown = undefined;
  afterResultSelector: unknown = undefined;
  afterResultPath: unknown = undefined;
  output: unknown = undefined;

  constructor(
    readonly rt: Runtime,
    public frame: Frame,
    public plan: StatePlan,
    public jsonata: boolean,
    public input: unknown,
    public enteredId: number,
    /** previousEventId of the Entered event (EvaluationFailed points there too). */
    public enteredPrev: number,
    public enteredTime: string,
  ) {}

  /**
   * Makes this object a fresh run of another synchronous state: the runtime reuses one object
   * for JSONPath Pass, Choice and Succeed, which nothing keeps after they exit. Those never set
   * `retryCount`, `taskToken`, `withinLimit`, `arguments` or `afterResultSelector`, so these keep their
   * initial values and are not reset here.
   */
  reuse(frame: Frame, plan: StatePlan, input: unknown, enteredId: number, enteredPrev: number, enteredTime: string): this {
    this.frame = frame;
    this.plan = plan;
    this.input = input;
    this.enteredId = enteredId;
    this.enteredPrev = enteredPrev;
    this.enteredTime = enteredTime;
    this.assigned = undefined;
    this.context = undefined;
    this.lastCtx = undefined;
    this.afterInputPath = undefined;
    this.afterParameters = undefined;
    this.result = undefined;
    this.afterResultPath = undefined;
    this.output = undefined;
    this.next = undefined;
    return this;
  }

  get name(): string {
    return this.plan.name;
  }

  get state(): State {
    return this.plan.state;
  }

  /** Encoded StatePath. */
  get path(): string {
    return this.plan.path;
  }

  /** The same run seen from another frame (a Map iteration's ItemSelector reads its `$$.Map`). */
  inFrame(frame: Frame): StateRun {
    const copy = new StateRun(this.rt, frame, this.plan, this.jsonata, this.input, this.enteredId, this.enteredPrev, this.enteredTime);
    copy.retryCount = this.retryCount;
    copy.taskToken = this.taskToken;
    return copy;
  }

  /** The context object for the current attempt (built once per attempt and token). */
  contextObject(): Record<string, unknown> {
    if (this.context && this.contextRetry === this.retryCount && this.contextToken === this.taskToken && this.contextFrame === this.frame) return this.context;
    const value = this.rt.contextObject(this.frame, this.name, this.enteredTime, this.retryCount, this.taskToken);
    this.context = value;
    this.contextRetry = this.retryCount;
    this.contextToken = this.taskToken;
    this.contextFrame = this.frame;
    return value;
  }
}

/** The context object for the current attempt (built once per attempt and token). */
export function contextOf(run: StateRun): Record<string, unknown> {
  return run.contextObject();
}

/**
 * The `{ input, context, variables, random }` scope the JSONPath helpers take. The context
 * object is only built when a path reads `$$` (most states never do).
 */
export class PathCtx {
  constructor(
    private readonly run: StateRun,
    readonly input: unknown,
    readonly variables: Record<string, unknown>,
  ) {}

  get context(): Record<string, unknown> {
    return this.run.contextObject();
  }

  get random(): () => number {
    return this.run.rt.random;
  }

  get templates(): TemplateCache {
    return this.run.rt.templates;
  }
}

/** The JSONPath scope for `input` (reused while the input and variables are unchanged). */
export function pathCtx(run: StateRun, input: unknown): PathCtx {
  const last = run.lastCtx;
  const variables = run.frame.variables;
  if (last && last.input === input && last.variables === variables) return last;
  const ctx = new PathCtx(run, input, variables);
  run.lastCtx = ctx;
  return ctx;
}

/** Evaluates a JSONata field value (literal parts kept, `{% %}` strings evaluated). */
export function* evalJsonata(run: StateRun, template: unknown, location: string, extra?: Partial<JsonataStates>): Gen<unknown> {
  if (!containsJsonata(template)) return template;
  const states: JsonataStates = { input: run.input, context: contextOf(run), ...extra };
  const promise = evaluateTemplate(template, { states, variables: run.frame.variables, random: run.rt.random, cancelled: run.rt.isEnded }, location);
  return yield { kind: 'await', promise };
}

/**
 * Evaluates `Assign` against the variables as they were before it (AWS: all assignments of one
 * Assign see the same prior values) and records the new variable set on the run.
 * @param value JSONPath: the value `$` refers to; JSONata: unused (`$states` is used)
 */
export function* evalAssign(run: StateRun, assign: unknown, value: unknown, extra?: Partial<JsonataStates>, location = 'Assign'): Gen<void> {
  if (!run.jsonata) {
    assignPath(run, assign, value);
    return;
  }
  checkAssign(assign);
  const assigned = (yield* evalJsonata(run, assign, location, extra)) as Record<string, unknown>;
  run.assigned = { ...(run.assigned ?? run.frame.variables), ...assigned };
}

/** The JSONPath form of {@link evalAssign} (synchronous). */
export function assignPath(run: StateRun, assign: unknown, value: unknown): void {
  checkAssign(assign);
  const assigned = resolvePayloadTemplate(assign, pathCtx(run, value)) as Record<string, unknown>;
  run.assigned = { ...(run.assigned ?? run.frame.variables), ...assigned };
}

function checkAssign(assign: unknown): void {
  if (typeof assign !== 'object' || Array.isArray(assign)) throw new StatesError('States.Runtime', 'The Assign field must be an object.');
}

/** Applies the assignment recorded by evalAssign to the fiber's variables. */
export function commitAssign(run: StateRun): void {
  if (run.assigned) run.frame.variables = run.assigned;
}

/** A numeric field that may be a literal, a JSONata expression or come from a `…Path`. */
export function isJsonataString(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('{%') && value.endsWith('%}');
}
