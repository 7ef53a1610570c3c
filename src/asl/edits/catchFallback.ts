/**
 * A new fallback state for a Catch: a Fail state (the run fails with the caught error) or a Pass
 * state (the error is handled and the run ends there), created in the catching state's scope —
 * a catcher's `Next` must name a state of the same `States` map (ASL spec, "Fallback states") —
 * and wired to a catcher in the same edit.
 */
import type { Catcher, State, StateMachine, StatePath } from '../types';
import { EditError } from './errors';
import { allStateNames, uniqueStateName } from './names';
import { cloneDefinition, insertStatesAfter, requireState } from './scope';

export type FallbackKind = 'Fail' | 'Pass';

/** `catcher`: the index of the catcher to point at the new state, or 'new' to add a `States.ALL` catcher. */
export function addCatchFallback(def: StateMachine, path: StatePath, catcher: number | 'new', kind: FallbackKind): { definition: StateMachine; name: string } {
  const out = cloneDefinition(def);
  const { scope, name, state } = requireState(out, path);
  if (!['Task', 'Parallel', 'Map'].includes(String(state.Type))) throw new EditError(`A ${String(state.Type)} state has no Catch`);
  const catchers = Array.isArray(state.Catch) ? (state.Catch as Catcher[]) : [];
  if (catcher !== 'new' && !catchers[catcher]) throw new EditError(`"${name}" has no catcher #${catcher + 1}`);
  const base = [...(kind === 'Fail' ? `${name} failed` : `Handle ${name} error`)].slice(0, 80).join('');
  const fallback = uniqueStateName(out, base, allStateNames(out));
  const created: State = kind === 'Fail' ? { Type: 'Fail' } : { Type: 'Pass', End: true };
  const keys = Object.keys(scope.States);
  insertStatesAfter(scope, keys[keys.length - 1], [[fallback, created]]);
  const next = catcher === 'new'
    ? [...catchers, { ErrorEquals: ['States.ALL'], Next: fallback }]
    : catchers.map((c, i) => (i === catcher ? { ...c, Next: fallback } : c));
  (scope.States[name] as State & { Catch?: Catcher[] }).Catch = next;
  return { definition: out, name: fallback };
}
