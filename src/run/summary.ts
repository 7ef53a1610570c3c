/**
 * The summary of a run at a cursor, as on the console's execution page: status, simulated
 * duration, state transitions (and billable ones: retries count), error and output.
 */
import type { ExecutionStatus, HistoryEvent } from '../interpreter/types';
import { errorOf, eventKind, parsePayload, timeOf } from './events';
import { historyKey, type EventSource } from './eventLog';

export interface RunSummary {
  status: ExecutionStatus;
  startTime?: number;
  endTime?: number;
  /** Simulated milliseconds from the start to the cursor (or the end). */
  durationMs: number;
  /** States entered. */
  transitions: number;
  /** Retries (each is billed as one more transition on Standard workflows). */
  retries: number;
  events: number;
  input?: unknown;
  output?: unknown;
  error?: string;
  cause?: string;
}

const END_STATUS: Record<string, ExecutionStatus> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionAborted: 'ABORTED',
  ExecutionTimedOut: 'TIMED_OUT',
};

/**
 * The summary folded event by event, resumable: a live run's history only grows, so each batch
 * costs its own events, not the whole history. `value()` keeps its identity until an event changes it.
 */
export class SummaryFold {
  /** Index of the next event to read. */
  position = 0;
  private state: RunSummary = { status: 'RUNNING', durationMs: 0, transitions: 0, retries: 0, events: 0 };
  private failedPaths = new Set<string>();
  private shown: RunSummary | undefined;

  /** An independent copy at the same position. */
  clone(): SummaryFold {
    const copy = new SummaryFold();
    copy.position = this.position;
    copy.state = { ...this.state };
    copy.failedPaths = new Set(this.failedPaths);
    return copy;
  }

  /** Reads `events[position..cursor]`. */
  advance(events: EventSource, cursor = events.length - 1): this {
    const summary = this.state;
    const last = Math.min(cursor, events.length - 1);
    for (let i = this.position; i <= last; i++) {
      const event = events.at(i);
      if (!event) continue;
      const time = timeOf(event);
      summary.startTime ??= time;
      summary.endTime = time;
      const kind = eventKind(event.type);
      if (kind.entered) summary.transitions++;
      else if (kind.attemptFailure) this.failedPaths.add(attemptKey(event));
      else if (kind.attemptStart && this.failedPaths.size > 0 && this.failedPaths.delete(attemptKey(event))) summary.retries++;
      if (event.type === 'ExecutionStarted') summary.input = parsePayload(event.executionStartedEventDetails?.input);
      const status = END_STATUS[event.type];
      if (status) {
        summary.status = status;
        if (event.type === 'ExecutionSucceeded') summary.output = parsePayload(event.executionSucceededEventDetails?.output);
        const failure = errorOf(event);
        if (failure?.error !== undefined) summary.error = failure.error;
        if (failure?.cause !== undefined) summary.cause = failure.cause;
      }
    }
    if (last + 1 > this.position) {
      this.position = last + 1;
      this.shown = undefined;
    }
    return this;
  }

  /** The summary of the events read so far. */
  value(): RunSummary {
    if (!this.shown) {
      const s = this.state;
      s.events = this.position;
      s.durationMs = s.startTime !== undefined && s.endTime !== undefined ? s.endTime - s.startTime : 0;
      this.shown = { ...s };
    }
    return this.shown;
  }
}

function attemptKey(event: HistoryEvent): string {
  return `${event.studio?.path ?? ''}#${event.studio?.iteration?.join('.') ?? ''}`;
}

/** Summarises `events[0..cursor]`. */
export function summarize(events: EventSource, cursor = events.length - 1): RunSummary {
  return new SummaryFold().advance(events, cursor).value();
}

const folds = new WeakMap<object, SummaryFold>();

/**
 * The summary of a whole history, folded on from where the previous call stopped (one fold per
 * history: a later version of an event log goes on from an earlier one's position).
 */
export function summaryOfHistory(events: EventSource): RunSummary {
  const key = historyKey(events);
  let fold = folds.get(key);
  if (!fold || fold.position > events.length) {
    fold = new SummaryFold();
    folds.set(key, fold);
  }
  return fold.advance(events).value();
}

/**
 * How a failure reads: "Error: cause", or whichever of the two exists (a Stop records a cause
 * only; StopExecution's error and cause are both optional). Never an empty name before ": ".
 */
export function failureText(error: string | undefined, cause: string | undefined, status?: string): string {
  const name = error?.trim() ? error : undefined;
  const why = cause?.trim() ? cause : undefined;
  if (name && why) return `${name}: ${why}`;
  return name ?? why ?? (status === 'ABORTED' ? 'Stopped' : status === 'TIMED_OUT' ? 'Timed out' : 'Failed');
}
