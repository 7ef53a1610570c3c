/**
 * Wait state (ASL spec "Wait State"): `Seconds`, `Timestamp`, `SecondsPath`, `TimestampPath`,
 * or JSONata expressions in `Seconds`/`Timestamp`. Time is the driver's clock, so a simulated
 * run skips the wait at once while timestamps still advance.
 */
import type { WaitState } from '../../../asl/types';
import { StatesError } from '../../../asl/statesError';
import { evaluatePath } from '../../../asl/jsonpath';
import { applyInputPath, applyOutputPath } from '../../dataflow';
import type { Gen } from '../effects';
import { evalAssign, evalJsonata, pathCtx, type StateRun } from '../fields';
import { pathNumber } from './pathNumber';

function describe(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function secondsFromPath(raw: unknown, path: string): number {
  const value = pathNumber(raw, 'integer');
  if (value === undefined) {
    throw new StatesError('States.Runtime', `The SecondsPath parameter cannot be parsed as a long value: ${path} == ${describe(raw)}`);
  }
  if (value < 0) throw new StatesError('States.Runtime', `The SecondsPath parameter references a negative value: ${path} == ${value}`);
  return value;
}

function timestampMs(value: unknown, field: string): number {
  const ms = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new StatesError('States.Runtime', `The ${field} parameter does not reference a valid ISO-8601 extended offset date-time format string: ${describe(value)}`);
  return ms;
}

/** Milliseconds to wait. */
function* waitMs(run: StateRun, state: WaitState, effective: unknown): Gen<number> {
  const now = run.rt.currentTime();
  if (run.jsonata) {
    if (state.Seconds !== undefined) {
      const s = yield* evalJsonata(run, state.Seconds, 'Seconds');
      if (typeof s !== 'number' || !Number.isInteger(s) || s < 0) {
        throw new StatesError('States.QueryEvaluationError', `The Seconds field must be a non-negative integer, but was: ${describe(s)}`);
      }
      return s * 1000;
    }
    if (state.Timestamp !== undefined) return Math.max(0, timestampMs(yield* evalJsonata(run, state.Timestamp, 'Timestamp'), 'Timestamp') - now);
    return 0;
  }
  const ctx = pathCtx(run, effective);
  if (typeof state.Seconds === 'number') return state.Seconds * 1000;
  if (state.Timestamp !== undefined) return Math.max(0, timestampMs(state.Timestamp, 'Timestamp') - now);
  if (state.SecondsPath !== undefined) {
    return secondsFromPath(evaluatePath(effective, state.SecondsPath, ctx), state.SecondsPath) * 1000;
  }
  if (state.TimestampPath !== undefined) {
    const value = evaluatePath(effective, state.TimestampPath, ctx);
    return Math.max(0, timestampMs(value, 'TimestampPath') - now);
  }
  return 0;
}

export function* runWait(run: StateRun, state: WaitState): Gen<unknown> {
  if (run.jsonata) {
    const ms = yield* waitMs(run, state, run.input);
    if (state.Assign != null) yield* evalAssign(run, state.Assign, undefined);
    const output = state.Output === undefined ? run.input : yield* evalJsonata(run, state.Output, 'Output');
    if (ms > 0) yield { kind: 'sleep', ms };
    return output;
  }
  const effective = applyInputPath(run.input, state.InputPath, pathCtx(run, run.input));
  run.afterInputPath = effective;
  const ms = yield* waitMs(run, state, effective);
  if (state.Assign != null) yield* evalAssign(run, state.Assign, effective);
  if (ms > 0) yield { kind: 'sleep', ms };
  return applyOutputPath(effective, state.OutputPath, pathCtx(run, effective));
}
