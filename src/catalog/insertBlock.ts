/**
 * Inserting a block of states (a palette item or a pattern): a stub takes the insertion point
 * through `insertState` (which wires it in), then the block replaces the stub, EXIT becomes the
 * insertion point's old successor, and every state name in the block (nested ones included) is
 * made unique machine-wide with its references rewritten.
 */
import { insertState, uniqueStateName, allStateNames, type InsertPoint } from '../asl/edits';
import { childScopes, forEachState, getScope } from '../asl/paths';
import type { State, StateMachine, StatePath, StatesScope } from '../asl/types';
import { EXIT, type PatternBlock } from './patterns';

type Obj = Record<string, unknown>;
type Retarget = (target: string, isTransition: boolean) => string | undefined;

/** Rewrites Next / Default / Choices[].Next / Catch[].Next; undefined for Next means End. */
function rewriteTargets(state: Obj, map: Retarget): void {
  const next = state['Next'];
  if (typeof next === 'string') {
    const target = map(next, true);
    if (target === undefined) {
      delete state['Next'];
      state['End'] = true;
    } else state['Next'] = target;
  }
  if (typeof state['Default'] === 'string') state['Default'] = map(state['Default'], false);
  for (const list of [state['Choices'], state['Catch']]) {
    if (!Array.isArray(list)) continue;
    for (const item of list as Obj[]) if (item && typeof item === 'object' && typeof item['Next'] === 'string') item['Next'] = map(item['Next'], false);
  }
}

/** Renames the states of nested scopes (keys, StartAt and references). */
function renameNested(state: State, names: Map<string, string>): void {
  for (const scope of childScopes(state)) {
    if (!scope || typeof scope !== 'object') continue;
    const renamed: Record<string, State> = {};
    for (const [name, inner] of Object.entries(scope.States ?? {})) {
      rewriteTargets(inner as Obj, (t) => names.get(t) ?? t);
      renameNested(inner, names);
      renamed[names.get(name) ?? name] = inner;
    }
    scope.States = renamed;
    scope.StartAt = names.get(scope.StartAt) ?? scope.StartAt;
  }
}

function findPath(def: StateMachine, name: string): StatePath | undefined {
  let found: StatePath | undefined;
  forEachState(def, ({ path, name: n }) => {
    if (n === name) found = path;
  });
  return found;
}

/** A new definition with the block inserted at `at`, and the name its entry state got. */
export function insertBlock(def: StateMachine, at: InsertPoint, block: PatternBlock): { definition: StateMachine; entry: string } {
  const taken = allStateNames(def);
  const names = new Map<string, string>();
  const claim = (base: string) => {
    if (names.has(base)) return;
    const fresh = uniqueStateName(def, base, taken);
    taken.add(fresh);
    names.set(base, fresh);
  };
  for (const [base, state] of block.states) {
    claim(base);
    for (const scope of childScopes(state)) if (scope && typeof scope === 'object') forEachState(scope, ({ name }) => claim(name));
  }
  const entryName = names.get(block.entry)!;
  const placed = insertState(def, at, entryName, { Type: 'Pass', End: true });
  const path = findPath(placed, entryName)!;
  const out = structuredClone(placed);
  const scope = getScope(out, path.slice(0, -1)) as StatesScope;
  const stub = scope.States[entryName] as Obj;
  const successor = typeof stub['Next'] === 'string' ? stub['Next'] : undefined;

  // Choice rules and catchers need a real target when the block goes in at the very end.
  let doneName: string | undefined;
  const map: Retarget = (target, isTransition) => {
    if (target !== EXIT) return names.get(target) ?? target;
    if (successor !== undefined || isTransition) return successor;
    doneName ??= uniqueStateName(def, 'Done', taken);
    return doneName;
  };
  const fresh: [string, State][] = block.states.map(([base, state]) => {
    const copy = structuredClone(state);
    rewriteTargets(copy as Obj, map);
    renameNested(copy, names);
    return [names.get(base)!, copy];
  });
  if (doneName) fresh.push([doneName, { Type: 'Succeed' }]);

  const states: Record<string, State> = {};
  for (const [key, value] of Object.entries(scope.States)) {
    if (key === entryName) for (const [n, s] of fresh) states[n] = s;
    else states[key] = value;
  }
  scope.States = states;
  return { definition: out, entry: entryName };
}
