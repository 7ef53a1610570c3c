/**
 * Lays out a scope segment by segment (see segments.ts) and stacks the segments top to bottom,
 * each one placed so that the cut state it shares with the previous segment coincides. Cuts are
 * alone in their layer (every other state of a segment lies on a path between its two cuts), so
 * segments never overlap and no transition runs through another segment.
 */
import type { GraphScope, WorkflowGraph } from '../types';
import { edgeLabelRoom } from './labelSize';
import type { Segment } from './segments';
import type { LayerConstraint, ShapeInput, ShapeLayout } from './shapes';
import type { Box, Point, ScopeLayout } from './types';

type Size = { width: number; height: number };

/** Same spacing and padding as SCOPE_LAYOUT_OPTIONS. */
const LAYER_GAP = 46;
const PADDING = 8;
/** Room above and below a label between two states. */
const LABEL_MARGIN = 15;

/** The scope's layout from its segments' layouts (`laid[i]` for `segments[i]`, nodes in its order). */
export function stackSegments(scope: GraphScope, segments: Segment[], laid: ShapeLayout[], key: string): ScopeLayout {
  const nodes: Record<string, Box> = Object.create(null) as Record<string, Box>; // ids may be `__proto__`
  const edges: Record<string, Point[]> = Object.create(null) as Record<string, Point[]>; // ids may be `__proto__`
  const labels: Record<string, Box> = Object.create(null) as Record<string, Box>; // ids may be `__proto__`
  let dx = 0;
  let dy = 0;
  segments.forEach((segment, s) => {
    const local = laid[s]!;
    if (s > 0) {
      // Move this segment so its first cut lands where the previous segment put it.
      const anchor = nodes[segment.first]!;
      const mine = local.nodes[0]!;
      dx = anchor.x - mine.x;
      dy = anchor.y - mine.y;
    }
    segment.nodeIds.forEach((id, i) => {
      if (i === 0 && s > 0) return;
      const box = local.nodes[i]!;
      nodes[id] = { x: box.x + dx, y: box.y + dy, width: box.width, height: box.height };
    });
    segment.edgeIds.forEach((id, e) => {
      const points = local.edges[e];
      if (points) edges[id] = points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
      const label = local.labels?.[e];
      if (label) labels[id] = { ...label, x: label.x + dx, y: label.y + dy };
    });
  });
  return normalise(scope, nodes, edges, labels, key);
}

/** What to lay out for a segment: 'straight' for a single transition between its cuts, else its shape. */
export function segmentShape(graph: WorkflowGraph, segment: Segment, sizes: ReadonlyMap<string, Size>): ShapeInput | 'straight' {
  if (segment.nodeIds.length === 2 && segment.edgeIds.length === 1) return 'straight';
  const index = new Map(segment.nodeIds.map((id, i) => [id, i]));
  const last = segment.nodeIds.length - 1;
  return {
    sizes: segment.nodeIds.map((id) => sizes.get(id)!),
    constraints: segment.nodeIds.map((_, i): LayerConstraint | undefined => (i === 0 ? 'FIRST' : i === last ? 'LAST' : undefined)),
    edges: segment.edgeIds.map((id) => {
      const edge = graph.edgeById.get(id)!;
      return [index.get(edge.source)!, index.get(edge.target)!] as const;
    }),
    labels: segment.edgeIds.map((id) => edgeLabelRoom(graph.edgeById.get(id)!)),
  };
}

/**
 * One transition from a cut to the next: the second centred under the first. A label (a Choice
 * with a single rule, a Catch to the next state) sits in the middle of the gap, which is made
 * tall enough to hold it with room above and below.
 */
export function straightSegment(segment: Segment, sizes: ReadonlyMap<string, Size>, label?: Size): ShapeLayout {
  const a = sizes.get(segment.first)!;
  const b = sizes.get(segment.last)!;
  const centre = Math.max(a.width, b.width) / 2;
  const gap = label ? Math.max(LAYER_GAP, label.height + 2 * LABEL_MARGIN) : LAYER_GAP;
  const first = { x: centre - a.width / 2, y: 0, ...a };
  const second = { x: centre - b.width / 2, y: a.height + gap, ...b };
  const room = label && { x: centre - label.width / 2, y: a.height + (gap - label.height) / 2, ...label };
  return {
    width: Math.max(2 * centre, label?.width ?? 0), height: second.y + b.height,
    nodes: [first, second],
    edges: [[{ x: centre, y: a.height }, { x: centre, y: second.y }]],
    labels: [room],
  };
}

/** The label of a segment's single transition (see straightSegment). */
export function straightLabel(graph: WorkflowGraph, segment: Segment): Size | undefined {
  return edgeLabelRoom(graph.edgeById.get(segment.edgeIds[0]!)!);
}

/** Shifts everything so the drawing starts at the padding, and measures it. */
function normalise(scope: GraphScope, nodes: Record<string, Box>, edges: Record<string, Point[]>, labels: Record<string, Box>, key: string): ScopeLayout {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const extend = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  for (const id of scope.nodeIds) {
    const box = nodes[id];
    if (box) {
      extend(box.x, box.y);
      extend(box.x + box.width, box.y + box.height);
    }
  }
  for (const points of Object.values(edges)) for (const p of points) extend(p.x, p.y);
  for (const box of Object.values(labels)) {
    extend(box.x, box.y);
    extend(box.x + box.width, box.y + box.height);
  }
  const ox = PADDING - minX;
  const oy = PADDING - minY;
  for (const box of Object.values(nodes)) {
    box.x += ox;
    box.y += oy;
  }
  for (const [id, points] of Object.entries(edges)) edges[id] = points.map((p) => ({ x: p.x + ox, y: p.y + oy }));
  for (const box of Object.values(labels)) {
    box.x += ox;
    box.y += oy;
  }
  return { key, width: maxX - minX + 2 * PADDING, height: maxY - minY + 2 * PADDING, nodes, edges, labels };
}
