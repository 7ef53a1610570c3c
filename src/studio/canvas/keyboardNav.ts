/**
 * Moving around the canvas with the keyboard (no DOM). The states are one Tab stop (a roving
 * tab index, as in a grid or tree widget): the selected state, or the workflow's first one. From
 * there the arrow keys go to the nearest state in that direction on the drawing.
 */
import type { Box, GraphLayout, WorkflowGraph } from '../../graph';

export type Direction = 'up' | 'down' | 'left' | 'right';

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

const UNIT: Record<Direction, { x: number; y: number }> = { up: { x: 0, y: -1 }, down: { x: 0, y: 1 }, left: { x: -1, y: 0 }, right: { x: 1, y: 0 } };
/** An open container's title row: where it is "at" (its states lie below it, inside its box). */
const HEADER = 44;
/**
 * The states an arrow can reach: first those in line (their box overlaps this one's across the
 * arrow: the same row for Left/Right, the same column for Up/Down), else those in a cone around
 * the arrow (sideways at most this many times the distance along it). The nearest wins, sideways
 * distance counting half, so Down from a Choice goes to one of its branches, not past them.
 */
const CONE = 2.5;
const ACROSS_WEIGHT = 0.5;

/** The state the canvas's one Tab stop is on: the last selected state shown, else the start state. */
export function tabStopNode(graph: WorkflowGraph, layout: GraphLayout | undefined, selection: readonly string[]): string | undefined {
  if (!layout) return undefined;
  const shown = (id: string) => graph.nodeById.get(id)?.state !== undefined && layout.nodes.has(id);
  for (let i = selection.length - 1; i >= 0; i--) if (shown(selection[i]!)) return selection[i];
  let first: string | undefined;
  for (const node of graph.nodes) {
    if (!node.state || !layout.nodes.has(node.id)) continue;
    if (node.depth === 0 && node.state.isStart) return node.id;
    first ??= node.id;
  }
  return first;
}

function anchor(box: Box, container: boolean, collapsed: boolean): { x: number; y: number } {
  const open = container && !collapsed;
  return { x: box.x + box.width / 2, y: open ? box.y + Math.min(box.height, HEADER) / 2 : box.y + box.height / 2 };
}

/** The state shown nearest to `fromId` in `direction` (along the arrow first, then in line), if any. */
export function neighbourInDirection(graph: WorkflowGraph, layout: GraphLayout, fromId: string, direction: Direction): string | undefined {
  const anchorOf = (id: string) => {
    const box = layout.nodes.get(id);
    const info = graph.nodeById.get(id)?.state;
    return box && info ? anchor(box, info.container, layout.collapsed.has(id)) : undefined;
  };
  const from = anchorOf(fromId);
  const fromBox = layout.nodes.get(fromId);
  if (!from || !fromBox) return undefined;
  const unit = UNIT[direction];
  const vertical = unit.x === 0;
  const inLine = (box: Box) => (vertical
    ? box.x < fromBox.x + fromBox.width && fromBox.x < box.x + box.width
    : box.y < fromBox.y + fromBox.height && fromBox.y < box.y + box.height);
  let best: { id: string; score: number } | undefined;
  for (const node of graph.nodes) {
    if (node.id === fromId) continue;
    const at = anchorOf(node.id);
    if (!at) continue;
    const dx = at.x - from.x;
    const dy = at.y - from.y;
    const along = dx * unit.x + dy * unit.y;
    const across = Math.abs(dx * unit.y - dy * unit.x);
    if (along <= 1 || across > CONE * along) continue;
    // Out of line costs more than any distance on a canvas.
    const score = along + ACROSS_WEIGHT * across + (inLine(layout.nodes.get(node.id)!) ? 0 : 1e9);
    if (!best || score < best.score) best = { id: node.id, score };
  }
  return best?.id;
}

/**
 * The transitions leaving a state that are drawn, left to right as they leave it (a Choice's
 * rules in the order their arrows fan out, then Default), so Left and Right go to the neighbour.
 */
export function outgoingEdges(graph: WorkflowGraph, layout: GraphLayout, nodeId: string): string[] {
  const out = graph.edges.filter((e) => e.source === nodeId && layout.edges.has(e.id) && layout.nodes.has(e.target));
  const key = (id: string) => {
    const points = layout.edges.get(id)!;
    return [points[0]!.x, points[points.length - 1]!.x];
  };
  return out.map((e) => e.id).sort((a, b) => {
    const [a0, a1] = key(a);
    const [b0, b1] = key(b);
    return a0! - b0! || a1! - b1!;
  });
}

/** The edge `step` places along from `edgeId` among its source's outgoing edges (wrapping round). */
export function siblingEdge(graph: WorkflowGraph, layout: GraphLayout, edgeId: string, step: 1 | -1): string | undefined {
  const edge = graph.edgeById.get(edgeId);
  if (!edge) return undefined;
  const all = outgoingEdges(graph, layout, edge.source);
  const at = all.indexOf(edgeId);
  if (at < 0 || all.length === 0) return undefined;
  return all[(at + step + all.length) % all.length];
}

/**
 * Where the keyboard focus goes when the focused state is deleted (with the others selected):
 * the state it led to, else the state that led to it, as a list gives the focus to the next item.
 */
export function focusAfterDelete(graph: WorkflowGraph, focusedId: string, deleted: ReadonlySet<string>): string | undefined {
  const alive = (id: string) => graph.nodeById.get(id)?.state !== undefined && !deleted.has(id);
  const seen = new Set<string>();
  // Through a chain of deleted states: the first one left after them.
  const along = (from: string, end: 'source' | 'target'): string | undefined => {
    if (seen.has(from)) return undefined;
    seen.add(from);
    const other = end === 'target' ? 'source' : 'target';
    for (const edge of graph.edges) {
      if (edge[other] !== from || edge.kind === 'catch') continue;
      const next = edge[end];
      if (alive(next)) return next;
      if (deleted.has(next)) {
        const further = along(next, end);
        if (further) return further;
      }
    }
    return undefined;
  };
  return along(focusedId, 'target') ?? (seen.clear(), along(focusedId, 'source'));
}
