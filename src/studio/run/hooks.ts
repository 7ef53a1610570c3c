/** React access to the run session of the current studio, and the derived view of the open run. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { nodeIdsOf } from './derive/nodeIds';
import type { HistoryEvent } from '../../interpreter/types';
import type { RunCommands, RunRecord, RunState } from '../../store/runStore';
import { useStudioStore } from '../StudioContext';
import { runSessionFor, type RunSession } from './session';
import { VisitBuilder, type Visit } from './derive/visits';
import { deriveRunView, inShownIterations, mapPathsOf, type RunSnapshotView } from './derive/runView';
import { summarize, type RunSummary } from './derive/summary';
import { takenEdgeIds } from './derive/edges';

export function useRunSession(): RunSession {
  return runSessionFor(useStudioStore());
}

export function useRun<T>(selector: (state: RunState & RunCommands) => T): T {
  return useStore(useRunSession().store, selector);
}

export function useActiveRun(): RunRecord | undefined {
  return useRun((s) => s.runs.find((r) => r.id === s.activeId));
}

/**
 * The value, at most every `ms` while it keeps changing (a live run streams many batches; the
 * derivations over a long history should not run for each one).
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = last.current + ms - performance.now();
    if (wait <= 0) {
      last.current = performance.now();
      setShown(value);
      return undefined;
    }
    const timer = setTimeout(() => {
      last.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return shown;
}

export interface RunData {
  run: RunRecord;
  events: HistoryEvent[];
  /** Event index shown. */
  cursor: number;
  live: boolean;
  visits: Visit[];
  /** Visits of the shown Map iterations. */
  shown: Visit[];
  view: RunSnapshotView;
  takenEdges: string[];
  summary: RunSummary;
  /** The visit Step details shows: the chosen one, else the one at the cursor. */
  focus: Visit | undefined;
}

export { nodeIdsOf };

/** Everything the panels show of a run at the cursor (pure derivations, memoised). */
export function useRunData(run: RunRecord | undefined): RunData | undefined {
  const cursorSetting = useRun((s) => s.cursor);
  const chosen = useRun((s) => s.iterations);
  const selected = useRun((s) => s.selectedVisit);
  const streaming = run !== undefined && run.outcome === undefined && run.crash === undefined;
  const total = run?.eventCount ?? 0;
  // Long live histories are derived less often so the page keeps its frame rate.
  const throttled = useThrottled(total, !streaming ? 0 : total > 100_000 ? 1000 : total > 20_000 ? 400 : 120);
  const count = streaming ? throttled : total;
  const all = run?.events;
  const events = useMemo(() => (all ? all.slice(0, count) : EMPTY), [all, count]);
  const cursor = cursorSetting === null ? events.length - 1 : Math.min(cursorSetting, events.length - 1);
  const definition = run?.definition;
  const nodeIds = useMemo(() => (definition ? nodeIdsOf(definition) : []), [definition]);
  // A live run advances one builder over the append-only history; moving the cursor back rebuilds.
  const builder = useRef<{ source: readonly HistoryEvent[]; builder: VisitBuilder } | null>(null);
  const visits = useMemo(() => {
    if (!all) return [];
    let current = builder.current;
    if (!current || current.source !== all || current.builder.position > cursor + 1) {
      current = { source: all, builder: new VisitBuilder() };
      builder.current = current;
    }
    return current.builder.advance(all, cursor).visits();
  }, [all, cursor]);
  const view = useMemo(() => deriveRunView(visits, events, cursor, nodeIds, chosen), [visits, events, cursor, nodeIds, chosen]);
  const shown = useMemo(() => {
    const maps = mapPathsOf(visits);
    return visits.filter((v) => inShownIterations(v, maps, view.iterations));
  }, [visits, view.iterations]);
  const takenEdges = useMemo(() => (definition ? takenEdgeIds(definition, shown, view.transitions) : []), [definition, shown, view.transitions]);
  const summary = useMemo(() => summarize(events, cursor), [events, cursor]);
  const focus = useMemo(() => {
    if (selected !== null) return visits[selected];
    let found: Visit | undefined;
    for (const v of visits) if (v.eventIndexes.includes(cursor) || v.enteredIndex <= cursor) found = v;
    return visits.find((v) => v.eventIndexes.includes(cursor) && v.path === view.current) ?? found;
  }, [selected, visits, cursor, view.current]);
  const live = cursorSetting === null;
  // One object per change of what is shown, so memoised panels skip renders caused by other updates.
  return useMemo(() => (run ? { run, events, cursor, live, visits, shown, view, takenEdges, summary, focus } : undefined),
    [run, events, cursor, live, visits, shown, view, takenEdges, summary, focus]);
}

const EMPTY: HistoryEvent[] = [];
