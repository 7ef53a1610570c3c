/**
 * Where the canvas looks. A workflow opens fitted (a large one at a readable zoom at its start);
 * after that the user's viewport is kept in the store, per workflow, so switching modes, or
 * reloading (the workspace saves it with the workflow's view), shows the same place. Selecting
 * a state anywhere (code, inspector, run views, diagnostics, the find box), or showing it (an
 * event chosen in the Events view: `reveal`), brings it on screen:
 * collapsed containers around it are opened, and the view glides there at the same zoom.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import { decodeStatePath, encodeStatePath } from '../../asl/paths';
import { startIdFor, type GraphLayout } from '../../graph';
import type { StudioStore } from '../../store/studioStore';
import type { FlowEdge, FlowNode } from './flowTypes';
import { isOnScreen, openingViewport, viewportAfterResize, type Size } from './viewport';

interface Options {
  store: StudioStore;
  flow: ReactFlowInstance<FlowNode, FlowEdge>;
  root: RefObject<HTMLElement | null>;
  layout: GraphLayout | undefined;
  done: boolean;
  /** React Flow has initialised its pan and zoom (`onInit`): before that, setViewport is lost. */
  ready: boolean;
  /** Opens these collapsed containers (a state to reveal is inside). */
  expand: (ids: string[]) => void;
  /** Tells whether the view is placed on the current document (tests wait for 'ready'). */
  markView: (state: 'opening' | 'ready') => void;
  /** The bottom-right corner the minimap covers (none when it is hidden). */
  corner: Size | undefined;
}

/** The containers around a state, outermost first (`P`, then `P/0/Q`…). */
function containersAround(id: string): string[] {
  const path = decodeStatePath(id);
  const out: string[] = [];
  for (let i = 0; i + 2 < path.length; i += 2) out.push(encodeStatePath(path.slice(0, i + 1)));
  return out;
}

function sizeOf(root: RefObject<HTMLElement | null>): { width: number; height: number } {
  const rect = root.current?.getBoundingClientRect();
  return { width: rect?.width ?? 0, height: rect?.height ?? 0 };
}

export function useCanvasViewport({ store, flow, root, layout, done, ready, expand, markView, corner }: Options) {
  // The next finished layout places the view: on mount, and when another document is loaded.
  const opening = useRef(true);
  const revealing = useRef<string | null>(null);
  // Selections made by clicking on the canvas need no scrolling.
  const fromCanvas = useRef(false);

  const reveal = useCallback((id: string, current: GraphLayout | undefined) => {
    if (!current) return;
    const box = current.nodes.get(id);
    if (!box) {
      const closed = containersAround(id).filter((c) => current.collapsed.has(c));
      if (closed.length === 0) return;
      revealing.current = id;
      expand(closed);
      return;
    }
    revealing.current = null;
    const viewport = flow.getViewport();
    if (isOnScreen(box, viewport, sizeOf(root), 16, corner)) return;
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: viewport.zoom, duration: 250 });
  }, [flow, expand, root, corner]);

  const latestLayout = useRef(layout);
  useLayoutEffect(() => {
    latestLayout.current = layout;
  }, [layout]);

  useEffect(() => store.subscribe((state, prev) => {
    if (state.revision !== prev.revision && state.lastOrigin === 'load') {
      opening.current = true;
      markView('opening');
    }
    if (state.selection !== prev.selection) {
      if (!fromCanvas.current && state.selection.length === 1 && !opening.current) reveal(state.selection[0]!, latestLayout.current);
    }
    if (state.revealRequest !== prev.revealRequest && state.revealRequest && !opening.current) reveal(state.revealRequest.id, latestLayout.current);
  }), [store, reveal, markView]);

  useLayoutEffect(() => {
    if (!done || !layout || !ready) return;
    if (opening.current) {
      const saved = store.getState().viewport;
      const size = sizeOf(root);
      // A view kept from a pane of another size (another mode, another window) adapts as on a resize.
      const adapted = saved?.pane ? viewportAfterResize(layout, saved, saved.pane, size, corner) : undefined;
      const placed = adapted ?? saved;
      const target = placed ? { x: placed.x, y: placed.y, zoom: placed.zoom, pane: size } : openingViewport(layout, size, startIdFor(''), corner);
      opening.current = false;
      if (!target) {
        // Nothing to show yet (an empty layout, or a canvas with no size).
        markView('ready');
        return;
      }
      // React Flow's pan/zoom is ready after its own effects: place the view on the next frame.
      requestAnimationFrame(() => {
        void flow.setViewport({ x: target.x, y: target.y, zoom: target.zoom });
        store.getState().setViewport({ ...target, pane: size });
        // Tests wait for this before reading the viewport: the transform is on screen a frame later.
        requestAnimationFrame(() => {
          if (!opening.current) markView('ready');
        });
      });
      return;
    }
    if (revealing.current) reveal(revealing.current, layout);
  }, [done, layout, ready, store, flow, root, reveal, markView, corner]);

  const onMoveEnd = useCallback((_event: unknown, viewport: Viewport) => {
    if (!opening.current) store.getState().setViewport({ x: viewport.x, y: viewport.y, zoom: viewport.zoom, pane: sizeOf(root) });
  }, [store, root]);

  return {
    onMoveEnd,
    /** Selects from a click on the canvas: the clicked state is on screen already. */
    selectFromCanvas: (ids: string[]) => {
      fromCanvas.current = true;
      try {
        store.getState().select(ids);
      } finally {
        fromCanvas.current = false;
      }
    },
  };
}
