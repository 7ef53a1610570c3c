/**
 * The worker client in Node: no `Worker` global, so runs go in-thread through the same RunHost
 * the worker uses; fake workers check the fallback and the terminate-on-stop path.
 */
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../../asl/types';
import type { HistoryEvent } from '../types';
import { startRun, type EventBatch, type RunCallbacks } from './client';
import type { RunOutcome, RunSnapshot } from './protocol';

/** Records what a run reports and lets a test wait for a condition on it. */
function recorder() {
  const events: HistoryEvent[] = [];
  const batches: number[] = [];
  let snapshot: RunSnapshot | undefined;
  let outcome: RunOutcome | undefined;
  let error: string | undefined;
  const waiters: { test: () => boolean; resolve: () => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) if (w.test()) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  const callbacks: RunCallbacks = {
    onEvents(batch, snap) {
      events.push(...batch);
      batches.push(batch.length);
      snapshot = snap;
      check();
    },
    onResult(o) {
      outcome = o;
      check();
    },
    onError(message) {
      error = message;
      check();
    },
  };
  return {
    callbacks, events, batches,
    snapshot: () => snapshot,
    outcome: () => outcome,
    error: () => error,
    until: (test: () => boolean) => new Promise<void>((resolve) => {
      if (test()) resolve();
      else waiters.push({ test, resolve });
    }),
  };
}

const PASSES: StateMachine = {
  StartAt: 'A',
  States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'C' }, C: { Type: 'Pass', End: true } },
};

const entered = (events: HistoryEvent[]) => events.filter((e) => e.type.endsWith('StateEntered')).map((e) => e.studio.path);

describe('startRun (in-thread)', () => {
  it('streams every event in order, then the result', async () => {
    const r = recorder();
    const handle = startRun(PASSES, { x: 1 }, {}, r.callbacks);
    await r.until(() => r.outcome() !== undefined);
    expect(handle.transport()).toBe('in-thread');
    expect(r.outcome()).toMatchObject({ status: 'SUCCEEDED', output: { x: 1 }, transitions: 3 });
    expect(r.events.map((e) => e.id)).toEqual(r.events.map((_, i) => i + 1));
    expect(r.events.at(-1)?.type).toBe('ExecutionSucceeded');
  });

  it('batches a long history instead of posting each event', async () => {
    const r = recorder();
    const map: StateMachine = { StartAt: 'M', States: { M: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } } } } };
    startRun(map, Array.from({ length: 2000 }, (_, i) => i), { maxEvents: 100_000 }, r.callbacks);
    await r.until(() => r.outcome() !== undefined);
    expect(r.outcome()?.status).toBe('SUCCEEDED');
    expect(r.events.length).toBeGreaterThan(8000);
    expect(r.batches.length).toBeLessThan(r.events.length / 100);
  });

  it('pauses on a breakpoint, steps one transition, then runs to the end', async () => {
    const r = recorder();
    const handle = startRun(PASSES, {}, { breakpoints: ['B'] }, r.callbacks);
    await r.until(() => r.snapshot()?.paused === true);
    expect(entered(r.events)).toEqual(['A', 'B']);
    handle.step('transition');
    await r.until(() => entered(r.events).length === 3 && r.snapshot()?.paused === true);
    expect(entered(r.events)).toEqual(['A', 'B', 'C']);
    handle.resume();
    await r.until(() => r.outcome() !== undefined);
    expect(r.outcome()?.status).toBe('SUCCEEDED');
  });

  it('stepping over a Task that retries stops at each failed attempt and each retry', async () => {
    const r = recorder();
    const def: StateMachine = {
      StartAt: 'T',
      States: {
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: [{ ErrorEquals: ['Boom'], MaxAttempts: 2 }], Next: 'P' },
        P: { Type: 'Pass', End: true },
      },
    };
    const mocks = { T: [{ Throw: { Error: 'Boom' } }, { Throw: { Error: 'Boom' } }, { Return: 1 }] };
    const handle = startRun(def, {}, { startPaused: true, mocks }, r.callbacks);
    await r.until(() => r.snapshot()?.paused === true);
    const seen: string[] = [];
    for (let i = 0; i < 7 && r.outcome() === undefined; i++) {
      const before = r.events.length;
      handle.step('transition');
      await r.until(() => r.outcome() !== undefined || (r.events.length > before && r.snapshot()?.paused === true));
      const last = r.events[r.events.length - 1]!;
      seen.push(`${last.type}${typeof last.studio.retryCount === 'number' ? `#${last.studio.retryCount}` : ''}`);
    }
    expect(seen.slice(0, 6)).toEqual([
      'TaskStateEntered', 'TaskFailed#0', 'TaskScheduled#1', 'TaskFailed#1', 'TaskScheduled#2', 'PassStateEntered',
    ]);
    handle.resume();
    await r.until(() => r.outcome() !== undefined);
    expect(r.outcome()?.status).toBe('SUCCEEDED');
  });

  it('applies breakpoints set while the run is paused', async () => {
    const r = recorder();
    const handle = startRun(PASSES, {}, { startPaused: true }, r.callbacks);
    await r.until(() => r.snapshot()?.paused === true);
    handle.setBreakpoints(['C']);
    handle.resume();
    await r.until(() => r.snapshot()?.paused === true && entered(r.events).includes('C'));
    expect(entered(r.events)).toEqual(['A', 'B', 'C']);
    handle.resume();
    await r.until(() => r.outcome() !== undefined);
  });

  it('waits for a callback task and finishes with the output sent', async () => {
    const r = recorder();
    const def: StateMachine = {
      StartAt: 'Approve',
      States: { Approve: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'Token.$': '$$.Task.Token' }, End: true } },
    };
    const handle = startRun(def, {}, {}, r.callbacks);
    await r.until(() => (r.snapshot()?.pendingCallbacks.length ?? 0) > 0);
    const pending = r.snapshot()!.pendingCallbacks[0]!;
    expect(pending.stateName).toBe('Approve');
    handle.sendTaskSuccess(pending.token, { approved: true });
    await r.until(() => r.outcome() !== undefined);
    expect(r.outcome()).toMatchObject({ status: 'SUCCEEDED', output: { approved: true } });
  });

  it('stops a paused run as ABORTED', async () => {
    const r = recorder();
    const handle = startRun(PASSES, {}, { breakpoints: ['B'] }, r.callbacks);
    await r.until(() => r.snapshot()?.paused === true);
    handle.stop();
    await r.until(() => r.outcome() !== undefined);
    expect(r.outcome()?.status).toBe('ABORTED');
    expect(r.events.at(-1)?.type).toBe('ExecutionAborted');
  });
});

/** A stand-in Worker: records posts; the test drives its callbacks. */
class FakeWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent<unknown>);
  }
  fail(message: string): void {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

describe('startRun (worker)', () => {
  it('falls back to this thread when the worker fails to load', async () => {
    const r = recorder();
    const fake = new FakeWorker();
    const handle = startRun(PASSES, {}, {}, r.callbacks, { createWorker: () => fake as unknown as Worker });
    expect(fake.posted[0]).toMatchObject({ kind: 'start' });
    fake.fail('Failed to fetch a dynamically imported module');
    await r.until(() => r.outcome() !== undefined);
    expect(fake.terminated).toBe(true);
    expect(handle.transport()).toBe('in-thread');
    expect(r.outcome()?.status).toBe('SUCCEEDED');
  });

  it('terminates the worker on stop and reports ABORTED after the last streamed event', () => {
    const r = recorder();
    const fake = new FakeWorker();
    const handle = startRun(PASSES, {}, {}, r.callbacks, { createWorker: () => fake as unknown as Worker });
    fake.emit({ kind: 'ready' });
    const last: HistoryEvent = { id: 7, previousEventId: 6, type: 'PassStateEntered', timestamp: '2026-01-01T00:00:00.000Z', studio: { path: 'A', time: 5 } };
    fake.emit({ kind: 'events', runId: handle.runId, events: [last], snapshot: { status: 'RUNNING', paused: false, pendingCallbacks: [] } });
    handle.stop();
    expect(fake.terminated).toBe(true);
    expect(r.events.at(-1)).toMatchObject({ id: 8, previousEventId: 7, type: 'ExecutionAborted' });
    expect(r.outcome()).toMatchObject({ status: 'ABORTED', transitions: 1 });
    // Late messages of the terminated worker are ignored.
    fake.emit({ kind: 'result', runId: handle.runId, outcome: { status: 'SUCCEEDED' }, snapshot: {}, workerMs: 1 });
    expect(r.outcome()?.status).toBe('ABORTED');
  });

  it('hands JSON batches over undecoded to onBatch, acknowledges on decode, and stops after the last one received', () => {
    const r = recorder();
    const batches: EventBatch[] = [];
    const fake = new FakeWorker();
    const handle = startRun(PASSES, {}, {}, { ...r.callbacks, onBatch: (batch) => batches.push(batch) }, { createWorker: () => fake as unknown as Worker });
    fake.emit({ kind: 'ready' });
    const first: HistoryEvent = { id: 1, previousEventId: 0, type: 'PassStateEntered', timestamp: '2026-01-01T00:00:00.000Z', studio: { path: 'A', time: 5 } };
    const second: HistoryEvent = { ...first, id: 2, previousEventId: 1, type: 'PassStateExited' };
    const snapshot = { status: 'RUNNING', paused: false, pendingCallbacks: [] };
    fake.emit({ kind: 'events', runId: handle.runId, json: JSON.stringify([first]), count: 1, snapshot });
    fake.emit({ kind: 'events', runId: handle.runId, json: JSON.stringify([second]), count: 1, snapshot });
    const acks = () => fake.posted.filter((m) => (m as { kind?: string }).kind === 'eventsAck').length;
    expect(batches.map((b) => b.count)).toEqual([1, 1]);
    expect(acks()).toBe(0);
    expect(batches[0]!.decode()).toEqual([first]);
    expect(batches[0]!.decode()).toEqual([first]);
    expect(acks()).toBe(1);
    handle.stop();
    // The second batch was never decoded by the receiver: the aborted event still follows it.
    expect(r.events.at(-1)).toMatchObject({ id: 3, previousEventId: 2, type: 'ExecutionAborted' });
    expect(r.outcome()).toMatchObject({ status: 'ABORTED', transitions: 1 });
  });

  it('reports a worker crash after start as an error', () => {
    const r = recorder();
    const fake = new FakeWorker();
    startRun(PASSES, {}, {}, r.callbacks, { createWorker: () => fake as unknown as Worker });
    fake.emit({ kind: 'ready' });
    fake.fail('out of memory');
    expect(r.error()).toMatch(/crashed: out of memory/);
  });
});
