/**
 * Structural keys: what layout depends on (node ids, container state, edge ids), and nothing
 * else, so editing a field (Comment, Parameters, a Choice condition) keeps the same key.
 */
import type { GraphNode, GraphScope, WorkflowGraph } from '../types';
import { COLLAPSE_THRESHOLD } from './sizes';
import { edgeLabelRoom } from './labelSize';

/** Per-container expand/collapse choices made by the user (id → collapsed). */
export type CollapseOverrides = ReadonlyMap<string, boolean>;

/** Whether a container is drawn collapsed: the user's choice, else collapsed when it is large. */
export function isCollapsed(node: GraphNode, overrides: CollapseOverrides, threshold = COLLAPSE_THRESHOLD): boolean {
  if (!node.state?.container) return false;
  return overrides.get(node.id) ?? node.state.innerCount > threshold;
}

/** The scopes to lay out: the top level and the branches of every expanded container, top-down. */
export function visibleScopes(graph: WorkflowGraph, overrides: CollapseOverrides, threshold = COLLAPSE_THRESHOLD): GraphScope[] {
  const top = graph.scopeById.get('');
  if (!top) return [];
  const out: GraphScope[] = [];
  const queue: GraphScope[] = [top];
  while (queue.length > 0) {
    const scope = queue.shift()!;
    out.push(scope);
    for (const id of scope.nodeIds) {
      const node = graph.nodeById.get(id);
      if (!node?.state?.container || isCollapsed(node, overrides, threshold)) continue;
      for (const groupId of node.state.groups) {
        const child = graph.scopeById.get(groupId);
        if (child) queue.push(child);
      }
    }
  }
  return out;
}

/**
 * Structure of one scope: node ids (containers marked expanded/collapsed/branch count), edge ids
 * and the room their labels take (the layout keeps it free, so a rule's text length is geometry).
 */
export function scopeStructure(graph: WorkflowGraph, scope: GraphScope, overrides: CollapseOverrides, threshold = COLLAPSE_THRESHOLD): string {
  const parts: string[] = [];
  for (const id of scope.nodeIds) {
    const node = graph.nodeById.get(id);
    if (node?.state?.container) parts.push(`${id}\u0001${isCollapsed(node, overrides, threshold) ? 'k' : `c${node.state.groups.length}`}`);
    else parts.push(id);
  }
  const edges = scope.edgeIds.map((id) => {
    const room = edgeLabelRoom(graph.edgeById.get(id)!);
    return room ? `${id}\u0001${room.width}` : id;
  });
  return `${parts.join('\u0002')}\u0003${edges.join('\u0002')}`;
}

/** Layout key of the whole graph: equal keys guarantee an identical layout. */
export function layoutKeyOf(graph: WorkflowGraph, overrides: CollapseOverrides, threshold = COLLAPSE_THRESHOLD): string {
  return visibleScopes(graph, overrides, threshold).map((s) => `${s.id}\u0004${scopeStructure(graph, s, overrides, threshold)}`).join('\u0005');
}
