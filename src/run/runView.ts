/**
 * What the canvas shows of a run at a cursor: a status per node, the transitions taken and the
 * current node. Map bodies show one iteration at a time (chosen, or the latest active one).
 */
import type { RunNodeStatus } from './runViewTypes';
import type { Visit } from './visits';
import { mapAncestors } from './statePaths';
import type { EventSource } from './eventLog';

/** One move between states inside a scope (edge ids come from the graph, see edges.ts). */
export interface Transition {
  from: string;
  to: string;
  /** The `from` visit ended in a caught error. */
  caught: boolean;
}

export interface RunSnapshotView {
  statuses: Record<string, RunNodeStatus>;
  transitions: Transition[];
  current?: string;
  /** Iteration shown for each Map node (explicit choice or the latest active). */
  iterations: Record<string, number>;
}

export { mapAncestors };

/** The Map node ids among the visits. */
export function mapPathsOf(visits: readonly Visit[]): Set<string> {
  const out = new Set<string>();
  for (const v of visits) if (v.type === 'Map') out.add(v.path);
  return out;
}

/** Iteration shown per Map: the chosen one, else the one of the latest visit inside the Map. */
export function resolveIterations(visits: readonly Visit[], chosen: Readonly<Record<string, number>>): Record<string, number> {
  const mapPaths = mapPathsOf(visits);
  const out: Record<string, number> = {};
  for (const visit of visits) {
    mapAncestors(visit.path, mapPaths).forEach((map, depth) => {
      const index = visit.iteration[depth];
      if (index !== undefined && chosen[map] === undefined) out[map] = index;
    });
  }
  for (const [map, index] of Object.entries(chosen)) out[map] = index;
  return out;
}

/** True when the visit belongs to the shown iteration of every Map around it. */
export function inShownIterations(visit: Visit, mapPaths: ReadonlySet<string>, iterations: Readonly<Record<string, number>>): boolean {
  const ancestors = mapAncestors(visit.path, mapPaths);
  return ancestors.every((map, depth) => iterations[map] === undefined || visit.iteration[depth] === iterations[map]);
}

/** The distinct moves between consecutive visits of each scope instance, in order. */
export function transitionsOf(visits: readonly Visit[]): Transition[] {
  const byScope = new Map<string, Visit[]>();
  for (const visit of visits) {
    const list = byScope.get(visit.scopeKey) ?? [];
    list.push(visit);
    byScope.set(visit.scopeKey, list);
  }
  const transitions: Transition[] = [];
  const seen = new Set<string>();
  for (const list of byScope.values()) {
    for (let i = 1; i < list.length; i++) {
      const from = list[i - 1]!;
      const to = list[i]!;
      const caught = from.status === 'caught';
      const key = `${from.path}\u0000${to.path}\u0000${caught}`;
      if (seen.has(key)) continue;
      seen.add(key);
      transitions.push({ from: from.path, to: to.path, caught });
    }
  }
  return transitions;
}

/**
 * Statuses, transitions and current node from the visits at a cursor.
 * @param nodeIds every state of the definition (they default to `not-reached`)
 */
export function deriveRunView(visits: readonly Visit[], events: EventSource, cursor: number,
  nodeIds: readonly string[], chosen: Readonly<Record<string, number>> = {}): RunSnapshotView {
  const statuses: Record<string, RunNodeStatus> = Object.create(null) as Record<string, RunNodeStatus>; // ids may be `__proto__`
  for (const id of nodeIds) statuses[id] = 'not-reached';
  const mapPaths = mapPathsOf(visits);
  const iterations = resolveIterations(visits, chosen);
  const shown = visits.filter((v) => inShownIterations(v, mapPaths, iterations));
  // Latest visit wins (loops revisit states); visits are in entry order.
  for (const visit of shown) statuses[visit.path] = visit.status;

  const transitions = transitionsOf(shown);
  const view: RunSnapshotView = { statuses, transitions, iterations };
  const current = currentNode(visits, events, cursor);
  if (current !== undefined) view.current = current;
  return view;
}

/** The node of the event at the cursor, else the latest state entered before it. */
export function currentNode(visits: readonly Visit[], events: EventSource, cursor: number): string | undefined {
  const event = events.at(cursor);
  if (event?.studio?.path) return event.studio.path;
  let latest: Visit | undefined;
  for (const visit of visits) if (visit.enteredIndex <= cursor) latest = visit;
  return latest?.path;
}
