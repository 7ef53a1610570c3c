/**
 * Pass, Succeed and Fail states (ASL spec "Pass State", "Succeed State", "Fail State").
 */
import type { FailState, PassState, SucceedState } from '../../../asl/types';
import { StatesError } from '../../../asl/statesError';
import { evaluatePath } from '../../../asl/jsonpath';
import { evaluateIntrinsic, isIntrinsic } from '../../../asl/intrinsics';
import { applyInputPath, applyOutputPath, applyResultPath, resolvePayloadTemplate } from '../../dataflow';
import type { Gen } from '../effects';
import { RaisedError, type ErrorInfo } from '../errors';
import { assignPath, evalAssign, evalJsonata, pathCtx, type StateRun } from '../fields';

/** Pass: `Result` / `Parameters` placed by `ResultPath`; JSONata `Output`. */
export function* runPass(run: StateRun, state: PassState): Gen<unknown> {
  if (!run.jsonata) return passPath(run, state);
  if (state.Assign != null) yield* evalAssign(run, state.Assign, undefined);
  const output = state.Output === undefined ? run.input : yield* evalJsonata(run, state.Output, 'Output');
  return output;
}

/** The JSONPath Pass state (synchronous). */
export function passPath(run: StateRun, state: PassState): unknown {
  const effective = state.InputPath === undefined ? run.input : applyInputPath(run.input, state.InputPath, pathCtx(run, run.input));
  run.afterInputPath = effective;
  let result = effective;
  if (state.Parameters !== undefined) {
    result = resolvePayloadTemplate(state.Parameters, pathCtx(run, effective));
    run.afterParameters = result;
  }
  if ('Result' in state) result = state.Result;
  run.result = result;
  if (state.Assign != null) assignPath(run, state.Assign, result);
  const combined = applyResultPath(run.input, result, state.ResultPath);
  run.afterResultPath = combined;
  return state.OutputPath === undefined ? combined : applyOutputPath(combined, state.OutputPath, pathCtx(run, combined));
}

/** Succeed: input (after InputPath/OutputPath, or JSONata Output) is the output. */
export function* runSucceed(run: StateRun, state: SucceedState): Gen<unknown> {
  if (!run.jsonata) return succeedPath(run, state);
  return state.Output === undefined ? run.input : yield* evalJsonata(run, state.Output, 'Output');
}

/** The JSONPath Succeed state (synchronous). */
export function succeedPath(run: StateRun, state: SucceedState): unknown {
  const effective = state.InputPath === undefined ? run.input : applyInputPath(run.input, state.InputPath, pathCtx(run, run.input));
  run.afterInputPath = effective;
  return state.OutputPath === undefined ? effective : applyOutputPath(effective, state.OutputPath, pathCtx(run, effective));
}

function stringFromPath(run: StateRun, path: string, field: string): string {
  const ctx = pathCtx(run, run.input);
  const value = isIntrinsic(path) ? evaluateIntrinsic(path, ctx) : evaluatePath(run.input, path, ctx);
  if (typeof value !== 'string') {
    throw new StatesError('States.Runtime', `The value of the field '${field}' must be a string, but was: ${JSON.stringify(value)}`);
  }
  return value;
}

/** Fail: raises `Error`/`Cause` (literal, `…Path`, or JSONata). */
export function* runFail(run: StateRun, state: FailState): Gen<never> {
  let error: unknown = state.Error;
  let cause: unknown = state.Cause;
  if (run.jsonata) {
    if (error !== undefined) error = yield* evalJsonata(run, error, 'Error');
    if (cause !== undefined) cause = yield* evalJsonata(run, cause, 'Cause');
  } else {
    if (state.ErrorPath !== undefined) error = stringFromPath(run, state.ErrorPath, 'ErrorPath');
    if (state.CausePath !== undefined) cause = stringFromPath(run, state.CausePath, 'CausePath');
  }
  const info: ErrorInfo = {};
  if (error !== undefined) info.error = String(error);
  if (cause !== undefined) info.cause = String(cause);
  throw new RaisedError(info);
}

