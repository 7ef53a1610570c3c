/**
 * Layout as a cache keyed by structure: a new layout runs only when the structural key changes
 * (never for a field edit); until it arrives the previous positions stay on screen.
 */
import { useEffect, useRef, useState } from 'react';
import type { CollapseOverrides, GraphLayout, WorkflowGraph } from '../../graph';
import { layoutEngine } from './elk';

export interface LayoutState {
  layout: GraphLayout | undefined;
  /** The layout on screen matches the current structure. */
  done: boolean;
  /** When the current layout was requested (performance.now()). */
  requestedAt: number;
  /** How many layouts finished (tests wait on it). */
  count: number;
}

export function useCanvasLayout(graph: WorkflowGraph, key: string, overrides: CollapseOverrides): LayoutState {
  const [result, setResult] = useState<{ key: string; layout: GraphLayout; requestedAt: number; count: number } | null>(null);
  const latest = useRef({ graph, overrides });
  latest.current = { graph, overrides };
  useEffect(() => {
    const requestedAt = performance.now();
    let cancelled = false;
    const { graph: g, overrides: o } = latest.current;
    layoutEngine.layout(g, { overrides: o }).then(
      (layout) => {
        if (!cancelled) setResult((prev) => ({ key, layout, requestedAt, count: (prev?.count ?? 0) + 1 }));
      },
      (error: unknown) => {
        // Keep the last good picture; the engine already falls back per scope.
        console.warn('Layout failed', error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key]);
  return { layout: result?.layout, done: result?.key === key, requestedAt: result?.requestedAt ?? 0, count: result?.count ?? 0 };
}
