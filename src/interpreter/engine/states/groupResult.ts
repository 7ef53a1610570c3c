/**
 * The shared tail of Parallel and Map (ASL spec "Input and Output Processing"): the branch or
 * iteration results become the state's output through ResultSelector, Assign, ResultPath and
 * OutputPath in JSONPath, or Assign and Output in JSONata.
 */
import type { MapState, ParallelState } from '../../../asl/types';
import { applyOutputPath, applyResultPath, resolvePayloadTemplate } from '../../dataflow';
import type { Gen } from '../effects';
import { evalAssign, evalJsonata, pathCtx, type StateRun } from '../fields';

export function* finishGroupResult(run: StateRun, state: ParallelState | MapState, results: unknown): Gen<unknown> {
  let result = results;
  run.result = result;
  if (run.jsonata) {
    if (state.Assign != null) yield* evalAssign(run, state.Assign, undefined, { result });
    return state.Output === undefined ? result : yield* evalJsonata(run, state.Output, 'Output', { result });
  }
  if (state.ResultSelector !== undefined) {
    result = resolvePayloadTemplate(state.ResultSelector, pathCtx(run, result));
    run.afterResultSelector = result;
  }
  if (state.Assign != null) yield* evalAssign(run, state.Assign, result);
  const combined = applyResultPath(run.input, result, state.ResultPath);
  run.afterResultPath = combined;
  return applyOutputPath(combined, state.OutputPath, pathCtx(run, combined));
}
