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
  const { rt } = run;
  const handler = rt.handlers[run.name] ?? rt.handlers[run.path] ?? rt.handlers[state.Resource];
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
  const effect: Extract<Effect, { t: 'await' }> = { t: 'await', promise };
  if (token !== undefined) effect.token = token;
  if (timeouts.timeoutSeconds !== undefined) effect.timeoutMs = timeouts.timeoutSeconds * 1000;
  if (timeouts.heartbeatSeconds !== undefined) effect.heartbeatMs = timeouts.heartbeatSeconds * 1000;
  return effect;
}

export function* invokeTask(run: StateRun, state: TaskState, params: unknown, timeouts: TaskTimeouts): Gen<unknown> {
  const { rt, frame } = run;
  const info = resourceInfo(state.Resource);
  const invocation = rt.nextInvocation(run.path);
  const answer = findAnswer(run, state, info, invocation);
  if (!answer) {
    throw new StatesError(
      'States.Runtime',
      `No mock or task handler answers Task state '${run.name}' (invocation #${invocation + 1}, resource ${state.Resource}). Add a mock for '${run.name}' or choose a default mock policy.`,
    );
  }
  const lambda = info.kind === 'lambda';
  // Task* events name the service; LambdaFunction* events do not.
  const service = lambda ? undefined : { resourceType: info.resourceType, resource: info.resource };
  if (lambda) {
    rt.emit(frame, 'LambdaFunctionScheduled', { resource: state.Resource, input: params, timeoutInSeconds: timeouts.timeoutSeconds }, run.path, run.retryCount);
  } else {
    rt.emit(frame, 'TaskScheduled', { ...service, region: REGION, parameters: params, timeoutInSeconds: timeouts.timeoutSeconds, heartbeatInSeconds: timeouts.heartbeatSeconds }, run.path, run.retryCount);
  }
  if (rt.tickDue()) yield TICK;
  rt.emit(frame, lambda ? 'LambdaFunctionStarted' : 'TaskStarted', lambda ? undefined : service, run.path, run.retryCount);
  if (rt.tickDue()) yield TICK;

  let result: unknown;
  let failure: ErrorInfo | undefined;
  // (answers that are plain values never wait, so the common mocked/sync path allocates no promise)
  try {
    switch (answer.kind) {
      case 'handler': {
        const token = run.taskToken;
        const handlerContext: TaskHandlerContext =
          token === undefined
            ? { stateName: run.name, statePath: run.path, resource: state.Resource, invocation: invocation + 1, context: contextOf(run) }
            : { stateName: run.name, statePath: run.path, resource: state.Resource, invocation: invocation + 1, taskToken: token, context: contextOf(run) };
        const value = answer.handler(params, handlerContext);
        result = value instanceof Promise ? yield awaitEffect(value, timeouts, undefined) : value;
        break;
      }
      case 'mock':
        if ('Throw' in answer.response) {
          const t = answer.response.Throw ?? {};
          failure = {};
          if (t.Error !== undefined) failure.error = t.Error;
          if (t.Cause !== undefined) failure.cause = t.Cause;
        } else result = answer.response.Return;
        break;
      case 'callback': {
        const token = run.taskToken ?? rt.newTaskToken();
        rt.emit(frame, 'TaskSubmitted', { ...service, output: {} }, run.path, run.retryCount);
        const promise = new Promise<unknown>((resolve, reject) => {
          rt.callbacks.set(token, { token, stateName: run.name, statePath: run.path, resolve, reject });
        });
        try {
          result = yield awaitEffect(promise, timeouts, token);
        } finally {
          rt.callbacks.delete(token);
        }
        break;
      }
      case 'policy':
        result = answer.value === undefined ? params : answer.value;
        break;
    }
  } catch (e) {
    failure = handlerError(e);
  }
  if (!failure && info.lambdaInvoke) result = shapeLambdaInvokeResult(result, rt.uuid());
  if (!failure && exceedsPayloadLimit(result)) {
    failure = {
      error: 'States.DataLimitExceeded',
      cause: `The state/task '${lambda ? state.Resource : info.resourceType}' returned a result with a size exceeding the maximum number of bytes service limit.`,
    };
  }
  if (failure) {
    const timedOut = failure.error === 'States.Timeout' || failure.error === 'States.HeartbeatTimeout';
    const type = lambda ? (timedOut ? 'LambdaFunctionTimedOut' : 'LambdaFunctionFailed') : timedOut ? 'TaskTimedOut' : 'TaskFailed';
    rt.emit(frame, type, lambda ? errorDetails(failure) : { ...service, ...errorDetails(failure) }, run.path, run.retryCount);
    if (rt.tickDue()) yield TICK;
    throw new RaisedError(failure);
  }
  rt.emit(frame, lambda ? 'LambdaFunctionSucceeded' : 'TaskSucceeded', lambda ? { output: result } : { ...service, output: result }, run.path, run.retryCount);
  if (rt.tickDue()) yield TICK;
  return result;
}
