/** Equality of two canvas run views (statuses, taken edges as a set, current node). */
import type { RunView } from './runViewTypes';

export function sameRunView(a: RunView | null, b: RunView | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.current !== b.current || a.diverged !== b.diverged || a.takenEdges.length !== b.takenEdges.length) return false;
  const aKeys = Object.keys(a.statuses);
  if (aKeys.length !== Object.keys(b.statuses).length) return false;
  for (const key of aKeys) if (a.statuses[key] !== b.statuses[key]) return false;
  const edges = new Set(a.takenEdges);
  return b.takenEdges.every((id) => edges.has(id));
}
