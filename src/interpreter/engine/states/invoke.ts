/**
 * One Task invocation: the `Task*` / `LambdaFunction*` events AWS records for the resource, and
 * the answer from a task handler, a mock, a callback (`.waitForTaskToken`) or the default policy.
 */
import { StatesError, isStatesError } from '../../../asl/statesError';
import type { TaskState } from '../../../asl/types';
import { exceedsPayloadLimit } from '../../limits';
import type { MockResponse, TaskHandler, TaskHandlerContext } from '../../types';
import { resourceInfo, shapeLambdaInvokeResult, type ResourceInfo } from '../../resources';
import { TICK, type Effect, type Gen } from '../effects';
import { RaisedError, errorDetails, errorInfo, type ErrorInfo } from '../errors';
import { contextOf, type StateRun } from '../fields';
import { REGION } from '../runtime';

export interface TaskTimeouts {
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
}

type Answer =
  | { kind: 'handler'; handler: TaskHandler }
  | { kind: 'mock'; response: MockResponse }
  | { kind: 'callback' }
  | { kind: 'policy'; value: unknown };

function findAnswer(run: StateRun, state: TaskState, info: ResourceInfo, invocation: number): Answer | undefined {
  const { rt, plan } = run;
  // The handlers are fixed for the run: each Task state looks its handler up once (by name, path, resource).
  let handler = plan.handler;
  if (handler === undefined) handler = plan.handler = rt.handlers.get(run.name) ?? rt.handlers.get(run.path) ?? rt.handlers.get(state.Resource) ?? null;
  if (handler) return { kind: 'handler', handler };
  const response = rt.mocks.answer(run.name, invocation);
  if (response) return { kind: 'mock', response };
  if (info.pattern === 'waitForTaskToken' && rt.awaitCallbacks) return { kind: 'callback' };
  const policy = rt.options.defaultMockPolicy ?? 'fail';
  if (policy === 'input') return { kind: 'policy', value: undefined };
  if (policy === 'empty') return { kind: 'policy', value: {} };
  return undefined;
}

/** Error name and cause of something a task handler threw. */
function handlerError(e: unknown): ErrorInfo {
  if (isStatesError(e)) return errorInfo(e);
  if (e && typeof e === 'object') {
    const o = e as { error?: unknown; name?: unknown; cause?: unknown; message?: unknown };
    const error = typeof o.error === 'string' ? o.error : typeof o.name === 'string' ? o.name : 'Error';
    const cause = typeof o.cause === 'string' ? o.cause : typeof o.message === 'string' ? o.message : undefined;
    return cause === undefined ? { error } : { error, cause };
  }
  return { error: 'Error', cause: String(e) };
}

/**
 * Runs the invocation and returns the raw task result (before ResultSelector).
 * @throws RaisedError for a task failure (catchable), StatesError `States.Runtime` when nothing answers
 */
/** The effect that waits for a task's answer, with its timeouts on the real clock. */
function awaitEffect(promise: Promise<unknown>, timeouts: TaskTimeouts, token: string | undefined): Effect {
  const effect: Extract<Effect, { kind: 'await' }> = { kind: 'await', promise };
  if (token !== undefined) effect.token = token;
  if (timeouts.timeoutSeconds !== undefined) effect.timeoutMs = timeouts.timeoutSeconds * 1000;
  if (timeouts.heartbeatSeconds !== undefined) effect.heartbeatMs = timeouts.heartbeatSeconds * 1000;
  return effect;
}

/**
 * One Task invocation under way. Its steps are plain functions, so a state's coroutine can run
 * them with its own ticks in between (one coroutine per Task state, not two):
 * {@link scheduleTask} → tick → {@link startTask} → tick → {@link askTask} (wait for the effect it
 * returns, if any, and hand the answer to {@link answered} or {@link failed}, then
 * {@link endWait}) → {@link finishTask} → tick → result, or throw {@link taskError}.
 */
export class Invocation {
  result: unknown = undefined;
  failure: ErrorInfo | undefined = undefined;
  /** The callback token waited for (`.waitForTaskToken`). */
  token: string | undefined = undefined;
  readonly lambda: boolean;
  /** `resourceType` / `resource` of Task* events (LambdaFunction* events have none). */
  readonly service: { resourceType: string; resource: string } | undefined;

  constructor(
    readonly run: StateRun,
    readonly state: TaskState,
    readonly info: ResourceInfo,
    readonly params: unknown,
    readonly timeouts: TaskTimeouts,
    /** 0-based invocation number of the state. */
    readonly number: number,
    readonly answer: Answer,
  ) {
    this.lambda = info.kind === 'lambda';
    this.service = this.lambda ? undefined : { resourceType: info.resourceType, resource: info.resource };
  }
}

/**
 * Finds who answers the invocation and records `TaskScheduled` / `LambdaFunctionScheduled`.
 * @throws StatesError `States.Runtime` when nothing answers
 */
export function scheduleTask(run: StateRun, state: TaskState, params: unknown, timeouts: TaskTimeouts): Invocation {
  const { rt, frame } = run;
  const info = resourceInfo(state.Resource);
  const number = rt.nextInvocation(run.path);
  const answer = findAnswer(run, state, info, number);
  if (!answer) {
    throw new StatesError(
      'States.Runtime',
      `No mock or task handler answers Task state '${run.name}' (invocation #${number + 1}, resource ${state.Resource}). Add a mock for '${run.name}' or choose a default mock policy.`,
    );
  }
  const inv = new Invocation(run, state, info, params, timeouts, number, answer);
  const service = inv.service;
  if (!service) {
    rt.emit(frame, 'LambdaFunctionScheduled', { resource: state.Resource, input: params, timeoutInSeconds: timeouts.timeoutSeconds }, run.path, run.retryCount);
  } else {
    rt.emit(frame, 'TaskScheduled', { ...service, region: REGION, parameters: params, timeoutInSeconds: timeouts.timeoutSeconds, heartbeatInSeconds: timeouts.heartbeatSeconds }, run.path, run.retryCount);
  }
  return inv;
}

/** Records `TaskStarted` / `LambdaFunctionStarted`. */
export function startTask(inv: Invocation): void {
  const { run } = inv;
  run.rt.emit(run.frame, inv.lambda ? 'LambdaFunctionStarted' : 'TaskStarted', inv.service, run.path, run.retryCount);
}

/**
 * Asks the answer. A plain value (handler, mock, policy) is taken at once (undefined is
 * returned); a promise or a callback comes back as the effect to wait for.
 */
export function askTask(inv: Invocation): Effect | undefined {
  const { run, answer } = inv;
  const { rt, frame } = run;
  // (answers that are plain values never wait, so the common mocked/sync path allocates no promise)
  try {
    switch (answer.kind) {
      case 'handler': {
        const token = run.taskToken;
        const handlerContext: TaskHandlerContext = { stateName: run.name, statePath: run.path, resource: inv.state.Resource, invocation: inv.number + 1, context: contextOf(run) };
        if (token !== undefined) handlerContext.taskToken = token;
        if (frame.iteration !== undefined) handlerContext.iteration = frame.iteration;
        const value = answer.handler(inv.params, handlerContext);
        if (value instanceof Promise) return awaitEffect(value, inv.timeouts, undefined);
        inv.result = value;
        return undefined;
      }
      case 'mock':
        if ('Throw' in answer.response) {
          const t = answer.response.Throw ?? {};
          const failure: ErrorInfo = {};
          if (t.Error !== undefined) failure.error = t.Error;
          if (t.Cause !== undefined) failure.cause = t.Cause;
          inv.failure = failure;
        } else inv.result = answer.response.Return;
        return undefined;
      case 'callback': {
        const token = run.taskToken ?? rt.newTaskToken();
        rt.emit(frame, 'TaskSubmitted', { resourceType: inv.service?.resourceType, resource: inv.service?.resource, output: {} }, run.path, run.retryCount);
        const promise = new Promise<unknown>((resolve, reject) => {
          rt.callbacks.set(token, { token, stateName: run.name, statePath: run.path, resolve, reject });
        });
        inv.token = token;
        return awaitEffect(promise, inv.timeouts, token);
      }
      case 'policy':
        inv.result = answer.value === undefined ? inv.params : answer.value;
        return undefined;
    }
  } catch (e) {
    inv.failure = handlerError(e);
    return undefined;
  }
}

/** The awaited answer arrived. */
export function answered(inv: Invocation, value: unknown): void {
  inv.result = value;
}

/** The awaited answer failed (a rejected promise, a timeout, `sendTaskFailure`). */
export function failed(inv: Invocation, error: unknown): void {
  inv.failure = handlerError(error);
}

/** After the wait, however it ended (also when the run is aborted): drops the callback. */
export function endWait(inv: Invocation): void {
  if (inv.token !== undefined) inv.run.rt.callbacks.delete(inv.token);
}

/**
 * Shapes and checks the result, then records `…Succeeded` or `…Failed`/`…TimedOut`.
 * @returns true when the invocation succeeded (`inv.result`), false when it failed (`inv.failure`)
 */
export function finishTask(inv: Invocation): boolean {
  const { run, state, info, lambda } = inv;
  const { rt, frame } = run;
  if (!inv.failure && info.lambdaInvoke) inv.result = shapeLambdaInvokeResult(inv.result, rt.uuid());
  if (!inv.failure && exceedsPayloadLimit(inv.result)) {
    inv.failure = {
      error: 'States.DataLimitExceeded',
      cause: `The state/task '${lambda ? state.Resource : info.resourceType}' returned a result with a size exceeding the maximum number of bytes service limit.`,
    };
  }
  const failure = inv.failure;
  if (failure) {
    const timedOut = failure.error === 'States.Timeout' || failure.error === 'States.HeartbeatTimeout';
    const type = lambda ? (timedOut ? 'LambdaFunctionTimedOut' : 'LambdaFunctionFailed') : timedOut ? 'TaskTimedOut' : 'TaskFailed';
    rt.emit(frame, type, lambda ? errorDetails(failure) : { ...inv.service, ...errorDetails(failure) }, run.path, run.retryCount);
    return false;
  }
  rt.emit(frame, lambda ? 'LambdaFunctionSucceeded' : 'TaskSucceeded', lambda ? { output: inv.result } : { ...inv.service, output: inv.result }, run.path, run.retryCount);
  run.withinLimit = inv.result;
  return true;
}

/** The catchable error of a failed invocation. */
export function taskError(inv: Invocation): RaisedError {
  return new RaisedError(inv.failure ?? {});
}

/**
 * Runs a whole invocation and returns the raw task result (before ResultSelector).
 * @throws RaisedError for a task failure (catchable), StatesError `States.Runtime` when nothing answers
 */
export function* invokeTask(run: StateRun, state: TaskState, params: unknown, timeouts: TaskTimeouts): Gen<unknown> {
  const { rt } = run;
  const inv = scheduleTask(run, state, params, timeouts);
  if (rt.tickDue()) yield TICK;
  startTask(inv);
  if (rt.tickDue()) yield TICK;
  const wait = askTask(inv);
  if (wait) {
    try {
      answered(inv, yield wait);
    } catch (e) {
      failed(inv, e);
    } finally {
      endWait(inv);
    }
  }
  const ok = finishTask(inv);
  if (rt.tickDue()) yield TICK;
  if (!ok) throw taskError(inv);
  return inv.result;
}
