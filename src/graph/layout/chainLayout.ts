/**
 * Fast path for the most common scope shape, a straight sequence (Start → A → B → … → End with
 * nothing else): stacked and centred exactly as ELK's layered layout would place it, without
 * paying ELK's fixed cost per call. Branch bodies and Map processors are mostly like this.
 */
import type { GraphScope, WorkflowGraph } from '../types';
import type { Box, Point, ScopeLayout } from './types';

/** Same spacing and padding as SCOPE_LAYOUT_OPTIONS. */
const LAYER_GAP = 46;
const PADDING = 8;

/** The scope's nodes in chain order, or undefined when the scope is not a simple chain. */
export function chainOrder(graph: WorkflowGraph, scope: GraphScope): string[] | undefined {
  if (scope.edgeIds.length !== scope.nodeIds.length - 1) return undefined;
  const next = new Map<string, string>();
  for (const id of scope.edgeIds) {
    const edge = graph.edgeById.get(id)!;
    if (edge.kind !== 'start' && edge.kind !== 'next' && edge.kind !== 'end') return undefined;
    if (next.has(edge.source)) return undefined;
    next.set(edge.source, edge.target);
  }
  const order: string[] = [];
  const seen = new Set<string>();
  let current: string | undefined = scope.nodeIds[0];
  while (current !== undefined && !seen.has(current)) {
    order.push(current);
    seen.add(current);
    current = next.get(current);
  }
  return order.length === scope.nodeIds.length ? order : undefined;
}

export function chainLayout(graph: WorkflowGraph, scope: GraphScope, order: string[], sizes: Map<string, { width: number; height: number }>, key: string): ScopeLayout {
  const width = Math.max(...order.map((id) => sizes.get(id)!.width));
  const centre = PADDING + width / 2;
  const nodes: Record<string, Box> = Object.create(null) as Record<string, Box>; // ids may be `__proto__`
  let y = PADDING;
  for (const id of order) {
    const size = sizes.get(id)!;
    nodes[id] = { x: centre - size.width / 2, y, width: size.width, height: size.height };
    y += size.height + LAYER_GAP;
  }
  const edges: Record<string, Point[]> = Object.create(null) as Record<string, Point[]>; // ids may be `__proto__`
  for (const id of scope.edgeIds) {
    const edge = graph.edgeById.get(id)!;
    const from = nodes[edge.source]!;
    const to = nodes[edge.target]!;
    edges[id] = [{ x: centre, y: from.y + from.height }, { x: centre, y: to.y }];
  }
  // A chain's transitions (Start, Next, End) carry no labels.
  return { key, width: width + 2 * PADDING, height: y - LAYER_GAP + PADDING, nodes, edges, labels: Object.create(null) as Record<string, Box> };
}
