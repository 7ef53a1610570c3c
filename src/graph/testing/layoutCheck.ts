/**
 * Readability checks of a computed layout, for tests: node boxes of one scope that overlap, and
 * edges whose route runs through the box of a node that is neither an end of the edge nor a
 * container holding one (the same rule as the bench's DOM check, on the layout itself).
 */
import type { GraphLayout } from '../layout/types';
import type { WorkflowGraph } from '../types';

/** Part of each end of an edge not checked (arrow heads and ports touch their boxes). */
const END_SKIP = 10;
/** Points this close to a box border do not count as inside. */
const INSET = 2;
const STEP = 4;

export interface LayoutProblems {
  overlaps: string[];
  crossings: string[];
}

export function layoutProblems(graph: WorkflowGraph, layout: GraphLayout): LayoutProblems {
  const overlaps: string[] = [];
  const byScope = new Map<string, string[]>();
  for (const node of graph.nodes) {
    if (node.kind === 'group' || !layout.nodes.has(node.id)) continue;
    const key = node.scope.join('\u0000');
    byScope.set(key, [...(byScope.get(key) ?? []), node.id]);
  }
  for (const ids of byScope.values()) {
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const a = layout.nodes.get(ids[i]!)!;
        const b = layout.nodes.get(ids[j]!)!;
        if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) overlaps.push(`${ids[i]} / ${ids[j]}`);
      }
    }
  }

  const ancestors = (id: string): Set<string> => {
    const out = new Set<string>([id]);
    let node = graph.nodeById.get(id);
    while (node?.parent !== undefined) {
      out.add(node.parent);
      const group = graph.nodeById.get(node.parent);
      if (group?.parent !== undefined) out.add(group.parent);
      node = group?.parent !== undefined ? graph.nodeById.get(group.parent) : undefined;
    }
    return out;
  };
  const crossings: string[] = [];
  const boxes = [...layout.nodes].filter(([id]) => graph.nodeById.get(id)?.kind !== 'group');
  for (const [edgeId, points] of layout.edges) {
    const edge = graph.edgeById.get(edgeId);
    if (!edge) continue;
    const allowed = new Set([...ancestors(edge.source), ...ancestors(edge.target)]);
    for (const sample of sampleAlong(points)) {
      for (const [id, box] of boxes) {
        if (allowed.has(id)) continue;
        if (sample.x > box.x + INSET && sample.x < box.x + box.width - INSET && sample.y > box.y + INSET && sample.y < box.y + box.height - INSET) {
          crossings.push(`${edgeId} through ${id}`);
          allowed.add(id);
        }
      }
    }
  }
  return { overlaps, crossings };
}

function sampleAlong(points: readonly { x: number; y: number }[]): { x: number; y: number }[] {
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < points.length; i += 1) {
    const l = Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
    lengths.push(l);
    total += l;
  }
  const out: { x: number; y: number }[] = [];
  for (let s = END_SKIP; s <= total - END_SKIP; s += STEP) {
    let remaining = s;
    for (let i = 1; i < points.length; i += 1) {
      const l = lengths[i - 1]!;
      if (remaining <= l && l > 0) {
        const t = remaining / l;
        out.push({ x: points[i - 1]!.x + (points[i]!.x - points[i - 1]!.x) * t, y: points[i - 1]!.y + (points[i]!.y - points[i - 1]!.y) * t });
        break;
      }
      remaining -= l;
    }
  }
  return out;
}
