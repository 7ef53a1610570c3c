/** While something is dragged, a target on every legal insertion point (drawn in flow coordinates). */
import { useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { useStore } from 'zustand';
import type { GraphLayout, WorkflowGraph } from '../../../graph';
import { dragStore } from './dragSession';
import { placeDropTargets } from './dropPlaces';

export function DropTargets({ graph, layout }: { graph: WorkflowGraph; layout: GraphLayout | undefined }) {
  const active = useStore(dragStore, (s) => s.active);
  const payload = useStore(dragStore, (s) => s.payload);
  const hover = useStore(dragStore, (s) => s.hover);
  const movingId = payload?.kind === 'move' ? payload.nodeId : undefined;
  const targets = useMemo(() => (active && layout ? placeDropTargets(graph, layout, movingId) : []), [active, graph, layout, movingId]);
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
