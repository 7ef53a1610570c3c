/**
 * Test helpers: run a definition to its result and read events in the corpus's flattened form.
 */
import { startExecution } from '../execution';
import type { ExecutionOptions, ExecutionResult, HistoryEvent } from '../types';
import { flatten, type FlatEvent } from './conformance';

/** Runs to the end (simulated clock, fixed seed unless given). */
export function run(definition: unknown, input: unknown = {}, options: ExecutionOptions = {}): Promise<ExecutionResult> {
  return startExecution(definition, input, { seed: 7, ...options }).result;
}

/** `type` or `type:name` per event, for compact sequence assertions. */
export function eventLabels(result: ExecutionResult): string[] {
  return result.events.map((e) => {
    const f = flatten(e);
    return typeof f.name === 'string' ? `${f.type}:${f.name}` : f.type;
  });
}

export function flatEvents(result: ExecutionResult): FlatEvent[] {
  return result.events.map(flatten);
}

/**
 * The pauses of an execution, to wait for one without polling: pass `onPause` in the options,
 * then `await next()` (a pause that came before anyone waited is kept for the next `next()`).
 */
export function pauseSignal(): { onPause: () => void; next(): Promise<void> } {
  let unclaimed = 0;
  let waiters: (() => void)[] = [];
  return {
    onPause: () => {
      if (waiters.length === 0) unclaimed += 1;
      const wake = waiters;
      waiters = [];
      for (const resolve of wake) resolve();
    },
    next: () => {
      if (unclaimed > 0) {
        unclaimed -= 1;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}

/** Resolves with the first event recorded that `matches` (pass `onEvent` in the options). */
export function eventSignal(matches: (event: HistoryEvent) => boolean): { onEvent: (event: HistoryEvent) => void; seen: HistoryEvent[]; reached: Promise<HistoryEvent> } {
  const seen: HistoryEvent[] = [];
  let resolve!: (event: HistoryEvent) => void;
  const reached = new Promise<HistoryEvent>((r) => (resolve = r));
  return {
    seen,
    reached,
    onEvent: (event) => {
      seen.push(event);
      if (matches(event)) resolve(event);
    },
  };
}
