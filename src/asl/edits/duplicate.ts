/**
 * duplicateState: a copy named "Name (1)" (nested states renamed too, since names are unique
 * machine-wide) placed right after the original in the flow.
 */
import type { State, StateMachine, StatePath, StatesScope } from '../types';
import { childScopes } from '../paths';
import { insertState } from './insert';
import { allStateNames, uniqueStateName } from './names';
import { retarget } from './references';
import { cloneDefinition, insertStatesAfter, isObj, requireState, transitions } from './scope';
import { setOwn } from '../objects';

/** Give every state inside `state`'s nested scopes a fresh unique name, rewriting references. */
function renameNested(def: StatesScope, state: State, taken: Set<string>): void {
  for (const scope of childScopes(state)) {
    if (!isObj(scope) || !isObj(scope.States)) continue;
    const renames = new Map<string, string>();
    for (const old of Object.keys(scope.States)) {
      const fresh = uniqueStateName(def, old, taken);
      taken.add(fresh);
      renames.set(old, fresh);
    }
    const states: Record<string, State> = {};
    for (const [old, value] of Object.entries(scope.States)) setOwn(states, renames.get(old) ?? old, value);
    scope.States = states;
    // Two passes through placeholders so swapped names cannot collide.
    for (const [old] of renames) retarget(scope, old, `\u0000${old}`);
    for (const [old, fresh] of renames) retarget(scope, `\u0000${old}`, fresh);
    for (const inner of Object.values(scope.States)) if (isObj(inner)) renameNested(def, inner, taken);
  }
}

/** A new definition with a copy of the state at `path`; also returns nothing else, see `duplicateStateNamed`. */
export function duplicateState(def: StateMachine, path: StatePath): StateMachine {
  return duplicateStateNamed(def, path).definition;
}

/** duplicateState, also telling the copy's name (for selecting it). */
export function duplicateStateNamed(def: StateMachine, path: StatePath): { definition: StateMachine; name: string } {
  const { name, state } = requireState(def, path);
  const taken = allStateNames(def);
  const copyName = uniqueStateName(def, name, taken);
  taken.add(copyName);
  const copy = cloneDefinition(state);
  renameNested(def, copy, taken);
  if (transitions(state) || state.Type === 'Choice') {
    return { definition: insertState(def, { kind: 'after', path }, copyName, copy), name: copyName };
  }
  // Succeed / Fail: nothing can follow them, so the copy sits beside the original, unconnected.
  const out = cloneDefinition(def);
  insertStatesAfter(requireState(out, path).scope, name, [[copyName, copy]]);
  return { definition: out, name: copyName };
}
