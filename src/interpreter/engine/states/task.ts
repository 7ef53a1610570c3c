/**
 * Task state, one attempt (Retry/Catch wrap it): input processing, the invocation, result
 * processing — JSONPath `InputPath → Parameters → ResultSelector → ResultPath → OutputPath`,
 * or JSONata `Arguments → Output`, with `Assign` in both.
 */
import type { TaskState } from '../../../asl/types';
import { StatesError } from '../../../asl/statesError';
import { evaluatePath } from '../../../asl/jsonpath';
import { applyInputPath, applyOutputPath, applyResultPath, resolvePayloadTemplate } from '../../dataflow';
import { resourceInfo } from '../../resources';
import { TICK, type Effect, type Gen } from '../effects';
import { assignPath, evalAssign, evalJsonata, pathCtx, type StateRun } from '../fields';
import { answered, askTask, endWait, failed, finishTask, invokeTask, scheduleTask, startTask, taskError, type Invocation, type TaskTimeouts } from './invoke';
import { pathNumber } from './pathNumber';

function* seconds(run: StateRun, literal: unknown, path: string | undefined, field: string, effective: unknown): Gen<number | undefined> {
  let value: unknown = literal;
  if (run.jsonata && typeof literal === 'string') value = yield* evalJsonata(run, literal, field);
  else if (path !== undefined) {
    const ctx = pathCtx(run, effective);
    const raw = evaluatePath(effective, path, ctx);
    value = pathNumber(raw, 'integer') ?? raw;
  }
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new StatesError('States.Runtime', `The ${path !== undefined ? `${field}Path` : field} field must be a positive integer, but was: ${JSON.stringify(value)}`);
  }
  return value;
}

const NO_TIMEOUTS: TaskTimeouts = {};

function hasTimeouts(state: TaskState): boolean {
  return state.TimeoutSeconds !== undefined || state.TimeoutSecondsPath !== undefined || state.HeartbeatSeconds !== undefined || state.HeartbeatSecondsPath !== undefined;
}

function* timeoutsOf(run: StateRun, state: TaskState, effective: unknown): Gen<TaskTimeouts> {
  const out: TaskTimeouts = {};
  const t = yield* seconds(run, state.TimeoutSeconds, state.TimeoutSecondsPath, 'TimeoutSeconds', effective);
  const h = yield* seconds(run, state.HeartbeatSeconds, state.HeartbeatSecondsPath, 'HeartbeatSeconds', effective);
  if (t !== undefined) out.timeoutSeconds = t;
  if (h !== undefined) out.heartbeatSeconds = h;
  return out;
}

export function* runTaskAttempt(run: StateRun, state: TaskState): Gen<unknown> {
  if (resourceInfo(state.Resource).pattern === 'waitForTaskToken' && run.taskToken === undefined) run.taskToken = run.rt.newTaskToken();
  if (run.jsonata) {
    const args = state.Arguments === undefined ? run.input : yield* evalJsonata(run, state.Arguments, 'Arguments');
    run.arguments = args;
    const timeouts = hasTimeouts(state) ? yield* timeoutsOf(run, state, run.input) : NO_TIMEOUTS;
    const result = yield* invokeTask(run, state, args, timeouts);
    run.result = result;
    if (state.Assign != null) yield* evalAssign(run, state.Assign, undefined, { result });
    return state.Output === undefined ? result : yield* evalJsonata(run, state.Output, 'Output', { result });
  }
  const params = taskParams(run, state);
  const timeouts = hasTimeouts(state) ? yield* timeoutsOf(run, state, run.afterInputPath) : NO_TIMEOUTS;
  return yield* taskFrom(run, state, scheduleTask(run, state, params, timeouts), SCHEDULED);
}

/** JSONPath InputPath → Parameters of a Task: the effective parameters. */
function taskParams(run: StateRun, state: TaskState): unknown {
  const effective = state.InputPath === undefined ? run.input : applyInputPath(run.input, state.InputPath, pathCtx(run, run.input));
  run.afterInputPath = effective;
  if (state.Parameters === undefined) return effective;
  const params = resolvePayloadTemplate(state.Parameters, pathCtx(run, effective));
  run.afterParameters = params;
  return params;
}

/** JSONPath ResultSelector → Assign → ResultPath → OutputPath of a Task: the state's output. */
function taskOutput(run: StateRun, state: TaskState, taskResult: unknown): unknown {
  let result = taskResult;
  run.result = result;
  if (state.ResultSelector !== undefined) {
    result = resolvePayloadTemplate(state.ResultSelector, pathCtx(run, result));
    run.afterResultSelector = result;
  }
  if (state.Assign != null) assignPath(run, state.Assign, result);
  const combined = applyResultPath(run.input, result, state.ResultPath);
  run.afterResultPath = combined;
  return state.OutputPath === undefined ? combined : applyOutputPath(combined, state.OutputPath, pathCtx(run, combined));
}

// Where a JSONPath Task invocation stands (see taskFrom): each step is followed by a tick.
const SCHEDULED = 0;
const STARTED = 1;
const ASKED = 2;
const FINISHED = 3;
type Step = typeof SCHEDULED | typeof STARTED | typeof ASKED | typeof FINISHED;

/**
 * Goes on with a JSONPath Task invocation from `step` (the tick after that step is still to
 * come) to the state's output.
 * @param wait at ASKED, the effect the answer is waited for (if any)
 */
function* taskFrom(run: StateRun, state: TaskState, inv: Invocation, step: Step, wait?: Effect): Gen<unknown> {
  const rt = run.rt;
  if (step === SCHEDULED) {
    if (rt.tickDue()) yield TICK;
    startTask(inv);
    step = STARTED;
  }
  if (step === STARTED) {
    if (rt.tickDue()) yield TICK;
    wait = askTask(inv);
  }
  if (step !== FINISHED) {
    if (wait) {
      try {
        answered(inv, yield wait);
      } catch (e) {
        failed(inv, e);
      } finally {
        endWait(inv);
      }
    }
    finishTask(inv);
  }
  if (rt.tickDue()) yield TICK;
  if (inv.failure) throw taskError(inv);
  return taskOutput(run, state, inv.result);
}

/** What {@link taskAttemptSync} returns when the invocation must go on in a coroutine. */
export class TaskPending {
  constructor(
    readonly inv: Invocation | undefined,
    readonly step: Step,
    readonly wait: Effect | undefined,
  ) {}

  /** The rest of the attempt, as a coroutine. */
  rest(run: StateRun, state: TaskState): Gen<unknown> {
    return this.inv ? taskFrom(run, state, this.inv, this.step, this.wait) : runTaskAttempt(run, state);
  }
}

const NOT_STARTED = new TaskPending(undefined, SCHEDULED, undefined);

/**
 * A JSONPath Task attempt run without a coroutine of its own when nothing makes it wait or stop
 * between its events (no pause, step or stop under way, no slice end due, a plain-value answer);
 * else the point to go on from in a coroutine ({@link TaskPending.rest}), with what was done so
 * far kept — so the history and the stops are exactly the coroutine's.
 */
export function taskAttemptSync(run: StateRun, state: TaskState): unknown {
  const rt = run.rt;
  if (run.jsonata || hasTimeouts(state) || resourceInfo(state.Resource).pattern === 'waitForTaskToken' || !rt.ticksFree(3)) return NOT_STARTED;
  const inv = scheduleTask(run, state, taskParams(run, state), NO_TIMEOUTS);
  // A listener may pause or stop the run at any event: then the coroutine takes over.
  if (rt.attention) return new TaskPending(inv, SCHEDULED, undefined);
  startTask(inv);
  if (rt.attention) return new TaskPending(inv, STARTED, undefined);
  const wait = askTask(inv);
  if (wait) return new TaskPending(inv, ASKED, wait);
  finishTask(inv);
  if (rt.attention) return new TaskPending(inv, FINISHED, undefined);
  if (inv.failure) throw taskError(inv);
  return taskOutput(run, state, inv.result);
}
