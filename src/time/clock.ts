/**
 * Injected time. Everything that reads the time or arms a timer (the interpreter, the workspace's
 * autosave, the document store's undo timestamps) takes a `Clock`, so tests drive time instead of
 * waiting for it and never depend on how fast the machine is.
 */

/** An opaque timer handle, as returned by `Clock.setTimeout`. */
export type TimerHandle = unknown;

export interface Clock {
  /** Current time in ms since the epoch. */
  now(): number;
  /** Calls `callback` once, `ms` milliseconds from now (on this clock). */
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/**
 * A clock whose time moves only when asked: `advance` moves it by a duration, `fireNext` jumps to
 * the earliest pending timer. Timers due at the same instant fire in the order they were set.
 * The interpreter jumps it whenever an execution has nothing else to do, so a one-hour Wait takes
 * no real time.
 */
export interface SimulatedClock extends Clock {
  readonly simulated: true;
  /** Timers armed and not yet fired or cleared. */
  readonly pending: number;
  /** Moves time to the earliest pending timer and fires it; false when there is none. */
  fireNext(): boolean;
  /** Moves time forward by `ms`, firing every timer that falls due meanwhile, in order. */
  advance(ms: number): void;
  /** Moves time forward, firing due timers, until none is pending (at most `limit` timers). */
  runAll(limit?: number): void;
}

/** The host's clock: `Date.now()` and the global timers. */
export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

interface Timer {
  at: number;
  seq: number;
  callback: () => void;
  cleared: boolean;
}

/** A simulated clock starting at `start` (ms since the epoch; default: the real time now). */
export function simulatedClock(start: number = Date.now()): SimulatedClock {
  let time = start;
  let seq = 0;
  let live = 0;
  const heap: Timer[] = [];

  const fireNext = (): boolean => {
    for (;;) {
      const timer = pop(heap);
      if (!timer) return false;
      if (timer.cleared) continue;
      live -= 1;
      if (timer.at > time) time = timer.at;
      timer.callback();
      return true;
    }
  };

  return {
    simulated: true,
    now: () => time,
    get pending() {
      return live;
    },
    setTimeout(callback, ms) {
      const timer: Timer = { at: time + Math.max(0, ms || 0), seq: seq++, callback, cleared: false };
      push(heap, timer);
      live += 1;
      return timer;
    },
    clearTimeout(handle) {
      const timer = handle as Timer | undefined;
      if (!timer || typeof timer !== 'object' || timer.cleared) return;
      timer.cleared = true;
      live -= 1;
    },
    fireNext,
    advance(ms) {
      const until = time + ms;
      for (;;) {
        const next = peekLive(heap);
        if (!next || next.at > until) break;
        fireNext();
      }
      if (until > time) time = until;
    },
    runAll(limit = 100_000) {
      for (let i = 0; i < limit && fireNext(); i++) { /* fire in due order */ }
    },
  };
}

/** True for a clock that only moves when asked (the interpreter then jumps it when idle). */
export function isSimulated(clock: Clock): clock is SimulatedClock {
  return (clock as Partial<SimulatedClock>).simulated === true;
}

function peekLive(heap: Timer[]): Timer | undefined {
  while (heap.length > 0 && heap[0]!.cleared) pop(heap);
  return heap[0];
}

// A binary min-heap ordered by due time, then by insertion.
function less(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

function push(h: Timer[], timer: Timer): void {
  h.push(timer);
  let i = h.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!less(h[i]!, h[p]!)) break;
    [h[i], h[p]] = [h[p]!, h[i]!];
    i = p;
  }
}

function pop(h: Timer[]): Timer | undefined {
  const top = h[0];
  const last = h.pop();
  if (h.length > 0 && last) {
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && less(h[l]!, h[m]!)) m = l;
      if (r < h.length && less(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
  return top;
}
