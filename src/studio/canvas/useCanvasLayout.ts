/**
 * Layout as a cache keyed by structure: a new layout runs only when the structural key changes
 * (never for a field edit). Most layouts need no ELK (chains, cached scopes, segments the small
 * layered layout takes on) and are computed during the render itself, so the new document and
 * its positions reach the screen in one commit; otherwise ELK runs in its worker and, until it
 * answers, the previous positions stay on screen.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
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

interface Result {
  key: string;
  layout: GraphLayout;
  requestedAt: number;
}

export function useCanvasLayout(graph: WorkflowGraph, key: string, overrides: CollapseOverrides): LayoutState {
  const latest = useRef({ graph, overrides });
  latest.current = { graph, overrides };
  // Only the key matters: equal keys guarantee an identical layout.
  const immediate = useMemo((): Result | undefined => {
    const requestedAt = performance.now();
    const layout = layoutEngine.layoutNow(latest.current.graph, { overrides: latest.current.overrides });
    return layout && { key, layout, requestedAt };
  }, [key]);

  const [later, setLater] = useState<Result | null>(null);
  useEffect(() => {
    if (immediate) return undefined;
    const requestedAt = performance.now();
    let cancelled = false;
    const { graph: g, overrides: o } = latest.current;
    layoutEngine.layout(g, { overrides: o }).then(
      (layout) => {
        if (!cancelled) setLater({ key, layout, requestedAt });
      },
      (error: unknown) => {
        // Keep the last good picture; the engine already falls back per scope.
        console.warn('Layout failed', error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, immediate]);

  const current = immediate ?? (later?.key === key ? later : undefined);
  // The last finished layout stays on screen while the next one is computed.
  const shown = useRef<Result | undefined>(undefined);
  const count = useRef(0);
  if (current && current !== shown.current) {
    shown.current = current;
    count.current += 1;
  }
  const result = shown.current;
  return { layout: result?.layout, done: result?.key === key, requestedAt: result?.requestedAt ?? 0, count: count.current };
}
