/**
 * Edge ids of the transitions a run took, in the graph's id format (`src/graph/ids.ts`): scope
 * start edges, `next`, the Choice rule or `default` that led on, the catcher that caught, and
 * the `end` edge of a state that ended its scope.
 */
import { decodeStatePath, getState } from '../asl/paths';
import type { Catcher, State, StateMachine } from '../asl/types';
import { edgeIdFor, endIdFor, startIdFor } from '../graph/ids';
import type { Transition } from './runView';
import type { Visit } from './visits';

function scopeOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut < 0 ? '' : path.slice(0, cut);
}

function nameOf(path: string): string {
  const segments = decodeStatePath(path);
  return String(segments[segments.length - 1] ?? '');
}

/** Does a catcher's ErrorEquals match the error (ASL: `States.ALL` matches all, `States.TaskFailed` all but timeouts)? */
function catches(catcher: Catcher, error: string | undefined): boolean {
  const list = catcher.ErrorEquals ?? [];
  if (list.includes('States.ALL')) return true;
  if (error !== undefined && list.includes(error)) return true;
  return error !== 'States.Timeout' && list.includes('States.TaskFailed') && error !== undefined && !error.startsWith('States.Runtime');
}

/** Edge ids from one state to the next (several Choice rules may name the same target). */
function edgesBetween(state: State, from: string, to: string, caught: boolean, error: string | undefined): string[] {
  const target = nameOf(to);
  if (caught && 'Catch' in state && Array.isArray(state.Catch)) {
    const catchers = state.Catch.map((c, i) => ({ c, i })).filter(({ c }) => c.Next === target);
    const match = catchers.find(({ c }) => catches(c, error)) ?? catchers[0];
    if (match) return [edgeIdFor(from, 'catch', match.i, to)];
  }
  const out: string[] = [];
  if (state.Type === 'Choice') {
    (state.Choices ?? []).forEach((rule, i) => {
      if (rule.Next === target) out.push(edgeIdFor(from, 'choice', i, to));
    });
    if (state.Default === target) out.push(edgeIdFor(from, 'default', 0, to));
  } else if ('Next' in state && state.Next === target) {
    out.push(edgeIdFor(from, 'next', 0, to));
  }
  return out;
}

function endsScope(state: State): boolean {
  return state.Type === 'Succeed' || state.Type === 'Fail' || ('End' in state && state.End === true);
}

/** What the taken edges are computed from (kept incrementally by LiveRun, see live.ts). */
export interface EdgeSources {
  /** The first shown visit of each scope instance (its scope's start edge was taken). */
  firstInScope: Iterable<Visit>;
  /** Paths with a shown visit that finished (succeeded, or a Fail state). */
  finishedPaths: Iterable<string>;
  transitions: readonly Transition[];
  /** The error of the latest shown visit of a path (picks the catcher that matched). */
  errorOf(path: string): string | undefined;
  /** The state at a path (cached by the caller); defaults to a lookup in the definition. */
  stateAt?(path: string): State | undefined;
}

/** Edge ids taken, from the shown visits' scopes, finished paths and transitions. */
export function takenEdgeIdsFrom(definition: StateMachine, sources: EdgeSources): string[] {
  const stateAt = sources.stateAt ?? ((path: string) => getState(definition, decodeStatePath(path)));
  const out = new Set<string>();
  for (const path of sources.finishedPaths) {
    const state = stateAt(path);
    if (state && endsScope(state)) out.add(edgeIdFor(path, 'end', 0, endIdFor(decodeStatePath(scopeOf(path)))));
  }
  for (const visit of sources.firstInScope) {
    const scope = scopeOf(visit.path);
    out.add(edgeIdFor(startIdFor(decodeStatePath(scope)), 'start', 0, visit.path));
  }
  for (const t of sources.transitions) {
    const state = stateAt(t.from);
    if (!state) continue;
    for (const id of edgesBetween(state, t.from, t.to, t.caught, sources.errorOf(t.from))) out.add(id);
  }
  return [...out];
}

/**
 * Edge ids taken by the shown visits.
 * @param shown visits of the shown iterations, in entry order
 */
export function takenEdgeIds(definition: StateMachine, shown: readonly Visit[], transitions: readonly Transition[]): string[] {
  const firstInScope = new Map<string, Visit>();
  const finished = new Set<string>();
  const errors = new Map<string, string | undefined>();
  for (const visit of shown) {
    if (!firstInScope.has(visit.scopeKey)) firstInScope.set(visit.scopeKey, visit);
    if (visit.status === 'succeeded' || visit.type === 'Fail') finished.add(visit.path);
    errors.set(visit.path, visit.error);
  }
  return takenEdgeIdsFrom(definition, {
    firstInScope: firstInScope.values(), finishedPaths: finished, transitions, errorOf: (path) => errors.get(path),
  });
}
