/**
 * A run's history as immutable versions of one append-only log. A live run streams hundreds of
 * batches: copying the array for each would make a 25,000-event run quadratic, and pushing into
 * one shared array changed what every holder of it saw, behind readers memoised on it. Here an
 * append returns a new version in amortised O(1) (the versions share one buffer, and a version
 * only ever reads below its own length, which appends never touch), so a version holds the same
 * events for as long as anyone keeps it.
 */
import type { HistoryEvent } from '../interpreter/types';

/** What the run derivations read: an array, or a version of a log. */
export interface EventSource {
  readonly length: number;
  at(index: number): HistoryEvent | undefined;
}

export class EventLog implements EventSource, Iterable<HistoryEvent> {
  private constructor(
    /** Shared by the versions of one history; entries below any version's length never change. */
    private readonly buffer: HistoryEvent[],
    readonly length: number,
  ) {}

  /** A new history with no events yet (each its own: caches key on the history). */
  static empty(): EventLog {
    return new EventLog([], 0);
  }

  /**
   * A history holding `events`, which it takes over: the caller does not change the array after
   * (a whole history read from a file or a finished run). Its key is the array's, so what was
   * folded from the array before is found again.
   */
  static of(events: readonly HistoryEvent[]): EventLog {
    return new EventLog(events as HistoryEvent[], events.length);
  }

  /**
   * The same history for every version of it: caches that fold a history incrementally key on
   * this and read each version up to its length.
   */
  get history(): object {
    return this.buffer;
  }

  /** This version with `events` after it. */
  append(events: readonly HistoryEvent[]): EventLog {
    if (events.length === 0) return this;
    // Another version already appended past this one: this one goes on as a history of its own.
    const buffer = this.buffer.length === this.length ? this.buffer : this.buffer.slice(0, this.length);
    for (const event of events) buffer.push(event);
    return new EventLog(buffer, buffer.length);
  }

  at(index: number): HistoryEvent | undefined {
    const i = index < 0 ? this.length + index : index;
    return i >= 0 && i < this.length ? this.buffer[i] : undefined;
  }

  /** The index of the first event that matches, or -1. */
  findIndex(match: (event: HistoryEvent) => boolean): number {
    for (let i = 0; i < this.length; i++) if (match(this.buffer[i]!)) return i;
    return -1;
  }

  /** The events of this version as a new array. */
  toArray(): HistoryEvent[] {
    return this.buffer.slice(0, this.length);
  }

  *[Symbol.iterator](): Iterator<HistoryEvent> {
    for (let i = 0; i < this.length; i++) yield this.buffer[i]!;
  }
}

/** The key a cache of incremental folds uses for `events` (one per history, whatever the version). */
export function historyKey(events: EventSource): object {
  return events instanceof EventLog ? events.history : events;
}
