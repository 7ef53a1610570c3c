/**
 * Mutable access to a cloned definition: every edit clones its input once, then changes the copy
 * through these helpers, so the caller's definition is never mutated.
 */
import { getScope, type ScopePath } from '../paths';
import type { State, StateMachine, StatePath, StatesScope } from '../types';
import { EditError } from './errors';
import { isObj, setOwn, type Obj } from '../objects';

export { isObj, type Obj };

/** Deep copy of a JSON definition. */
export function cloneDefinition<T>(def: T): T {
  return structuredClone(def);
}

/** The scope at `scope` in `def`, or an EditError. */
export function requireScope(def: StateMachine, scope: ScopePath): StatesScope {
  const found = getScope(def, scope);
  if (!found || !isObj(found.States)) throw new EditError(`No scope at ${JSON.stringify(scope)}`);
  return found;
}

/** The state at `path` with its scope and name, or an EditError. */
export function requireState(def: StateMachine, path: StatePath): { scope: StatesScope; name: string; state: State & Obj } {
  const name = path[path.length - 1];
  if (typeof name !== 'string') throw new EditError(`Not a state path: ${JSON.stringify(path)}`);
  const scope = requireScope(def, path.slice(0, -1));
  const state = scope.States[name];
  if (!isObj(state)) throw new EditError(`No state "${name}" at ${JSON.stringify(path)}`);
  return { scope, name, state: state as State & Obj };
}

/**
 * Rebuild `States` with `entries` inserted right after the key `after` (undefined = at the front,
 * missing key = at the end), so the text keeps a natural order.
 */
export function insertStatesAfter(scope: StatesScope, after: string | undefined, entries: [string, State][]): void {
  const out: Record<string, State> = {};
  const keys = Object.keys(scope.States);
  const put = (): void => {
    for (const [name, state] of entries) setOwn(out, name, state);
  };
  if (after === undefined) put();
  for (const key of keys) {
    setOwn(out, key, scope.States[key]);
    if (key === after) put();
  }
  if (after !== undefined && !keys.includes(after)) put();
  scope.States = out;
}

/** True for states that carry Next / End. */
export function transitions(state: Obj): boolean {
  return state.Type !== 'Choice' && state.Type !== 'Succeed' && state.Type !== 'Fail';
}

/** Point a state's own exit at `target` (Next) or make it terminal (End), as its type allows. */
export function setExit(state: Obj, target: string | undefined): void {
  if (state.Type === 'Choice') {
    if (target !== undefined) state.Default = target;
    else delete state.Default;
    return;
  }
  if (!transitions(state)) return;
  if (target === undefined) {
    delete state.Next;
    state.End = true;
  } else {
    delete state.End;
    state.Next = target;
  }
}
