/**
 * Main-thread side of the history worker: import and replay without blocking the page (a
 * 25,000-event history takes the page ~0.5 s to import and as long again to replay). Falls back to
 * this thread where workers are unavailable (Node, tests) or the worker fails to load.
 */
import type { StateMachine } from '../../asl/types';
import { HistoryImportError } from '../importHistory';
import type { ImportedExecution, ReplayResult } from '../types';
import { handleHistoryRequest } from './handle';
import {
  isHistoryResponse, type HistoryFile, type HistoryRequest, type HistoryResponse, type OpenedHistory,
} from './protocol';

type Pending = (response: HistoryResponse) => void;
type Request = HistoryRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

export interface HistoryClient {
  /** @throws HistoryImportError with located problems */
  open(files: HistoryFile[], open: StateMachine): Promise<OpenedHistory>;
  replay(definition: StateMachine, imported: ImportedExecution): Promise<ReplayResult>;
  /** Starts the worker ahead of a request (Run mode is open, a file is dragged in): loading it is then off the user's wait. */
  warm(): void;
  /** 'worker' once a request went through the worker; 'in-thread' after a fallback. */
  transport(): 'worker' | 'in-thread' | 'none';
  dispose(): void;
}

function defaultWorker(): Worker {
  return new Worker(new URL('./history.worker.ts', import.meta.url), { type: 'module', name: 'asl-history' });
}

export function createHistoryClient(options: { inThread?: boolean; createWorker?: () => Worker } = {}): HistoryClient {
  let worker: Worker | undefined;
  let failed = options.inThread === true || (!options.createWorker && typeof Worker === 'undefined');
  let used: 'worker' | 'in-thread' | 'none' = 'none';
  let nextId = 1;
  const pending = new Map<number, { request: HistoryRequest; resolve: Pending }>();

  const inThread = (request: HistoryRequest): Promise<HistoryResponse> => {
    used = 'in-thread';
    return handleHistoryRequest(request);
  };

  /** The worker could not load or died: what it had not answered runs here instead. */
  const fallBack = () => {
    failed = true;
    worker?.terminate();
    worker = undefined;
    const waiting = [...pending.values()];
    pending.clear();
    for (const { request, resolve } of waiting) void inThread(request).then(resolve);
  };

  const ensureWorker = (): Worker | undefined => {
    if (failed) return undefined;
    if (worker) return worker;
    try {
      worker = (options.createWorker ?? defaultWorker)();
    } catch {
      failed = true;
      return undefined;
    }
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (!isHistoryResponse(event.data)) return;
      const entry = pending.get(event.data.id);
      pending.delete(event.data.id);
      entry?.resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack();
    };
    return worker;
  };

  const send = (partial: Request): Promise<HistoryResponse> => {
    const request = { ...partial, id: nextId++ } as HistoryRequest;
    const target = ensureWorker();
    if (!target) return inThread(request);
    used = 'worker';
    return new Promise((resolve) => {
      pending.set(request.id, { request, resolve });
      target.postMessage(request);
    });
  };

  const answer = <T>(response: HistoryResponse): T => {
    if (response.kind === 'failed') {
      throw response.problems ? new HistoryImportError(response.problems) : new Error(response.message);
    }
    return JSON.parse(response.json) as T;
  };

  return {
    async open(files, open) {
      return answer<OpenedHistory>(await send({ kind: 'import', files, open }));
    },
    async replay(definition, imported) {
      return answer<ReplayResult>(await send({ kind: 'replay', definition, imported: JSON.stringify(imported) }));
    },
    warm() {
      ensureWorker();
    },
    transport: () => used,
    dispose() {
      worker?.terminate();
      worker = undefined;
      pending.clear();
    },
  };
}
