/**
 * How much payload text a run's history holds: the characters of the strings in its events'
 * details (inputs, outputs, parameters, results, errors, causes). A page holds each history
 * several times over in parsed events, data-flow stages and derivations (about 4–5 bytes of heap
 * per payload character in the run-store bench), so this is what a memory budget for kept
 * histories counts: the event count alone says nothing (25,000 small events are a few MB,
 * 25,000 events with 2 KB results are ~200 MB).
 */
import type { HistoryEvent } from '../interpreter/types';
import type { EventSource } from './eventLog';

/** Weights of histories already counted (a version of a log never changes, see EventLog). */
const counted = new WeakMap<EventSource, number>();

/** The payload characters of one event (strings directly in its `…EventDetails` objects). */
export function eventChars(event: HistoryEvent): number {
  let chars = 0;
  for (const key in event) {
    if (!key.endsWith('EventDetails')) continue;
    const details = (event as unknown as Record<string, unknown>)[key];
    if (details === null || typeof details !== 'object') continue;
    for (const value of Object.values(details)) if (typeof value === 'string') chars += value.length;
  }
  return chars;
}

/** The payload characters of a whole history (memoised per version). */
export function historyChars(events: EventSource): number {
  const known = counted.get(events);
  if (known !== undefined) return known;
  let chars = 0;
  for (let i = 0; i < events.length; i++) chars += eventChars(events.at(i)!);
  counted.set(events, chars);
  return chars;
}
