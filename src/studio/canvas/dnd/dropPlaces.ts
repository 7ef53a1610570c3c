/**
 * Where a state can be dropped, placed on the drawing (no DOM): the targets a mouse drag shows,
 * the same targets the keyboard's "Move…" walks through in reading order, their spoken names,
 * and the one-place-up / one-place-down moves of Alt+Shift+↑/↓. Every target is an
 * `insertionPoints` target, so the keyboard runs the very edit a drop runs.
 */
import { CONTAINER_HEADER, NEW_BRANCH_SLOT, insertionPoints, type GraphLayout, type InsertionTarget, type WorkflowGraph } from '../../../graph';
import { pointAlong } from '../geometry';

export interface DropPlace {
  id: string;
  x: number;
  y: number;
  title: string;
  kind: string;
  target: InsertionTarget;
}

/** The drop targets shown while `movingId` (or something new, when undefined) is dragged, where they are drawn. */
export function placeDropTargets(graph: WorkflowGraph, layout: GraphLayout, movingId: string | undefined): DropPlace[] {
  const out: DropPlace[] = [];
  for (const target of insertionPoints(graph, movingId)) {
    if ('edge' in target.anchor) {
      const points = layout.edges.get(target.anchor.edge);
      const edge = graph.edgeById.get(target.anchor.edge);
      if (!points || !edge) continue;
      const at = pointAlong(points, edge.kind === 'catch' ? 0.75 : edge.kind === 'choice' || edge.kind === 'default' ? 0.7 : 0.5);
      out.push({ id: target.id, ...at, title: `Insert on ${edge.kind} arrow`, kind: edge.kind, target });
    } else {
      const box = layout.nodes.get(target.anchor.node);
      if (!box) continue;
      if (target.point.kind === 'newBranch') {
        const collapsed = layout.collapsed.has(target.anchor.node);
        out.push({
          id: target.id, title: 'Add as a new branch', kind: 'branch', target,
          x: collapsed ? box.x + box.width + 22 : box.x + box.width - NEW_BRANCH_SLOT / 2 - 6,
          y: collapsed ? box.y + box.height / 2 : box.y + CONTAINER_HEADER + 28,
        });
      } else {
        out.push({ id: target.id, x: box.x + box.width / 2, y: box.y + box.height + 22, title: 'Insert at the start', kind: 'scope', target });
      }
    }
  }
  return out;
}

/** Top to bottom, then left to right: the order ↑ and ↓ walk the targets in. */
export function inReadingOrder(places: readonly DropPlace[]): DropPlace[] {
  return [...places].sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The place nearest to a state's middle: where the keyboard's Move… starts. */
export function nearestPlace(places: readonly DropPlace[], layout: GraphLayout, nodeId: string): number {
  const box = layout.nodes.get(nodeId);
  if (!box || places.length === 0) return 0;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  let best = 0;
  for (let i = 1; i < places.length; i++) {
    if (Math.hypot(places[i]!.x - cx, places[i]!.y - cy) < Math.hypot(places[best]!.x - cx, places[best]!.y - cy)) best = i;
  }
  return best;
}

function nodeName(graph: WorkflowGraph, id: string): string {
  const node = graph.nodeById.get(id);
  if (node?.state) return node.state.name;
  const marker = node?.kind === 'end' ? 'End' : 'Start';
  // A branch's own Start and End markers say whose they are.
  const scope = id.replace(/#(start|end)$/, '');
  return scope === '' ? marker : `${marker} of ${scopeName(graph, scope)}`;
}

/** Branch 2 of Fan out / the item processor of Each order. */
function scopeName(graph: WorkflowGraph, scopeId: string): string {
  const group = graph.nodeById.get(scopeId);
  const container = group?.parent === undefined ? undefined : graph.nodeById.get(group.parent)?.state;
  if (!container) return 'the workflow';
  return container.type === 'Map' ? `the item processor of ${container.name}` : `branch ${(group?.branch ?? 0) + 1} of ${container.name}`;
}

/** What a screen reader says for a target: "Validate → Save", "Check → End", "the start of branch 2 of P". */
export function describeTarget(graph: WorkflowGraph, target: InsertionTarget): string {
  if ('edge' in target.anchor) {
    const edge = graph.edgeById.get(target.anchor.edge);
    if (!edge) return target.id;
    const rule = edge.kind === 'choice' ? ` (rule ${edge.title ?? edge.label ?? ''})` : edge.kind === 'default' ? ' (Default)' : edge.kind === 'catch' ? ` (${edge.title ?? 'Catch'})` : '';
    return `${nodeName(graph, edge.source)} → ${nodeName(graph, edge.target)}${rule}`;
  }
  if (target.point.kind === 'newBranch') return `a new branch of ${nodeName(graph, target.anchor.node)}`;
  return `the start of ${scopeName(graph, target.anchor.node.replace(/#start$/, ''))}`;
}

/**
 * The drop target that moves a state one place along its chain: `down` puts it after the state
 * it goes to (A → S → T → U becomes A → T → S → U), `up` before the state it comes from. A
 * string says why there is no such place (a fork, a join, the first or last state).
 */
export function chainMoveTarget(graph: WorkflowGraph, movingId: string, direction: 'up' | 'down'): InsertionTarget | string {
  const node = graph.nodeById.get(movingId)?.state;
  if (!node) return 'Only a state can be moved.';
  const targets = insertionPoints(graph, movingId);
  const targetOn = (edgeId: string) => targets.find((t) => t.id === `edge:${edgeId}`);
  const isState = (id: string) => graph.nodeById.get(id)?.state !== undefined;
  // Catchers are side exits: the chain is Next (or End) and, for a Choice, its rules.
  const flow = (id: string, end: 'source' | 'target') => graph.edges.filter((e) => e[end] === id && e.kind !== 'catch');
  if (direction === 'down') {
    const out = flow(movingId, 'source');
    if (out.length !== 1) return `${node.name} forks: choose where it goes with Move… (Shift+F10).`;
    const next = out[0]!;
    if (!isState(next.target)) return `${node.name} is already the last state of its chain.`;
    const after = graph.nodeById.get(next.target)!.state!;
    const onwards = flow(next.target, 'source');
    if (after.type === 'Succeed' || after.type === 'Fail' || onwards.length !== 1) return `${node.name} cannot go after ${after.name}: ${after.type === 'Succeed' || after.type === 'Fail' ? 'it ends the workflow' : 'it forks'}. Use Move… (Shift+F10).`;
    return targetOn(onwards[0]!.id) ?? `${node.name} cannot go after ${after.name}.`;
  }
  const into = graph.edges.filter((e) => e.target === movingId);
  if (into.length !== 1) return `${node.name} is reached from ${into.length === 0 ? 'nowhere' : 'several places'}: choose where it goes with Move… (Shift+F10).`;
  const from = into[0]!;
  if (!isState(from.source)) return `${node.name} is already the first state of its chain.`;
  const before = graph.nodeById.get(from.source)!.state!;
  if (from.kind !== 'next') return `${node.name} is a branch of ${before.name}: choose where it goes with Move… (Shift+F10).`;
  const intoBefore = graph.edges.filter((e) => e.target === from.source);
  if (intoBefore.length !== 1) return `${before.name} is reached from several places: choose where ${node.name} goes with Move… (Shift+F10).`;
  return targetOn(intoBefore[0]!.id) ?? `${node.name} cannot go before ${before.name}.`;
}
