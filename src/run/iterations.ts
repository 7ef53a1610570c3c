/**
 * Map iterations over a list of visits (started, failed and aborted indexes per Map): the pure
 * reference of what LiveRun keeps incrementally for the iteration picker.
 */
import { decodeStatePath } from '../asl/paths';
import type { MapIterations } from './live';
import { mapAncestors, mapPathsOf } from './runView';
import type { Visit } from './visits';

export function mapIterations(visits: readonly Visit[]): MapIterations[] {
  const maps = mapPathsOf(visits);
  const byMap = new Map<string, { indexes: Set<number>; failed: Set<number>; aborted: Set<number> }>();
  for (const map of maps) byMap.set(map, { indexes: new Set(), failed: new Set(), aborted: new Set() });
  for (const visit of visits) {
    mapAncestors(visit.path, maps).forEach((map, depth) => {
      const index = visit.iteration[depth];
      const entry = byMap.get(map);
      if (index === undefined || !entry) return;
      entry.indexes.add(index);
      if (visit.status === 'failed') entry.failed.add(index);
      if (visit.status === 'cancelled') entry.aborted.add(index);
    });
  }
  return [...byMap.entries()].map(([map, e]) => {
    const path = decodeStatePath(map);
    const sort = (s: Set<number>) => [...s].sort((a, b) => a - b);
    return { map, name: String(path[path.length - 1]), indexes: sort(e.indexes), failed: sort(e.failed), aborted: sort(e.aborted) };
  });
}

/** Parallel and Map scopes (encoded paths) that have visits, in order of appearance. */
export function scopesOf(visits: readonly Visit[]): string[] {
  return [...new Set(visits.map((v) => v.scopeKey.split('#')[0] ?? ''))].filter((s) => s !== '');
}
