/**
 * insertState: put a new state on an edge (the edge now points at it and it continues to the old
 * target, or ends when the old target was the end), after a state, at the start of a scope, or as
 * a new Parallel branch.
 */
import type { State, StateMachine, StatesScope } from '../types';
import { EditError } from './errors';
import { allStateNames } from './names';
import { cloneDefinition, insertStatesAfter, isObj, requireScope, requireState, setExit, transitions, type Obj } from './scope';
import type { EdgeRef, InsertPoint } from './types';
import { forEachState } from '../paths';
import { keepReferencesInside } from './references';

/** Follow an edge: its current target (undefined = the end) and a function that re-points it. */
function openEdge(scope: StatesScope, edge: EdgeRef): { target: string | undefined; attach: (name: string) => void } {
  if (edge.kind === 'start' || edge.source === null) {
    const target = typeof scope.StartAt === 'string' && Object.hasOwn(scope.States, scope.StartAt) ? scope.StartAt : undefined;
    return { target, attach: (name) => { scope.StartAt = name; } };
  }
  const sourceName = edge.source[edge.source.length - 1];
  const source = typeof sourceName === 'string' ? scope.States[sourceName] : undefined;
  if (!isObj(source)) throw new EditError(`No state at ${JSON.stringify(edge.source)}`);
  const s: Obj = source;
  if (edge.kind === 'next') {
    if (!transitions(s)) throw new EditError(`A ${String(s.Type)} state has no Next`);
    const target = typeof s.Next === 'string' ? s.Next : undefined;
    return { target, attach: (name) => { delete s.End; s.Next = name; } };
  }
  if (edge.kind === 'default') {
    const target = typeof s.Default === 'string' ? s.Default : undefined;
    return { target, attach: (name) => { s.Default = name; } };
  }
  const list = s[edge.kind === 'choice' ? 'Choices' : 'Catch'];
  const item: unknown = Array.isArray(list) && edge.index !== undefined ? list[edge.index] : undefined;
  if (!isObj(item)) throw new EditError(`No ${edge.kind} ${String(edge.index)} on ${JSON.stringify(edge.source)}`);
  const target = typeof item.Next === 'string' ? item.Next : undefined;
  return { target, attach: (name) => { item.Next = name; } };
}

/** EditError unless `name` and every state name inside `state` are free. */
function checkNames(def: StateMachine, name: string, state: State): void {
  if (name === '') throw new EditError('A state name cannot be empty');
  const taken = allStateNames(def);
  const incoming = [name];
  for (const scope of isObj(state) ? childScopesOf(state) : []) forEachState(scope, ({ name: n }) => incoming.push(n));
  const seen = new Set<string>();
  for (const n of incoming) {
    if (taken.has(n) || seen.has(n)) throw new EditError(`A state named "${n}" already exists`);
    seen.add(n);
  }
}

function childScopesOf(state: Obj): StatesScope[] {
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) return state.Branches.filter(isObj) as unknown as StatesScope[];
  if (state.Type === 'Map') {
    const proc = state.ItemProcessor ?? state.Iterator;
    return isObj(proc) ? [proc as unknown as StatesScope] : [];
  }
  return [];
}

/** A new definition with `state` inserted as `name` at `at`. Throws EditError when impossible. */
export function insertState(def: StateMachine, at: InsertPoint, name: string, state: State): StateMachine {
  checkNames(def, name, state);
  const out = cloneDefinition(def);
  const fresh = cloneDefinition(state) as State & Obj;
  switch (at.kind) {
    case 'edge': {
      const scope = requireScope(out, at.edge.scope);
      const edge = openEdge(scope, at.edge);
      edge.attach(name);
      setExit(fresh, edge.target);
      keepReferencesInside(fresh, (n) => n === name || Object.hasOwn(scope.States, n), edge.target);
      const after = at.edge.source?.[at.edge.source.length - 1];
      insertStatesAfter(scope, typeof after === 'string' ? after : undefined, [[name, fresh]]);
      return out;
    }
    case 'after': {
      const { state: source } = requireState(out, at.path);
      const kind = source.Type === 'Choice' ? 'default' : 'next';
      if (kind === 'next' && !transitions(source)) throw new EditError(`Nothing can follow a ${source.Type} state`);
      return insertState(def, { kind: 'edge', edge: { source: at.path, scope: at.path.slice(0, -1), kind } }, name, state);
    }
    case 'scopeStart':
      return insertState(def, { kind: 'edge', edge: { source: null, scope: at.scope, kind: 'start' } }, name, state);
    case 'newBranch': {
      const { state: parallel } = requireState(out, at.parallel);
      if (parallel.Type !== 'Parallel') throw new EditError('New branches go into a Parallel state');
      setExit(fresh, undefined);
      keepReferencesInside(fresh, (n) => n === name, undefined);
      const branches: unknown[] = Array.isArray(parallel.Branches) ? parallel.Branches : [];
      branches.push({ StartAt: name, States: { [name]: fresh } });
      parallel.Branches = branches as StatesScope[];
      return out;
    }
  }
}
