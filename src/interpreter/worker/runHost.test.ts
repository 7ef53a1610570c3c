/**
 * RunHost's streaming: batches bounded by `maxBatch`, at most two unacknowledged, JSON text when
 * asked, and the final message only after the whole history was posted.
 */
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../../asl/types';
import { startExecution } from '../index';
import type { HistoryEvent } from '../types';
import type { WorkerMessage } from './protocol';
import { RunHost } from './runHost';

const MAP: StateMachine = {
  StartAt: 'M',
  States: { M: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } } } },
};

function eventsOf(message: WorkerMessage): HistoryEvent[] {
  if (message.kind !== 'events') return [];
  return 'json' in message ? JSON.parse(message.json) as HistoryEvent[] : message.events;
}

/** Hosts one run of MAP over `items` items; `ack` decides whether the client acknowledges batches. */
function host(items: number, encoding: 'objects' | 'json', ack: (posted: WorkerMessage[]) => boolean) {
  const posted: WorkerMessage[] = [];
  let engineDone: Promise<unknown> = Promise.resolve();
  let requestId = 1;
  const done = new Promise<void>((resolve) => {
    const runHost = new RunHost({
      start: (definition, input, options) => {
        const execution = startExecution(definition, input, options);
        engineDone = execution.result;
        return execution;
      },
      maxBatch: 100, encoding,
      post: (message) => {
        posted.push(message);
        if (message.kind === 'result' || message.kind === 'error') resolve();
        // Acks arrive later, as from another thread.
        else if (message.kind === 'events' && eventsOf(message).length > 0 && ack(posted)) {
          setTimeout(() => runHost.handle({ kind: 'eventsAck', requestId: requestId++, runId: 'r' }), 0);
        }
      },
    });
    runHost.handle({ kind: 'start', requestId: requestId++, runId: 'r', definition: MAP, input: Array.from({ length: items }, (_, i) => i), options: { maxEvents: 100_000 } });
  });
  return { posted, done, engineDone: () => engineDone };
}

describe('RunHost streaming', () => {
  it('posts the whole history in batches of at most maxBatch, in order, then the result', async () => {
    const { posted, done } = host(500, 'objects', () => true);
    await done;
    const batches = posted.filter((m) => m.kind === 'events').map(eventsOf);
    const events = batches.flat();
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(100);
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
    expect(events.at(-1)?.type).toBe('ExecutionSucceeded');
    expect(posted.at(-1)?.kind).toBe('result');
  });

  it('sends JSON text batches that decode to the same events', async () => {
    const { posted, done } = host(200, 'json', () => true);
    await done;
    const batches = posted.filter((m) => m.kind === 'events' && 'json' in m);
    expect(batches.length).toBeGreaterThan(1);
    for (const m of batches) if (m.kind === 'events' && 'json' in m) expect(eventsOf(m)).toHaveLength(m.count);
    const events = posted.flatMap(eventsOf);
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
  });

  it('keeps at most two batches unacknowledged, even after the engine is done', async () => {
    // A client that never acknowledges: the host must hold the rest of the history and the result.
    const { posted, engineDone } = host(500, 'objects', () => false);
    await engineDone();
    await Promise.resolve();
    const withEvents = posted.filter((m) => eventsOf(m).length > 0);
    expect(withEvents.length).toBeLessThanOrEqual(2);
    expect(posted.some((m) => m.kind === 'result')).toBe(false);
  });
});

describe('RunHost engine time', () => {
  it('leaves out the time a run spent paused', async () => {
    let t = 1_000;
    const posted: WorkerMessage[] = [];
    const finished = new Promise<void>((resolve) => {
      const runHost = new RunHost({
        start: startExecution, now: () => t,
        post: (message) => {
          posted.push(message);
          if (message.kind === 'result' || message.kind === 'error') resolve();
          else if (message.kind === 'events') setTimeout(() => runHost.handle({ kind: 'eventsAck', requestId: 0, runId: 'r' }), 0);
        },
      });
      runHost.handle({ kind: 'start', requestId: 1, runId: 'r', definition: MAP, input: [1, 2], options: { startPaused: true } });
      // Ten simulated seconds pass while the run sits paused; then it runs to the end.
      t += 10_000;
      runHost.handle({ kind: 'resume', requestId: 2, runId: 'r' });
    });
    await finished;
    const result = posted.find((m) => m.kind === 'result');
    expect(result && 'workerMs' in result ? result.workerMs : undefined).toBe(0);
  });
});
