/**
 * Parallel state, one attempt (ASL spec "Parallel State"): every branch gets the same input,
 * the result is the array of branch outputs in branch order; the first failing branch fails
 * the state with its own error and stops the others.
 */
import type { ParallelState } from '../../../asl/types';
import type { StatesError } from '../../../asl/statesError';
import { applyInputPath, resolvePayloadTemplate } from '../../dataflow';
import { TICK, type Gen } from '../effects';
import { evalJsonata, pathCtx, type StateRun } from '../fields';
import { ChildGroup } from '../group';
import { NO_RETRY_COUNT, type Frame } from '../runtime';
import { runScope } from '../runState';
import { finishGroupResult } from './groupResult';

export function* runParallelAttempt(run: StateRun, state: ParallelState): Gen<unknown> {
  const { rt, frame } = run;
  let branchInput: unknown;
  if (run.jsonata) {
    branchInput = state.Arguments === undefined ? run.input : yield* evalJsonata(run, state.Arguments, 'Arguments');
    run.arguments = branchInput;
  } else {
    const effective = applyInputPath(run.input, state.InputPath, pathCtx(run, run.input));
    run.afterInputPath = effective;
    branchInput = effective;
    if (state.Parameters !== undefined) {
      branchInput = resolvePayloadTemplate(state.Parameters, pathCtx(run, effective));
      run.afterParameters = branchInput;
    }
  }
  const startedId = rt.emit(frame, 'ParallelStateStarted', undefined, run.path);
  if (rt.tickDue()) yield TICK;
  const branches = Array.isArray(state.Branches) ? state.Branches : [];
  const results: unknown[] = new Array<unknown>(branches.length);
  const frames: Frame[] = [];
  let failure: { error: StatesError; last: number } | undefined;
  let lastDone = startedId;
  const group = new ChildGroup(
    branches.length,
    0,
    (i) => {
      const branch = branches[i]!;
      const child: Frame = {
        scope: branch,
        prefix: [...frame.prefix, run.name, i],
        queryLanguage: branch.QueryLanguage ?? (run.jsonata ? 'JSONata' : 'JSONPath'),
        variables: frame.variables,
        last: startedId,
        history: frame.history,
        ...(frame.iteration ? { iteration: frame.iteration } : {}),
        ...(frame.mapItem ? { mapItem: frame.mapItem } : {}),
      };
      frames[i] = child;
      return runScope(rt, child, branchInput);
    },
    (i, outcome) => {
      lastDone = frames[i]?.last ?? lastDone;
      if (outcome.ok) {
        results[i] = outcome.value;
        return false;
      }
      failure ??= { error: outcome.error, last: lastDone };
      return true;
    },
  );
  yield { kind: 'group', group };
  if (failure) {
    frame.last = failure.last;
    throw failure.error;
  }
  rt.emit(frame, 'ParallelStateSucceeded', undefined, run.path, NO_RETRY_COUNT, { after: lastDone, becomesLast: false });
  frame.last = lastDone;
  return yield* finishGroupResult(run, state, results);
}
