/**
 * Controls of the open run: run to end, pause, step to the next transition, step back, stop,
 * and a scrubber over the whole history (time travel). Steps move through the recorded history
 * first, and ask the engine for more only at its live end. Each of these moves is the user's own
 * navigation, so the state it lands on is brought into the canvas view; a run left to run (live,
 * or Run to end) never pulls the view along.
 */
import { memo, useEffect, useRef } from 'react';
import { Pause, Play, Square, StepBack, StepForward } from 'lucide-react';
import { useRunSession, useRun, type RunData } from './hooks';
import { nextTransition, previousTransition, stateAtEvent } from '../../run/steps';
import { useStudio } from '../StudioContext';
import { stateLabelOf } from '../../run/events';
import { SaveAsTestCase } from '../tests/SaveAsTestCase';

export const RunControls = memo(function RunControls({ data }: { data: RunData }) {
  const session = useRunSession();
  const setCursor = useRun((s) => s.setCursor);
  const reveal = useStudio((s) => s.reveal);
  const { run, events, count, cursor } = data;
  const live = session.isLive(run.id);
  const atEnd = cursor >= count - 1;
  const paused = live && run.paused;
  const event = events.at(cursor);
  // A Step at the live end: the engine answers later; its next stop is shown once it pauses there.
  const stepping = useRef<{ run: string; count: number } | null>(null);

  /** Moves the cursor (null: the live end) and brings the state there into view. */
  function show(index: number | null): void {
    stepping.current = null;
    setCursor(index);
    const path = stateAtEvent(events, index ?? count - 1);
    if (path) reveal(path);
  }

  function step(): void {
    const next = atEnd ? undefined : nextTransition(events, cursor);
    if (next !== undefined) {
      show(live && next === count - 1 ? null : next);
      return;
    }
    if (live && paused) {
      setCursor(null);
      stepping.current = { run: run.id, count };
      session.step(run.id, 'transition');
    } else show(null);
  }

  useEffect(() => {
    const wanted = stepping.current;
    if (!wanted || wanted.run !== run.id || count <= wanted.count || (live && !paused)) return;
    stepping.current = null;
    const path = stateAtEvent(events, count - 1);
    if (path) reveal(path);
  }, [run.id, events, count, live, paused, reveal]);

  function runToEnd(): void {
    stepping.current = null;
    setCursor(null);
    if (paused) session.resume(run.id);
  }

  return (
    <div className="run-controls" data-testid="run-controls">
      <div className="run-row">
        <button type="button" data-testid="run-resume" onClick={runToEnd} disabled={!paused && atEnd}
          title="Run to the end (resume, and follow the live history)"><Play size={14} aria-hidden="true" /> Run to end</button>
        <button type="button" data-testid="run-pause" onClick={() => session.pause(run.id)} disabled={!live || paused}><Pause size={14} aria-hidden="true" /> Pause</button>
        <button type="button" data-testid="run-step-back" onClick={() => show(previousTransition(events, cursor))} disabled={cursor <= 0}
          title="Back to the previous state transition"><StepBack size={14} aria-hidden="true" /> Step back</button>
        <button type="button" data-testid="run-step" onClick={step} disabled={atEnd && !paused}
          title="Forward to the next state transition">Step <StepForward size={14} aria-hidden="true" /></button>
        <button type="button" data-testid="run-stop" onClick={() => session.stop(run.id)} disabled={!live}><Square size={13} aria-hidden="true" /> Stop</button>
      </div>
      <input type="range" className="run-scrubber" data-testid="run-scrubber" aria-label="Timeline" min={0} max={Math.max(0, count - 1)}
        value={Math.max(0, cursor)} disabled={count === 0}
        onChange={(e) => {
          const value = Number(e.target.value);
          show(value >= count - 1 ? null : value);
        }} />
      <div className="run-note" data-testid="run-cursor" data-cursor={cursor} data-live={data.live}>
        {count === 0 ? 'No events yet' : `Event ${cursor + 1} of ${count}: ${event?.type ?? ''}${event && stateLabelOf(event) ? ` · ${stateLabelOf(event)}` : ''}`}
        {paused ? ' · paused' : ''}
        {!data.live ? ' · time travel' : ''}
      </div>
      {!live && !run.recorded && run.status !== 'RUNNING' && (
        <div className="run-row"><SaveAsTestCase run={run} /></div>
      )}
    </div>
  );
});
