/**
 * Main-thread side of the history worker: import and replay without blocking the page (a
 * 25,000-event history takes the page ~0.5 s to import and as long again to replay). Falls back to
 * this thread where workers are unavailable (Node, tests) or the worker fails to load.
 */
import type { StateMachine } from '../../asl/types';
import type { HistoryEvent } from '../../interpreter/types';
import { HistoryImportError } from '../importHistory';
import type { ImportedExecution, ReplayResult } from '../types';
import { handleHistoryRequest } from './handle';
import {
  isHistoryResponse, type HistoryFile, type HistoryRequest, type HistoryResponse, type OpenedHistory,
} from './protocol';

type Pending = (response: HistoryResponse) => void;
/** A streamed import's events so far (one growing array, which becomes the import's events) and the definition they were placed on, when the files carried one. */
export type OnEvents = (events: readonly HistoryEvent[], definition: StateMachine | undefined) => void;
type Request = HistoryRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

export interface HistoryClient {
  /**
   * @param onEvents given: the events arrive in blocks as the worker places them (the caller folds
   *   them meanwhile); the answer's `imported.events` is the array passed to it
   * @throws HistoryImportError with located problems
   */
  open(files: HistoryFile[], open: StateMachine, onEvents?: OnEvents): Promise<OpenedHistory>;
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
  const pending = new Map<number, { request: HistoryRequest; resolve: Pending; partial?: Pending }>();

  const inThread = (request: HistoryRequest, partial?: Pending): Promise<HistoryResponse> => {
    used = 'in-thread';
    return handleHistoryRequest(request, partial);
  };

  /** The worker could not load or died: what it had not answered runs here instead. */
  const fallBack = () => {
    failed = true;
    worker?.terminate();
    worker = undefined;
    const waiting = [...pending.values()];
    pending.clear();
    for (const { request, resolve, partial } of waiting) void inThread(request, partial).then(resolve);
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
      if (event.data.kind === 'events') {
        pending.get(event.data.id)?.partial?.(event.data);
        return;
      }
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

  const send = (body: Request, partial?: Pending): Promise<HistoryResponse> => {
    const request = { ...body, id: nextId++ } as HistoryRequest;
    const target = ensureWorker();
    if (!target) return inThread(request, partial);
    used = 'worker';
    return new Promise((resolve) => {
      pending.set(request.id, { request, resolve, ...(partial ? { partial } : {}) });
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
    async open(files, open, onEvents) {
      if (!onEvents) return answer<OpenedHistory>(await send({ kind: 'import', files, open }));
      const events: HistoryEvent[] = [];
      let definition: StateMachine | undefined;
      const onBlock = (response: HistoryResponse) => {
        if (response.kind !== 'events') return;
        // A worker that died mid-way answers again from the start in this thread: keep what came.
        const block = JSON.parse(response.json) as HistoryEvent[];
        if (response.definition) definition = response.definition;
        const last = events[events.length - 1];
        if (last && block[0] && block[0].id <= last.id) return;
        for (const event of block) events.push(event);
        onEvents(events, definition);
      };
      const opened = answer<OpenedHistory>(await send({ kind: 'import', files, open, stream: true }, onBlock));
      opened.imported.events = events;
      return opened;
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
