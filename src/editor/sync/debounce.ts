/**
 * Debounce policy for code → store sync: keystrokes are coalesced and reported once typing pauses,
 * so the graph follows the text without re-parsing on every key. `flush()` reports at once (the
 * editor calls it on blur and before unmount, so no typed text is ever lost).
 */

/** Delay between the last keystroke and `store.setText` (ms). */
export const CODE_SYNC_DELAY_MS = 250;

/** Timer functions, injectable so tests run without real time. */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface Debouncer {
  /** (Re)starts the wait; the callback runs `delay` ms after the last call. */
  schedule(): void;
  /** Runs the callback now if a call is pending. */
  flush(): void;
  /** Drops a pending call. */
  cancel(): void;
  readonly pending: boolean;
}

export function createDebouncer(callback: () => void, delay: number = CODE_SYNC_DELAY_MS, timers: Timers = realTimers): Debouncer {
  let handle: unknown;
  let pending = false;
  const run = () => {
    pending = false;
    handle = undefined;
    callback();
  };
  return {
    schedule() {
      if (pending) timers.clear(handle);
      pending = true;
      handle = timers.set(run, delay);
    },
    flush() {
      if (!pending) return;
      timers.clear(handle);
      run();
    },
    cancel() {
      if (!pending) return;
      timers.clear(handle);
      pending = false;
      handle = undefined;
    },
    get pending() {
      return pending;
    },
  };
}
