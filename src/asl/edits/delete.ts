/**
 * deleteStates: remove states and reconnect each predecessor to the deleted state's successor
 * (Next, or a Choice's Default / first rule target). When there is no successor (the deleted state
 * was terminal) predecessors become End, and Choice defaults, rules and catchers to it are dropped.
 */
import { encodeStatePath, getScope } from '../paths';
import type { StateMachine, StatePath, StatesScope } from '../types';
import { retarget } from './references';
import { cloneDefinition, isObj, type Obj } from './scope';

/** Where a state hands control on when it is removed. */
function exitOf(state: unknown): string | undefined {
  if (!isObj(state)) return undefined;
  const s: Obj = state;
  if (s.Type === 'Choice') {
    if (typeof s.Default === 'string') return s.Default;
    const first: unknown = Array.isArray(s.Choices) ? s.Choices[0] : undefined;
    return isObj(first) && typeof first.Next === 'string' ? first.Next : undefined;
  }
  return typeof s.Next === 'string' && s.Type !== 'Succeed' && s.Type !== 'Fail' ? s.Next : undefined;
}

function deleteFromScope(scope: StatesScope, names: Set<string>): void {
  const successor = new Map<string, string | undefined>();
  for (const name of names) {
    let target = exitOf(scope.States[name]);
    const seen = new Set([name]);
    while (target !== undefined && names.has(target) && !seen.has(target)) {
      seen.add(target);
      target = exitOf(scope.States[target]);
    }
    successor.set(name, target !== undefined && names.has(target) ? undefined : target);
  }
  for (const name of names) delete scope.States[name];
  for (const name of names) retarget(scope, name, successor.get(name));
}

/** A new definition without the states at `paths`, every reference to them rewired. */
export function deleteStates(def: StateMachine, paths: readonly StatePath[]): StateMachine {
  const out = cloneDefinition(def);
  const byScope = new Map<string, { scope: StatePath; names: Set<string> }>();
  for (const path of paths) {
    const name = path[path.length - 1];
    if (typeof name !== 'string') continue;
    const scope = path.slice(0, -1);
    const key = encodeStatePath(scope);
    const entry = byScope.get(key) ?? { scope, names: new Set<string>() };
    entry.names.add(name);
    byScope.set(key, entry);
  }
  // Deepest scopes first; a scope that vanished with its container is skipped.
  const groups = [...byScope.values()].sort((a, b) => b.scope.length - a.scope.length);
  for (const { scope: scopePath, names } of groups) {
    const scope = getScope(out, scopePath);
    if (!scope || !isObj(scope.States)) continue;
    const present = new Set([...names].filter((n) => Object.prototype.hasOwnProperty.call(scope.States, n)));
    if (present.size > 0) deleteFromScope(scope, present);
  }
  return out;
}
