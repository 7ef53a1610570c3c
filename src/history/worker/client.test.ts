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
      void handleHistoryRequest(copy).then((response: HistoryResponse) => this.onmessage?.({ data: structuredClone(response) } as MessageEvent<unknown>));
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

describe('history worker client', () => {
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
