/**
 * Running states: a scope (top level, a branch, an iteration) walks from `StartAt` along `Next`;
 * each state records its Entered/Exited events, runs its type's logic, and Task, Parallel and
 * Map states go through Retry and Catch (ASL spec "Error handling").
 */
import type { Catcher, MapState, ParallelState, State, TaskState } from '../../asl/types';
import { StatesError, stateFailureCause } from '../../asl/statesError';
import { applyResultPath } from '../dataflow';
import { exceedsPayloadLimit } from '../limits';
import { errorMatches, isTerminalError, retryDelaySeconds, retryPolicy } from '../retry';
import { BREAK, TICK, type Gen } from './effects';
import { errorDetails, errorInfo, errorOutput, toStatesError, type ErrorInfo } from './errors';
import { StateRun, commitAssign, evalAssign, evalJsonata } from './fields';
import { NO_RETRY_COUNT, type Frame, type Runtime, type StatePlan } from './runtime';
import { choicePath, runChoice } from './states/choice';
import { runMapAttempt } from './states/map';
import { runParallelAttempt } from './states/parallel';
import { passPath, runFail, runPass, runSucceed, succeedPath } from './states/simple';
import { TaskPending, runTaskAttempt, taskAttemptSync } from './states/task';
import { runWait } from './states/wait';

export interface Outcome {
  output: unknown;
  /** The next state when the state chose it (Choice, a Catcher); else the state's `Next`. */
  next: string | undefined;
}

/** Errors whose EvaluationFailed event / cause prefix were already written. */
const reported = new WeakSet<object>();

/**
 * Turns an error raised while a state ran into the one that leaves the state: `States.Runtime`
 * and `States.QueryEvaluationError` get AWS's "An error occurred while executing the state …"
 * prefix, and a query error records an `EvaluationFailed` event.
 */
export function reportStateError(run: StateRun, e: unknown): StatesError {
  const err = toStatesError(e);
  if (reported.has(err)) return err;
  let out = err;
  if (err.error === 'States.Runtime' || err.error === 'States.QueryEvaluationError') {
    out = new StatesError(err.error, stateFailureCause(run.name, run.enteredId, err.cause));
    if (err.error === 'States.QueryEvaluationError') {
      const location = (err as { location?: unknown }).location;
      run.rt.emit(
        run.frame,
        'EvaluationFailed',
        { error: out.error, cause: out.cause, state: run.name, ...(typeof location === 'string' ? { location } : {}) },
        run.path,
        NO_RETRY_COUNT,
        { after: run.enteredPrev },
      );
    }
  }
  reported.add(out);
  return out;
}

/** Runs a scope from StartAt to an End / Succeed; returns its output, throws its failure. */
export function* runScope(rt: Runtime, frame: Frame, input: unknown): Gen<unknown> {
  // Kept small: this loop runs once per state transition, and in a fresh process the JIT's
  // compilation of it and of what it inlines costs more than running it (the W5 bench), so the
  // rarer paths live in functions of their own and there is one `yield*` (each one is a large
  // piece of generator code).
  let plan = rt.plans.at(frame, frame.scope.StartAt);
  let value = input;
  let inputChecked = false;
  for (;;) {
    rt.countTransition();
    const enteredPrev = frame.last;
    const enteredId = rt.emitEntered(frame, plan, value);
    const enteredTime = rt.currentIso();
    if (rt.breakpoints !== undefined && rt.breakpointHit(plan.path, plan.name)) yield BREAK;
    else if (rt.tickDue()) yield TICK;
    const jsonata = (plan.state.QueryLanguage ?? frame.queryLanguage) === 'JSONata';
    let run: StateRun;
    if (!jsonata && plan.simple) {
      // JSONPath Pass, Choice and Succeed run to their exit synchronously, without a coroutine.
      run = simpleState(rt, frame, plan, value, enteredId, enteredPrev, enteredTime, inputChecked);
    } else {
      run = new StateRun(rt, frame, plan, jsonata, value, enteredId, enteredPrev, enteredTime);
      let output = startState(run);
      if (output instanceof TaskPending) output = yield* stateCoroutine(run, output);
      exitState(run, output, output === run.withinLimit);
    }
    if (rt.tickDue()) yield TICK;
    const next = run.next;
    if (next === undefined) return run.output;
    plan = rt.plans.after(frame, plan, next);
    value = run.output;
    inputChecked = true;
  }
}

/** What {@link startState} returns for a state that runs as a coroutine from its start. */
const AS_COROUTINE = new TaskPending(undefined, 0, undefined);

/**
 * The synchronous start of a state that is not a simple one: a JSONPath Task without Retry and
 * Catch runs its attempt here (most attempts run to their end without a coroutine: a failure
 * simply leaves the state); returns its output, or where the coroutine goes on from.
 */
function startState(run: StateRun): unknown {
  const state = run.plan.state;
  if (state.Type !== 'Task' || run.jsonata || state.Retry !== undefined || state.Catch !== undefined) return AS_COROUTINE;
  run.next = run.plan.next;
  try {
    return taskAttemptSync(run, state);
  } catch (e) {
    throw reportStateError(run, e);
  }
}

/**
 * The rest of a state as a coroutine (from its start, or a Task attempt from where
 * {@link startState} stopped); returns its output and leaves its next state in `run.next`.
 */
function* stateCoroutine(run: StateRun, pending: TaskPending): Gen<unknown> {
  const state = run.plan.state;
  try {
    if (pending !== AS_COROUTINE) return yield* pending.rest(run, state as TaskState);
    const outcome = state.Type === 'Task' || state.Type === 'Parallel' || state.Type === 'Map' ? yield* withRetryCatch(run, state) : yield* runStateCoroutine(run, state);
    run.next = outcome.next ?? run.plan.next;
    return outcome.output;
  } catch (e) {
    throw reportStateError(run, e);
  }
}

/**
 * A JSONPath Pass, Choice or Succeed state, entered already, run to its exit. Returns the
 * runtime's shared run object with the state's `output` and `next` (see Runtime.sharedRun).
 * @param inputChecked the input is known to be within the payload limit
 */
function simpleState(rt: Runtime, frame: Frame, plan: StatePlan, input: unknown, enteredId: number, enteredPrev: number, enteredTime: string, inputChecked: boolean): StateRun {
  const run = rt.sharedRun(frame, plan, input, enteredId, enteredPrev, enteredTime);
  const state = plan.state;
  let output: unknown;
  let next: string | undefined;
  try {
    switch (state.Type) {
      case 'Pass':
        output = passPath(run, state);
        next = plan.next;
        break;
      case 'Choice':
        // choicePath leaves the output on the run (run.output) and returns the next state.
        next = choicePath(run, state);
        output = run.output;
        break;
      case 'Succeed':
        output = succeedPath(run, state);
        break;
      default:
        throw new StatesError('States.Runtime', `Unknown state type '${state.Type}'.`);
    }
  } catch (e) {
    throw reportStateError(run, e);
  }
  // Passing the input on unchanged needs no new size check: the input is the previous state's
  // output, checked already (values are never changed in place).
  exitState(run, output, inputChecked && output === input);
  run.next = next;
  return run;
}

/**
 * Leaves a state: its Assign takes effect, its output is checked against the payload limit
 * (unless known to be within it) and `…StateExited` is recorded.
 */
function exitState(run: StateRun, output: unknown, withinLimit: boolean): void {
  commitAssign(run);
  if (!withinLimit && exceedsPayloadLimit(output)) {
    throw new StatesError('States.DataLimitExceeded', `The state/task '${run.name}' returned a result with a size exceeding the maximum number of bytes service limit.`);
  }
  run.output = output;
  run.rt.emitExited(run.frame, run.plan, output, run, run.retryCount, run.enteredId);
}

const END: Outcome = { output: undefined, next: undefined };

/** Runs any state as a coroutine (JSONata states; JSONPath Wait, Fail, Task, Parallel, Map). */
function* runStateCoroutine(run: StateRun, state: State): Gen<Outcome> {
  switch (state.Type) {
    case 'Pass':
      return { output: yield* runPass(run, state), next: undefined };
    case 'Succeed':
      return { output: yield* runSucceed(run, state), next: undefined };
    case 'Fail':
      yield* runFail(run, state);
      return END;
    case 'Wait':
      return { output: yield* runWait(run, state), next: undefined };
    case 'Choice':
      return yield* runChoice(run, state);
    case 'Task':
    case 'Parallel':
    case 'Map':
      return yield* withRetryCatch(run, state);
    default:
      throw new StatesError('States.Runtime', `Unknown state type '${(state as { Type?: unknown }).Type}'.`);
  }
}

function attempt(run: StateRun, state: TaskState | ParallelState | MapState): Gen<unknown> {
  if (state.Type === 'Task') return runTaskAttempt(run, state);
  if (state.Type === 'Parallel') return runParallelAttempt(run, state);
  return runMapAttempt(run, state);
}

/** Retry in order (first matching retrier only), then Catch; returns the output and next state. */
function* withRetryCatch(run: StateRun, state: TaskState | ParallelState | MapState): Gen<Outcome> {
  const retriers = Array.isArray(state.Retry) ? state.Retry : [];
  let attempts: number[] | undefined;
  const history = run.frame.history;
  for (;;) {
    run.assigned = undefined;
    let failure: StatesError;
    const recordedBefore = history.length;
    try {
      return { output: yield* attempt(run, state), next: undefined };
    } catch (e) {
      failure = toStatesError(e);
    }
    const info = errorInfo(failure);
    const name = info.error ?? '';
    if (isTerminalError(name)) throw failure;
    const index = retriers.findIndex((r) => errorMatches(r.ErrorEquals, name));
    const retrier = index >= 0 ? retriers[index] : undefined;
    if (retrier) {
      const policy = retryPolicy(retrier);
      attempts ??= new Array<number>(retriers.length).fill(0);
      const done = attempts[index]!;
      if (done < policy.maxAttempts) {
        attempts[index] = done + 1;
        // An attempt that failed before its task was called (Parameters, Arguments, a path)
        // recorded nothing; the failure is recorded as AWS records field failures, so every
        // retry shows in the history and the event limit bounds a retry storm.
        if (history.length === recordedBefore) attemptFailedEvent(run, failure, info);
        run.retryCount += 1;
        const ms = retryDelaySeconds(policy, done, run.rt.random) * 1000;
        if (ms > 0) yield { kind: 'sleep', ms };
        continue;
      }
    }
    failedEvent(run, state);
    const catchers = Array.isArray(state.Catch) ? state.Catch : [];
    const catcher = catchers.find((c) => errorMatches(c.ErrorEquals, name));
    if (!catcher) throw failure;
    return { output: yield* caught(run, catcher, info), next: catcher.Next };
  }
}

/** `EvaluationFailed` for an attempt that failed before anything of it was recorded. */
function attemptFailedEvent(run: StateRun, failure: StatesError, info: ErrorInfo): void {
  const location = (failure as { location?: unknown }).location;
  const details = errorDetails({ ...info, cause: stateFailureCause(run.name, run.enteredId, info.cause ?? '') });
  run.rt.emit(run.frame, 'EvaluationFailed', { ...details, state: run.name, location: typeof location === 'string' ? location : undefined }, run.path);
}

/** `ParallelStateFailed` / `MapStateFailed` once retries are over. */
function failedEvent(run: StateRun, state: State): void {
  if (state.Type === 'Parallel' || state.Type === 'Map') run.rt.emit(run.frame, `${state.Type}StateFailed`, undefined, run.path);
}

function* caught(run: StateRun, catcher: Catcher, info: ErrorInfo): Gen<unknown> {
  const eo = errorOutput(info);
  run.result = eo;
  if (run.jsonata) {
    if (catcher.Assign != null) yield* evalAssign(run, catcher.Assign, undefined, { errorOutput: eo }, 'Catch/Assign');
    return catcher.Output === undefined ? eo : yield* evalJsonata(run, catcher.Output, 'Output', { errorOutput: eo });
  }
  if (catcher.Assign != null) yield* evalAssign(run, catcher.Assign, eo);
  const out = applyResultPath(run.input, eo, catcher.ResultPath === undefined ? '$' : catcher.ResultPath);
  run.afterResultPath = out;
  return out;
}
