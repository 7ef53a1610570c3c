/**
 * The summary of a run at a cursor, as on the console's execution page: status, simulated
 * duration, state transitions (and billable ones: retries count), error and output.
 */
import type { ExecutionStatus, HistoryEvent } from '../../../interpreter/types';
import { detailsOf, errorOf, isAttemptFailure, isAttemptStart, isEntered, parsePayload, timeOf } from './events';

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

/** Summarises `events[0..cursor]`. */
export function summarize(events: readonly HistoryEvent[], cursor = events.length - 1): RunSummary {
  const last = Math.min(cursor, events.length - 1);
  const summary: RunSummary = { status: 'RUNNING', durationMs: 0, transitions: 0, retries: 0, events: last + 1 };
  const failedPaths = new Set<string>();
  for (let i = 0; i <= last; i++) {
    const event = events[i];
    if (!event) continue;
    const time = timeOf(event);
    summary.startTime ??= time;
    summary.endTime = time;
    const key = `${event.studio?.path ?? ''}#${event.studio?.iteration?.join('.') ?? ''}`;
    if (isEntered(event)) summary.transitions++;
    else if (isAttemptFailure(event)) failedPaths.add(key);
    else if (isAttemptStart(event) && failedPaths.delete(key)) summary.retries++;
    if (event.type === 'ExecutionStarted') summary.input = parsePayload(detailsOf(event)?.['input']);
    const status = END_STATUS[event.type];
    if (status) {
      summary.status = status;
      if (status === 'SUCCEEDED') summary.output = parsePayload(detailsOf(event)?.['output']);
      const failure = errorOf(event);
      if (failure?.error !== undefined) summary.error = failure.error;
      if (failure?.cause !== undefined) summary.cause = failure.cause;
    }
  }
  summary.durationMs = summary.startTime !== undefined && summary.endTime !== undefined ? summary.endTime - summary.startTime : 0;
  return summary;
}
