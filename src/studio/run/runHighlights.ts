/**
 * The canvas's run colours (statuses, taken edges, current and diverged state), selected from the
 * run store: a derivation of the open run's history at the cursor, read by the canvas itself.
 * Nothing copies it into another store.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { sameRunView } from '../../run/sameRunView';
import type { RunView } from '../../run/runViewTypes';
import type { RunCommands, RunState } from '../../store/runStore';
import { deriveRunData, useRunSession } from './hooks';
import type { RunSession } from './session';

/**
 * A selector of the open run's highlights. It answers the same object while what the canvas shows
 * is the same (a streamed batch inside one state re-renders nothing).
 */
export function runHighlightsSelector(session: RunSession): (state: RunState & RunCommands) => RunView | null {
  let shown: RunView | null = null;
  return (state) => {
    const run = state.runs.find((r) => r.id === state.activeId);
    let next: RunView | null = null;
    if (run && !run.released) {
      const { view, takenEdges } = deriveRunData(session, run, state);
      const diverged = run.recorded?.replay?.divergence?.statePath || undefined;
      next = { statuses: view.statuses, takenEdges, ...(view.current !== undefined ? { current: view.current } : {}), ...(diverged !== undefined ? { diverged } : {}) };
    }
    if (!sameRunView(shown, next)) shown = next;
    return shown;
  };
}

const NONE = (): null => null;

/** The open run's highlights when `enabled` (Run mode), else null. */
export function useRunHighlights(enabled: boolean): RunView | null {
  const session = useRunSession();
  const select = useMemo(() => (enabled ? runHighlightsSelector(session) : NONE), [enabled, session]);
  return useStore(session.store, select);
}
