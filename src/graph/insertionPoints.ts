/**
 * Legal places to drop a state: every edge (including Choice rule, Default and Catch arrows),
 * the end of every non-terminal state, the start of every empty branch / Map body, and a new
 * branch of every Parallel. Each maps directly to an `asl/edits` InsertPoint.
 */
import type { ScopePath } from '../asl/paths';
import type { StatePath } from '../asl/types';
import type { EdgeRef, WorkflowGraph } from './types';

/** Same shape as the InsertPoint of asl/edits. */
export type GraphInsertPoint =
  | { kind: 'edge'; edge: EdgeRef }
  | { kind: 'after'; path: StatePath }
  | { kind: 'scopeStart'; scope: ScopePath }
  | { kind: 'newBranch'; parallel: StatePath };

export interface InsertionTarget {
  /** Stable id for tests and hit testing: `edge:<edgeId>`, `scope:<scopeId>`, `branch:<parallelId>`. */
  id: string;
  point: GraphInsertPoint;
  /** Where to draw it: on an edge, at a scope's start marker, or beside a Parallel container. */
  anchor: { edge: string } | { node: string };
}

/** Drop targets, optionally excluding those that make no sense when moving `movingId` (and its insides). */
export function insertionPoints(graph: WorkflowGraph, movingId?: string): InsertionTarget[] {
  const out: InsertionTarget[] = [];
  const inside = (id: string) => movingId !== undefined && (id === movingId || id.startsWith(`${movingId}/`));
  for (const edge of graph.edges) {
    if (inside(edge.source) || inside(edge.target)) continue;
    if (edge.ref) {
      out.push({ id: `edge:${edge.id}`, point: { kind: 'edge', edge: edge.ref }, anchor: { edge: edge.id } });
    } else if (edge.kind === 'end') {
      const source = graph.nodeById.get(edge.source)?.state;
      if (source && source.type !== 'Succeed' && source.type !== 'Fail') {
        out.push({ id: `edge:${edge.id}`, point: { kind: 'after', path: source.path }, anchor: { edge: edge.id } });
      }
    }
  }
  for (const scope of graph.scopes) {
    if (scope.empty && !inside(scope.id)) {
      out.push({ id: `scope:${scope.id}`, point: { kind: 'scopeStart', scope: scope.path }, anchor: { node: `${scope.id}#start` } });
    }
  }
  for (const node of graph.nodes) {
    if (node.state?.type === 'Parallel' && !inside(node.id)) {
      out.push({ id: `branch:${node.id}`, point: { kind: 'newBranch', parallel: node.state.path }, anchor: { node: node.id } });
    }
  }
  return out;
}
