import { describe, expect, it } from 'vitest';
import { isSimulated, realClock, simulatedClock } from './clock';
import { startExecution } from '../interpreter';

describe('simulatedClock', () => {
  it('fires timers in due order, same-instant ones in the order set, and only when advanced', () => {
    const clock = simulatedClock(1000);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push(`b@${clock.now()}`), 20);
    clock.setTimeout(() => fired.push(`a@${clock.now()}`), 10);
    clock.setTimeout(() => fired.push(`c@${clock.now()}`), 20);
    const cleared = clock.setTimeout(() => fired.push('never'), 15);
    clock.clearTimeout(cleared);
    expect(clock.pending).toBe(3);
    clock.advance(9);
    expect(fired).toEqual([]);
    expect(clock.now()).toBe(1009);
    clock.advance(11);
    expect(fired).toEqual(['a@1010', 'b@1020', 'c@1020']);
    expect(clock.pending).toBe(0);
    expect(clock.fireNext()).toBe(false);
  });

  it('fireNext jumps to the next timer; runAll drains timers that arm timers', () => {
    const clock = simulatedClock(0);
    let ticks = 0;
    const tick = () => {
      ticks += 1;
      if (ticks < 5) clock.setTimeout(tick, 1000);
    };
    clock.setTimeout(tick, 1000);
    expect(clock.fireNext()).toBe(true);
    expect(clock.now()).toBe(1000);
    clock.runAll();
    expect(ticks).toBe(5);
    expect(clock.now()).toBe(5000);
  });

  it('is told apart from the real clock', () => {
    expect(isSimulated(simulatedClock())).toBe(true);
    expect(isSimulated(realClock)).toBe(false);
  });
});

describe('ExecutionOptions.clock', () => {
  const wait = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3600, End: true } } };

  it('a simulated Clock object dates the history and is jumped over a one-hour Wait', async () => {
    const clock = simulatedClock(Date.UTC(2024, 0, 1));
    const result = await startExecution(wait, {}, { clock }).result;
    expect(result.status).toBe('SUCCEEDED');
    expect(clock.now()).toBe(Date.UTC(2024, 0, 1) + 3_600_000);
    expect(result.events[0]!.timestamp).toBe('2024-01-01T00:00:00.000Z');
    expect(result.events[result.events.length - 1]!.timestamp).toBe('2024-01-01T01:00:00.000Z');
  });

  it('still accepts the deprecated strings', async () => {
    const start = Date.UTC(2024, 0, 1);
    const result = await startExecution(wait, {}, { clock: 'simulated', startTime: start }).result;
    expect(result.stopTime - result.startTime).toBe(3_600_000);
  });

  it('a non-simulated Clock really arms its timers (here a manual one the test drives)', async () => {
    const manual = simulatedClock(0);
    // Hide `simulated`: the interpreter then treats it like the real clock and waits for it.
    const external = { now: () => manual.now(), setTimeout: manual.setTimeout, clearTimeout: manual.clearTimeout };
    const execution = startExecution({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 5, End: true } } }, {}, { clock: external });
    let done = false;
    void execution.result.then(() => (done = true));
    await until(() => manual.pending === 1);
    expect(done).toBe(false);
    manual.advance(5000);
    const result = await execution.result;
    expect(result.status).toBe('SUCCEEDED');
    expect(result.stopTime).toBe(5000);
  });
});

/** Lets the engine's own turns run until `ready` holds (bounded by turns, not by time). */
async function until(ready: () => boolean, turns = 1000): Promise<void> {
  for (let i = 0; i < turns && !ready(); i++) await new Promise<void>((resolve) => setImmediate(resolve));
  expect(ready()).toBe(true);
}
