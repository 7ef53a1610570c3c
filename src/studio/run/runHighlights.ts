/**
 * The canvas's run colours (statuses, taken edges, current and diverged state), selected from the
 * run store: a derivation of the open run's history at the cursor, read by the canvas itself.
 * Nothing copies it into another store.
 */
import { useMemo } from 'react';
import { sameRunView } from '../../run/sameRunView';
import type { RunHighlightsSource, RunView } from '../../run/runViewTypes';
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

/**
 * The highlights as an external store the canvas subscribes to. Run mode hands it to the canvas,
 * so the canvas (part of the first paint) imports nothing of the run layer or the engine.
 */
export function runHighlightsSource(session: RunSession): RunHighlightsSource {
  const select = runHighlightsSelector(session);
  return {
    subscribe: (listener) => session.store.subscribe(listener),
    get: () => select(session.store.getState()),
  };
}

/** {@link runHighlightsSource} of the current studio's run session. */
export function useRunHighlightsSource(): RunHighlightsSource {
  const session = useRunSession();
  return useMemo(() => runHighlightsSource(session), [session]);
}
