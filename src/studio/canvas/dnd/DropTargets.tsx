/** While something is dragged, a target on every legal insertion point (drawn in flow coordinates). */
import { useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { useStore } from 'zustand';
import { CONTAINER_HEADER, NEW_BRANCH_SLOT, insertionPoints, type GraphLayout, type WorkflowGraph } from '../../../graph';
import { pointAlong } from '../geometry';
import { dragStore } from './dragSession';

interface Placed {
  id: string;
  x: number;
  y: number;
  title: string;
  kind: string;
}

function place(graph: WorkflowGraph, layout: GraphLayout, movingId: string | undefined): Placed[] {
  const out: Placed[] = [];
  for (const target of insertionPoints(graph, movingId)) {
    if ('edge' in target.anchor) {
      const points = layout.edges.get(target.anchor.edge);
      const edge = graph.edgeById.get(target.anchor.edge);
      if (!points || !edge) continue;
      const at = pointAlong(points, edge.kind === 'catch' ? 0.75 : edge.kind === 'choice' || edge.kind === 'default' ? 0.7 : 0.5);
      out.push({ id: target.id, ...at, title: `Insert on ${edge.kind} arrow`, kind: edge.kind });
    } else {
      const box = layout.nodes.get(target.anchor.node);
      if (!box) continue;
      if (target.point.kind === 'newBranch') {
        const collapsed = layout.collapsed.has(target.anchor.node);
        out.push({
          id: target.id, title: 'Add as a new branch', kind: 'branch',
          x: collapsed ? box.x + box.width + 22 : box.x + box.width - NEW_BRANCH_SLOT / 2 - 6,
          y: collapsed ? box.y + box.height / 2 : box.y + CONTAINER_HEADER + 28,
        });
      } else {
        out.push({ id: target.id, x: box.x + box.width / 2, y: box.y + box.height + 22, title: 'Insert at the start', kind: 'scope' });
      }
    }
  }
  return out;
}

export function DropTargets({ graph, layout }: { graph: WorkflowGraph; layout: GraphLayout | undefined }) {
  const active = useStore(dragStore, (s) => s.active);
  const payload = useStore(dragStore, (s) => s.payload);
  const hover = useStore(dragStore, (s) => s.hover);
  const movingId = payload?.kind === 'move' ? payload.nodeId : undefined;
  const targets = useMemo(() => (active && layout ? place(graph, layout, movingId) : []), [active, graph, layout, movingId]);
  if (!active) return null;
  return (
    <ViewportPortal>
      <div className="sf-drop-layer" data-testid="drop-layer">
        {targets.map((t) => (
          <div
            key={t.id}
            className={`sf-drop kind-${t.kind}${hover === t.id ? ' hover' : ''}`}
            data-drop-target={t.id}
            data-testid={`drop-${t.id}`}
            title={t.title}
            style={{ transform: `translate(-50%, -50%) translate(${t.x}px, ${t.y}px)` }}
          >
            +
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
}

/** The label that follows the pointer during a drag. */
export function DragGhost() {
  const active = useStore(dragStore, (s) => s.active);
  const payload = useStore(dragStore, (s) => s.payload);
  const pointer = useStore(dragStore, (s) => s.pointer);
  if (!active || !payload) return null;
  return (
    <div className="sf-drag-ghost" style={{ left: pointer.x + 12, top: pointer.y + 12 }} aria-hidden="true">
      {payload.label}
    </div>
  );
}
