/** React access to the run session of the current studio, and the derived view of the open run. */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { nodeIdsOf } from '../../run/nodeIds';
import type { HistoryEvent } from '../../interpreter/types';
import type { RunCommands, RunRecord, RunState } from '../../store/runStore';
import { useStudioStore } from '../StudioContext';
import { runSessionFor, type RunSession } from './session';
import type { Visit } from '../../run/visits';
import type { LiveDerived } from '../../run/live';

export function useRunSession(): RunSession {
  return runSessionFor(useStudioStore());
}

export function useRun<T>(selector: (state: RunState & RunCommands) => T): T {
  return useStore(useRunSession().store, selector);
}

export function useActiveRun(): RunRecord | undefined {
  return useRun((s) => s.runs.find((r) => r.id === s.activeId));
}

export interface RunData extends LiveDerived {
  run: RunRecord;
  /** The run's history (append-only; read it up to `count`). */
  events: readonly HistoryEvent[];
  /** Events recorded so far. */
  count: number;
  /** Event index shown. */
  cursor: number;
  live: boolean;
  /** The visit Step details shows: the chosen one, else the one at the cursor. */
  focus: Visit | undefined;
}

export { nodeIdsOf };


/**
 * Everything the panels show of a run at the cursor. Incremental: a live run's new batch costs
 * its own events (see src/run/live.ts), folded by the session frame by frame (see frameInbox.ts).
 */
export function useRunData(run: RunRecord | undefined): RunData | undefined {
  const cursorSetting = useRun((s) => s.cursor);
  const chosen = useRun((s) => s.iterations);
  const selected = useRun((s) => s.selectedVisit);
  const definition = run?.definition;
  const nodeIds = useMemo(() => (definition ? nodeIdsOf(definition) : []), [definition]);
  const session = useRunSession();
  return useMemo(() => {
    if (!run) return undefined;
    const count = run.eventCount;
    const cursor = cursorSetting === null ? count - 1 : Math.min(cursorSetting, count - 1);
    // The live end is folded by the session as events arrive (it may be a frame ahead of `count`).
    let deriver = session.liveRun(run);
    if (cursor < count - 1) {
      // Time travel: forward moves advance, backward ones resume from the nearest checkpoint.
      deriver = session.timeTravel(run).at(cursor);
    } else {
      deriver.advance(run.events, cursor);
    }
    const derived = deriver.derive(chosen, nodeIds);
    let focus: Visit | undefined;
    if (selected !== null) focus = deriver.visit(selected);
    else {
      const atCursor = deriver.visitsOfEvent(cursor);
      focus = atCursor.find((v) => v.path === derived.view.current) ?? derived.visits[derived.visits.length - 1];
    }
    return { ...derived, run, events: run.events, count, cursor, live: cursorSetting === null, focus };
  }, [run, cursorSetting, chosen, selected, nodeIds, session]);
}
