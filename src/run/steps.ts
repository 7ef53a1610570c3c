/**
 * Cursor moves over a history: the next or previous stop (a state transition, a failed attempt,
 * a retry, or the execution's end: the engine's own step rule), for Step / Step back in time travel.
 */
import { isStepStop as isStop } from '../interpreter/worker/stepStops';
import type { EventSource } from './eventLog';

/** Index of the next transition after `cursor`, or undefined at the end of the known history. */
export function nextTransition(events: EventSource, cursor: number): number | undefined {
  for (let i = cursor + 1; i < events.length; i++) if (isStop(events.at(i)!)) return i;
  return undefined;
}

/** Index of the previous transition before `cursor` (0 when there is none). */
export function previousTransition(events: EventSource, cursor: number): number {
  for (let i = Math.min(cursor, events.length) - 1; i > 0; i--) if (isStop(events.at(i)!)) return i;
  return 0;
}

/** The state the run is at after event `index`: the event's own state, else the last one before it. */
export function stateAtEvent(events: EventSource, index: number): string | undefined {
  for (let i = Math.min(index, events.length - 1); i >= 0; i--) {
    const path = events.at(i)!.studio?.path;
    if (path) return path;
  }
  return undefined;
}
