import { describe, expect, it } from 'vitest';
import { createDebouncer, type Timers } from './debounce';

/** A manual clock: timers fire only when the test advances time. */
function fakeTimers() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const api: Timers = {
    set: (callback, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clear: (handle) => void timers.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...timers]) if (t.at <= now) {
      timers.delete(id);
      t.callback();
    }
  };
  return { api, advance, count: () => timers.size };
}

describe('createDebouncer', () => {
  it('reports once, after the last of a burst of keystrokes', () => {
    const clock = fakeTimers();
    let calls = 0;
    const d = createDebouncer(() => calls++, 250, clock.api);
    for (let i = 0; i < 10; i++) {
      d.schedule();
      clock.advance(100);
    }
    expect(calls).toBe(0);
    clock.advance(150);
    expect(calls).toBe(1);
    expect(d.pending).toBe(false);
    expect(clock.count()).toBe(0);
  });

  it('flush reports a pending change at once and only once', () => {
    const clock = fakeTimers();
    let calls = 0;
    const d = createDebouncer(() => calls++, 250, clock.api);
    d.flush();
    expect(calls).toBe(0);
    d.schedule();
    d.flush();
    expect(calls).toBe(1);
    clock.advance(1000);
    expect(calls).toBe(1);
  });

  it('cancel drops a pending change', () => {
    const clock = fakeTimers();
    let calls = 0;
    const d = createDebouncer(() => calls++, 250, clock.api);
    d.schedule();
    d.cancel();
    clock.advance(1000);
    expect(calls).toBe(0);
    expect(d.pending).toBe(false);
  });
});
