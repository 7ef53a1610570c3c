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
import { errorInfo, errorOutput, toStatesError, type ErrorInfo } from './errors';
import { commitAssign, evalAssign, evalJsonata, type StateRun } from './fields';
import type { Frame, Runtime } from './runtime';
import { runChoice } from './states/choice';
import { runMapAttempt } from './states/map';
import { runParallelAttempt } from './states/parallel';
import { runFail, runPass, runSucceed } from './states/simple';
import { runTaskAttempt } from './states/task';
import { runWait } from './states/wait';

export interface Outcome {
  output: unknown;
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
        { path: run.path },
        true,
        run.enteredPrev,
      );
    }
  }
  reported.add(out);
  return out;
}

/** Runs a scope from StartAt to an End / Succeed; returns its output, throws its failure. */
export function* runScope(rt: Runtime, frame: Frame, input: unknown): Gen<unknown> {
  let name = frame.scope.StartAt;
  let value = input;
  for (;;) {
    const state = frame.scope.States?.[name];
    if (!state) throw new StatesError('States.Runtime', `The state '${name}' does not exist in the state machine.`);
    rt.countTransition();
    const outcome = yield* runState(rt, frame, name, state, value);
    if (outcome.next === undefined) return outcome.output;
    name = outcome.next;
    value = outcome.output;
  }
}

const EVENT_NAMES: Record<string, { entered: string; exited: string }> = Object.fromEntries(
  ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'].map((t) => [t, { entered: `${t}StateEntered`, exited: `${t}StateExited` }]),
);

function nextOf(state: State): string | undefined {
  const s = state as { Next?: unknown; End?: unknown };
  return s.End === true || typeof s.Next !== 'string' ? undefined : s.Next;
}

function* runState(rt: Runtime, frame: Frame, name: string, state: State, input: unknown): Gen<Outcome> {
  const path = rt.pathOf(frame, name);
  const enteredPrev = frame.last;
  const names = EVENT_NAMES[state.Type] ?? { entered: `${state.Type}StateEntered`, exited: `${state.Type}StateExited` };
  const enteredId = rt.emitState(frame, names.entered, name, input, { path });
  const run: StateRun = {
    rt,
    frame,
    name,
    state,
    path,
    jsonata: (state.QueryLanguage ?? frame.queryLanguage) === 'JSONata',
    input,
    enteredId,
    enteredPrev,
    enteredTime: rt.currentIso(),
    retryCount: 0,
    stages: { input },
  };
  yield rt.breakpointHit(path, name) ? BREAK : TICK;
  let output: unknown;
  let next: string | undefined;
  try {
    switch (state.Type) {
      case 'Pass':
        output = yield* runPass(run, state);
        next = nextOf(state);
        break;
      case 'Succeed':
        output = yield* runSucceed(run, state);
        break;
      case 'Fail':
        yield* runFail(run, state);
        break;
      case 'Wait':
        output = yield* runWait(run, state);
        next = nextOf(state);
        break;
      case 'Choice': {
        const c = yield* runChoice(run, state);
        output = c.output;
        next = c.next;
        break;
      }
      case 'Task':
      case 'Parallel':
      case 'Map': {
        const o = yield* withRetryCatch(run, state);
        output = o.output;
        next = o.next ?? nextOf(state);
        break;
      }
      default:
        throw new StatesError('States.Runtime', `Unknown state type '${(state as { Type?: unknown }).Type}'.`);
    }
  } catch (e) {
    throw reportStateError(run, e);
  }
  commitAssign(run);
  if (exceedsPayloadLimit(output)) {
    throw new StatesError('States.DataLimitExceeded', `The state/task '${name}' returned a result with a size exceeding the maximum number of bytes service limit.`);
  }
  run.stages.output = output;
  rt.emitState(frame, names.exited, name, output, { path, stages: run.stages, variables: frame.variables, retryCount: run.retryCount });
  yield TICK;
  return { output, next };
}

function attempt(run: StateRun, state: TaskState | ParallelState | MapState): Gen<unknown> {
  if (state.Type === 'Task') return runTaskAttempt(run, state);
  if (state.Type === 'Parallel') return runParallelAttempt(run, state);
  return runMapAttempt(run, state);
}

/** Retry in order (first matching retrier only), then Catch; returns the output and next state. */
function* withRetryCatch(run: StateRun, state: TaskState | ParallelState | MapState): Gen<{ output: unknown; next?: string }> {
  const retriers = Array.isArray(state.Retry) ? state.Retry : [];
  const attempts = new Array<number>(retriers.length).fill(0);
  for (;;) {
    delete run.assigned;
    let failure: StatesError;
    try {
      return { output: yield* attempt(run, state) };
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
      const done = attempts[index]!;
      if (done < policy.maxAttempts) {
        attempts[index] = done + 1;
        run.retryCount += 1;
        const ms = retryDelaySeconds(policy, done, run.rt.random) * 1000;
        if (ms > 0) yield { t: 'sleep', ms };
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

/** `ParallelStateFailed` / `MapStateFailed` once retries are over. */
function failedEvent(run: StateRun, state: State): void {
  if (state.Type === 'Parallel' || state.Type === 'Map') run.rt.emit(run.frame, `${state.Type}StateFailed`, undefined, { path: run.path });
}

function* caught(run: StateRun, catcher: Catcher, info: ErrorInfo): Gen<unknown> {
  const eo = errorOutput(info);
  run.stages.result = eo;
  if (run.jsonata) {
    if (catcher.Assign != null) yield* evalAssign(run, catcher.Assign, undefined, { errorOutput: eo }, 'Catch/Assign');
    return catcher.Output === undefined ? eo : yield* evalJsonata(run, catcher.Output, 'Output', { errorOutput: eo });
  }
  if (catcher.Assign != null) yield* evalAssign(run, catcher.Assign, eo);
  const out = applyResultPath(run.input, eo, catcher.ResultPath === undefined ? '$' : catcher.ResultPath);
  run.stages.afterResultPath = out;
  return out;
}
