import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../../asl/types';
import { HistoryImportError } from '../importHistory';
import { recordHistory } from '../testing/recorded';
import { createHistoryClient } from './client';
import { handleHistoryRequest } from './handle';
import { isHistoryRequest, type HistoryResponse } from './protocol';

const CHARGE = 'arn:aws:states:::lambda:invoke';
const payment = (maxAttempts: number): StateMachine => ({
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task', Resource: CHARGE, Next: 'Done',
      Retry: [{ ErrorEquals: ['States.Timeout'], MaxAttempts: maxAttempts }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
    },
    Done: { Type: 'Succeed' },
    Failed: { Type: 'Fail', Error: 'PaymentFailed' },
  },
});
const timeout = { Throw: { Error: 'States.Timeout', Cause: 'slow' } };

/** A stand-in Worker: messages cross a structured clone and the worker's code runs as it would in the worker. */
class FakeWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted = 0;
  terminated = false;
  constructor(private readonly broken = false) {}
  postMessage(message: unknown): void {
    this.posted++;
    const copy = structuredClone(message);
    if (this.broken) {
      queueMicrotask(() => this.onerror?.({ preventDefault() {} } as ErrorEvent));
      return;
    }
    if (isHistoryRequest(copy)) {
      const deliver = (response: HistoryResponse) => this.onmessage?.({ data: structuredClone(response) } as MessageEvent<unknown>);
      void handleHistoryRequest(copy, deliver).then(deliver);
    }
  }
  terminate(): void {
    this.terminated = true;
  }
}

async function history(): Promise<string> {
  const recorded = await recordHistory(payment(2), { amount: 5 }, { mocks: { Charge: [timeout, timeout, { Return: { ok: true } }] } });
  return JSON.stringify({ events: [...recorded.events].reverse() });
}

const MAP: StateMachine = {
  StartAt: 'Each',
  States: { Each: { Type: 'Map', ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Tag', States: { Tag: { Type: 'Pass', End: true } } }, End: true } },
};

describe('history worker client', () => {
  it('streams a large import: blocks of placed events arrive (one growing array) before the answer, which carries that array', async () => {
    const recorded = await recordHistory(MAP, Array.from({ length: 1500 }, (_, i) => i));
    const text = JSON.stringify({ events: [...recorded.events].reverse() });
    const client = createHistoryClient({ createWorker: () => new FakeWorker() as unknown as Worker });
    const whole = await client.open([{ text }], MAP);
    const seen: number[] = [];
    let array: readonly unknown[] | undefined;
    const streamed = await client.open([{ text }], MAP, (events, placedOn) => {
      seen.push(events.length);
      array ??= events;
      expect(events).toBe(array);
      expect(placedOn).toBeUndefined();
      expect(events.every((e) => e.type.startsWith('Execution') || e.studio.path !== undefined)).toBe(true);
    });
    expect(whole.imported.events.length).toBeGreaterThan(5000);
    expect(seen).toEqual([2500, 5000, whole.imported.events.length].filter((n, i, all) => all.indexOf(n) === i));
    expect(streamed.imported.events).toBe(array);
    expect(streamed.imported.events).toEqual(whole.imported.events);
    expect({ ...streamed.imported, events: [] }).toEqual({ ...whole.imported, events: [] });
  });

  it('a streamed import of files that carry their definition names it with the first block', async () => {
    const recorded = await recordHistory(MAP, [1, 2]);
    const text = JSON.stringify({ ...recorded, definition: JSON.stringify(MAP) });
    const client = createHistoryClient({ inThread: true });
    const definitions: unknown[] = [];
    const opened = await client.open([{ text }], payment(1), (_events, placedOn) => definitions.push(placedOn));
    expect(definitions).toEqual([MAP]);
    expect(opened.imported.definitionSource).toBe('file');
    expect(opened.imported.events.find((e) => e.type === 'PassStateEntered')?.studio).toMatchObject({ path: 'Each/0/Tag', iteration: [0] });
  });

  it('imports and replays through the worker: the run placed on the open workflow, the replay matching', async () => {
    const worker = new FakeWorker();
    const client = createHistoryClient({ createWorker: () => worker as unknown as Worker });
    const { imported, fitOpenWorkflow } = await client.open([{ name: 'h.json', text: await history() }], payment(2));
    expect(imported.status).toBe('SUCCEEDED');
    expect(imported.events.find((e) => e.type === 'TaskStateEntered')?.studio.path).toBe('Charge');
    expect(fitOpenWorkflow).toEqual([]);
    const replay = await client.replay(payment(2), imported);
    expect(replay.divergence).toBeNull();
    expect(replay.status).toBe('SUCCEEDED');
    // A workflow with one retry fewer departs from the recording where AWS retried the second time.
    const diverged = await client.replay(payment(1), imported);
    expect(diverged.divergence?.message).toBe("AWS went to Retry #2 of 'Charge', this run went to Catch → 'Failed' (after States.Timeout).");
    expect(worker.posted).toBe(3);
    expect(client.transport()).toBe('worker');
  });

  it('says where a history from the files does not fit the open workflow', async () => {
    const client = createHistoryClient({ createWorker: () => new FakeWorker() as unknown as Worker });
    const text = JSON.stringify({ ...JSON.parse(await history()), definition: JSON.stringify(payment(2)) });
    const other: StateMachine = { StartAt: 'Pay', States: { Pay: { Type: 'Succeed' } } };
    const { imported, fitOpenWorkflow } = await client.open([{ text }], other);
    expect(imported.definitionSource).toBe('file');
    expect(fitOpenWorkflow.map((p) => p.message)).toEqual([expect.stringMatching(/^The history has a state .Charge. \(event \d+\), which is not in this workflow\.$/), expect.any(String)]);
  });

  it('rethrows located import problems as HistoryImportError', async () => {
    const client = createHistoryClient({ createWorker: () => new FakeWorker() as unknown as Worker });
    const failure = await client.open([{ name: 'bad.json', text: '{"events": [\n  {"id": 1,, }\n]}' }], payment(2)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HistoryImportError);
    expect((failure as HistoryImportError).problems[0]).toMatchObject({ file: 'bad.json', line: 2 });
  });

  it('falls back to this thread when the worker fails to load, answering what it had been asked', async () => {
    const broken = new FakeWorker(true);
    const client = createHistoryClient({ createWorker: () => broken as unknown as Worker });
    const { imported } = await client.open([{ text: await history() }], payment(2));
    expect(imported.status).toBe('SUCCEEDED');
    expect(broken.terminated).toBe(true);
    expect(client.transport()).toBe('in-thread');
  });

  it('runs in this thread where there are no workers (Node)', async () => {
    const client = createHistoryClient();
    const { imported } = await client.open([{ text: await history() }], payment(2));
    expect((await client.replay(payment(2), imported)).divergence).toBeNull();
    expect(client.transport()).toBe('in-thread');
  });
});
