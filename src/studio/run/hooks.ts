/** React access to the run session of the current studio, and the derived view of the open run. */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { nodeIdsOf } from '../../run/nodeIds';
import type { StateMachine } from '../../asl/types';
import type { RunCommands, RunRecord, RunState } from '../../store/runStore';
import { useStudioStore } from '../StudioContext';
import { runSessionFor, type RunSession } from './session';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { useFileSession } from '../files/FileSessionContext';
import type { Visit } from '../../run/visits';
import type { LiveDerived } from '../../run/live';
import type { EventLog } from '../../run/eventLog';

export function useRunSession(): RunSession {
  // The library (or the file session) keeps the open workflow's mocks and run settings.
  const workspace = useWorkspace();
  const fileSession = useFileSession();
  return runSessionFor(useStudioStore(), workspace ?? fileSession);
}

export function useRun<T>(selector: (state: RunState & RunCommands) => T): T {
  return useStore(useRunSession().store, selector);
}

export function useActiveRun(): RunRecord | undefined {
  return useRun((s) => s.runs.find((r) => r.id === s.activeId));
}

export interface RunData extends LiveDerived {
  run: RunRecord;
  /** The run's history (the version the store shows: `count` events). */
  events: EventLog;
  /** Events recorded so far. */
  count: number;
  /** Event index shown. */
  cursor: number;
  live: boolean;
  /** The visit Step details shows: the chosen one, else the one at the cursor. */
  focus: Visit | undefined;
}

export { nodeIdsOf };


const nodeIdsByDefinition = new WeakMap<StateMachine, readonly string[]>();

/** One node-id list per definition, so every reader hits the derivation's cache (keyed by identity). */
function nodeIdsFor(definition: StateMachine): readonly string[] {
  let ids = nodeIdsByDefinition.get(definition);
  if (!ids) nodeIdsByDefinition.set(definition, (ids = nodeIdsOf(definition)));
  return ids;
}

/**
 * Everything the panels show of `run` at the store's cursor. Incremental: a live run's new batch
 * costs its own events (see src/run/live.ts), folded by the session frame by frame (see frameInbox.ts).
 */
export function deriveRunData(session: RunSession, run: RunRecord, state: Pick<RunState, 'cursor' | 'iterations' | 'selectedVisit'>): RunData {
  const count = run.events.length;
  const cursor = state.cursor === null ? count - 1 : Math.min(state.cursor, count - 1);
  // The live end is folded by the session as events arrive (it may be a frame ahead of `count`).
  let deriver = session.liveRun(run);
  if (cursor < count - 1) {
    // Time travel: forward moves advance, backward ones resume from the nearest checkpoint.
    deriver = session.timeTravel(run).at(cursor);
  } else {
    deriver.advance(run.events, cursor);
  }
  const derived = deriver.derive(state.iterations, nodeIdsFor(run.definition));
  let focus: Visit | undefined;
  if (state.selectedVisit !== null) focus = deriver.visit(state.selectedVisit);
  else {
    const atCursor = deriver.visitsOfEvent(cursor);
    focus = atCursor.find((v) => v.path === derived.view.current) ?? derived.visits[derived.visits.length - 1];
  }
  return { ...derived, run, events: run.events, count, cursor, live: state.cursor === null, focus };
}

/** {@link deriveRunData} of `run`, recomputed when the run or the cursor, iterations or chosen visit change. */
export function useRunData(run: RunRecord | undefined): RunData | undefined {
  const cursor = useRun((s) => s.cursor);
  const iterations = useRun((s) => s.iterations);
  const selectedVisit = useRun((s) => s.selectedVisit);
  const session = useRunSession();
  return useMemo(() => (run ? deriveRunData(session, run, { cursor, iterations, selectedVisit }) : undefined), [run, cursor, iterations, selectedVisit, session]);
}
