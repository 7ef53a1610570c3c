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
import { TICK, type Gen } from '../effects';
import { assignPath, evalAssign, evalJsonata, pathCtx, type StateRun } from '../fields';
import { answered, askTask, endWait, failed, finishTask, invokeTask, scheduleTask, startTask, taskError, type TaskTimeouts } from './invoke';

function* seconds(run: StateRun, literal: unknown, path: string | undefined, field: string, effective: unknown): Gen<number | undefined> {
  let value: unknown = literal;
  if (run.jsonata && typeof literal === 'string') value = yield* evalJsonata(run, literal, field);
  else if (path !== undefined) {
    const ctx = pathCtx(run, effective);
    value = evaluatePath(effective, path, ctx);
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
  const effective = state.InputPath === undefined ? run.input : applyInputPath(run.input, state.InputPath, pathCtx(run, run.input));
  run.afterInputPath = effective;
  let params = effective;
  if (state.Parameters !== undefined) {
    params = resolvePayloadTemplate(state.Parameters, pathCtx(run, effective));
    run.afterParameters = params;
  }
  const timeouts = hasTimeouts(state) ? yield* timeoutsOf(run, state, effective) : NO_TIMEOUTS;
  // The invocation's steps run here, in this coroutine (see Invocation).
  const rt = run.rt;
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
  let result = inv.result;
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
