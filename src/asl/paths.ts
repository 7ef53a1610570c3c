/**
 * State addressing. A StatePath alternates container names and branch indexes and ends in a name:
 * `['P', 1, 'Inner']` is state `Inner` in branch 1 of Parallel `P`; a Map's processor is branch 0.
 * A ScopePath is the same without the final name (`[]` is the top level).
 */
import type { State, StateMachine, StatePath, StatesScope } from './types';

export type ScopePath = (string | number)[];

/** Readable, unambiguous id: segments joined by `/` (`~` → `~0`, `/` → `~1`, as JSON Pointer). */
export function encodeStatePath(path: readonly (string | number)[]): string {
  return path.map((seg) => String(seg).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

export function decodeStatePath(id: string): StatePath {
  if (id === '') return [];
  // Odd positions are branch indexes (see the module comment), so no type tag is needed.
  return id.split('/').map((seg, i) => (i % 2 === 1 ? Number(seg) : seg.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/** The nested scopes of a container state: Parallel branches, or the Map processor as branch 0. */
export function childScopes(state: State): StatesScope[] {
  if (state.Type === 'Parallel') return Array.isArray(state.Branches) ? state.Branches : [];
  if (state.Type === 'Map') {
    const proc = state.ItemProcessor ?? state.Iterator;
    return proc ? [proc] : [];
  }
  return [];
}

/** The scope addressed by a ScopePath, or undefined. */
export function getScope(def: StatesScope, scope: readonly (string | number)[]): StatesScope | undefined {
  let current: StatesScope | undefined = def;
  for (let i = 0; i < scope.length; i += 2) {
    const name = scope[i];
    const index = scope[i + 1];
    if (current === undefined || typeof name !== 'string' || typeof index !== 'number') return undefined;
    const state = ownState(current, name);
    current = state ? childScopes(state)[index] : undefined;
  }
  return current;
}

export function getState(def: StatesScope, path: readonly (string | number)[]): State | undefined {
  const name = path[path.length - 1];
  if (typeof name !== 'string') return undefined;
  const scope = getScope(def, path.slice(0, -1));
  return scope ? ownState(scope, name) : undefined;
}

/** `scope.States[name]` only when it is an own property (a state named "constructor" is fine, a missing one is not inherited). */
function ownState(scope: StatesScope, name: string): State | undefined {
  const states = scope.States;
  return states && typeof states === 'object' && Object.hasOwn(states, name) ? states[name] : undefined;
}

export function scopeOfPath(path: readonly (string | number)[]): ScopePath {
  return path.slice(0, -1);
}

export interface VisitedState {
  path: StatePath;
  name: string;
  state: State;
  scope: StatesScope;
  depth: number;
}

/** Depth-first walk of every state in document order, containers before their children. */
export function forEachState(def: StatesScope, visit: (entry: VisitedState) => void, scopePath: ScopePath = []): void {
  const states = def.States;
  if (!states || typeof states !== 'object') return;
  for (const [name, state] of Object.entries(states)) {
    if (!state || typeof state !== 'object') continue;
    const path = [...scopePath, name];
    visit({ path, name, state, scope: def, depth: scopePath.length / 2 });
    childScopes(state).forEach((child, index) => {
      if (child && typeof child === 'object') forEachState(child, visit, [...path, index]);
    });
  }
}

/** JSON path (into the document) of a state: `['States','P','Branches',1,'States','Inner']`. */
export function jsonPathOfState(def: StateMachine, path: readonly (string | number)[]): (string | number)[] {
  const out: (string | number)[] = [];
  let scope: StatesScope | undefined = def;
  for (let i = 0; i < path.length; i += 2) {
    const name = path[i] as string;
    out.push('States', name);
    if (i + 1 < path.length) {
      const state: State | undefined = scope?.States[name];
      const index = path[i + 1] as number;
      if (state?.Type === 'Parallel') out.push('Branches', index);
      else if (state?.Type === 'Map') out.push(state.ItemProcessor || !state.Iterator ? 'ItemProcessor' : 'Iterator');
      scope = state ? childScopes(state)[index] : undefined;
    }
  }
  return out;
}

/** Inverse of jsonPathOfState for any JSON path that points into (or below) a state. */
export function statePathOfJsonPath(def: StateMachine, jsonPath: readonly (string | number)[]): StatePath | undefined {
  let result: StatePath | undefined;
  const out: StatePath = [];
  let i = 0;
  let scope: StatesScope | undefined = def;
  while (i < jsonPath.length && jsonPath[i] === 'States' && typeof jsonPath[i + 1] === 'string' && scope) {
    const name = jsonPath[i + 1] as string;
    const state = ownState(scope, name);
    if (!state) break;
    out.push(name);
    result = [...out];
    i += 2;
    const key = jsonPath[i];
    if (state.Type === 'Parallel' && key === 'Branches' && typeof jsonPath[i + 1] === 'number') {
      const index = jsonPath[i + 1] as number;
      out.push(index);
      scope = state.Branches[index];
      i += 2;
    } else if (state.Type === 'Map' && (key === 'ItemProcessor' || key === 'Iterator')) {
      out.push(0);
      scope = childScopes(state)[0];
      i += 1;
    } else break;
  }
  return result;
}
