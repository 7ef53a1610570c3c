/**
 * Main-thread side of the interpreter worker: starts a run in its own module worker and returns a
 * handle to steer it. Falls back to running in this thread when workers are unavailable or the
 * worker fails to load. Stop terminates the worker at once, so it works even in an endless loop.
 */
import type { HistoryEvent, StateMachine } from '../types';
import type {
  ClientRequest, PendingCallback, RunOutcome, RunSnapshot, StepUntil, WorkerMessage, WorkerRunOptions,
} from './protocol';
import { isWorkerMessage } from './protocol';
import { RunHost } from './runHost';

export type Transport = 'worker' | 'in-thread';

/** A batch of events still in its JSON text: decoded when the receiver is ready for it. */
export interface EventBatch {
  readonly count: number;
  /** The events (parsed once). Decoding acknowledges the batch: the worker sends more. */
  decode(): HistoryEvent[];
}

export interface RunCallbacks {
  /** A batch of new history events (in order) and the run's state after them. */
  onEvents(events: HistoryEvent[], snapshot: RunSnapshot): void;
  /**
   * When given, batches that cross as JSON text come here undecoded, to be decoded at the
   * receiver's pace (flow control: the worker waits for the decodes). Else they go to `onEvents`.
   */
  onBatch?(batch: EventBatch, snapshot: RunSnapshot): void;
  /** The run ended. `workerMs` is the time the engine took, measured where it ran. */
  onResult(outcome: RunOutcome, info: { workerMs: number; transport: Transport }): void;
  /** The engine threw, or the worker died: the run is over. */
  onError(message: string): void;
}

export interface RunHandle {
  readonly runId: string;
  transport(): Transport;
  pause(): void;
  resume(): void;
  step(until?: StepUntil): void;
  /** Ends the run now (ABORTED); in a worker this terminates the worker. */
  stop(): void;
  setBreakpoints(breakpoints: string[]): void;
  sendTaskSuccess(token: string, output: unknown): void;
  sendTaskFailure(token: string, error?: string, cause?: string): void;
}

export interface StartRunConfig {
  /** Run in this thread (tests, or when the caller knows workers are unavailable). */
  inThread?: boolean;
  /** Creates the worker; the default is the bundled interpreter worker. */
  createWorker?: () => Worker;
}

type Control = DistributiveOmit<ClientRequest, 'requestId' | 'runId'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

let nextRequestId = 1;
let nextRunId = 1;

function defaultWorker(): Worker {
  return new Worker(new URL('./interpreter.worker.ts', import.meta.url), { type: 'module', name: 'asl-interpreter' });
}

/** The event a user stop adds to the streamed history when the worker is terminated mid-run. */
export function abortedEvent(last: HistoryEvent | undefined, cause: string): HistoryEvent {
  const time = last?.studio.time ?? Date.now();
  return {
    id: (last?.id ?? 0) + 1,
    previousEventId: last?.id ?? 0,
    type: 'ExecutionAborted',
    timestamp: last?.timestamp ?? new Date(time).toISOString(),
    executionAbortedEventDetails: { cause },
    studio: { time },
  };
}

/** Starts `definition` on `input`; events and the result arrive through `callbacks`. */
export function startRun(definition: StateMachine, input: unknown, options: WorkerRunOptions,
  callbacks: RunCallbacks, config: StartRunConfig = {}): RunHandle {
  const runId = `run-${nextRunId++}`;
  let transport: Transport = 'worker';
  let worker: Worker | undefined;
  let host: RunHost | undefined;
  let ready = false;
  let finished = false;
  let breakpoints = options.breakpoints ?? [];
  let lastEvent: HistoryEvent | undefined;
  let transitions = 0;
  let firstTime: number | undefined;
  // Requests made while the in-thread engine is still loading.
  const queued: ClientRequest[] = [];
  // Batches handed to `onBatch` and not decoded yet (in order).
  const undecoded = new Set<EventBatch>();

  /** Notes what the client must know of every event: transitions, first time, last event. */
  function taken(events: readonly HistoryEvent[]): void {
    for (const event of events) {
      if (event.type.endsWith('StateEntered')) transitions++;
      firstTime ??= event.studio.time;
    }
    lastEvent = events[events.length - 1] ?? lastEvent;
  }

  function encodedBatch(json: string, count: number): EventBatch {
    let events: HistoryEvent[] | undefined;
    const batch: EventBatch = {
      count,
      decode() {
        if (events) return events;
        events = JSON.parse(json) as HistoryEvent[];
        undecoded.delete(batch);
        taken(events);
        send({ kind: 'eventsAck' });
        return events;
      },
    };
    return batch;
  }

  function receive(message: WorkerMessage): void {
    if (finished) return;
    switch (message.kind) {
      case 'ready':
        ready = true;
        return;
      case 'events': {
        if ('json' in message && callbacks.onBatch) {
          const batch = encodedBatch(message.json, message.count);
          undecoded.add(batch);
          callbacks.onBatch(batch, message.snapshot);
          return;
        }
        const events = 'json' in message ? JSON.parse(message.json) as HistoryEvent[] : message.events;
        taken(events);
        callbacks.onEvents(events, message.snapshot);
        if (events.length > 0) send({ kind: 'eventsAck' });
        return;
      }
      case 'result':
        finished = true;
        worker?.terminate();
        callbacks.onResult(message.outcome, { workerMs: message.workerMs, transport });
        return;
      case 'error':
        if (message.requestId !== undefined) return;
        finished = true;
        worker?.terminate();
        callbacks.onError(message.message);
        return;
      case 'ack':
        return;
    }
  }

  function send(control: Control): void {
    if (finished) return;
    const request = { ...control, requestId: nextRequestId++, runId } as ClientRequest;
    if (host) host.handle(request);
    else if (worker) worker.postMessage(request);
    else queued.push(request);
  }

  function startInThread(): void {
    transport = 'in-thread';
    worker = undefined;
    // Loaded on demand so the main bundle only carries the engine when the fallback is used.
    void import('../index').then(
      ({ startExecution }) => {
        if (finished) return;
        // Messages are delivered after the engine's current time slice, as from a worker: a
        // control call made from inside an event callback would otherwise re-enter the engine.
        const inThread = new RunHost({ start: startExecution, post: (message) => queueMicrotask(() => receive(message)) });
        host = inThread;
        send({ kind: 'start', definition, input, options: { ...options, breakpoints } });
        for (const request of queued.splice(0)) if (request.kind !== 'start') inThread.handle(request);
      },
      (err: unknown) => {
        finished = true;
        callbacks.onError(`The interpreter could not be loaded: ${err instanceof Error ? err.message : String(err)}`);
      },
    );
  }

  function startInWorker(): void {
    try {
      worker = (config.createWorker ?? defaultWorker)();
    } catch {
      startInThread();
      return;
    }
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (isWorkerMessage(event.data)) receive(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (finished) return;
      worker?.terminate();
      // A worker that never came up (bundling, CSP, old browser): run here instead.
      if (!ready) startInThread();
      else {
        finished = true;
        callbacks.onError(`The interpreter worker crashed: ${event.message || 'unknown error'}`);
      }
    };
    send({ kind: 'start', definition, input, options });
  }

  if (config.inThread || (!config.createWorker && typeof Worker === 'undefined')) startInThread();
  else startInWorker();

  return {
    runId,
    transport: () => transport,
    pause: () => send({ kind: 'pause' }),
    resume: () => send({ kind: 'resume' }),
    step: (until = 'transition') => send({ kind: 'step', until }),
    stop() {
      if (finished) return;
      if (transport === 'in-thread') {
        send({ kind: 'stop', cause: 'Stopped from the studio' });
        return;
      }
      // The aborted event follows the last event received, decoded or not.
      for (const batch of [...undecoded]) batch.decode();
      finished = true;
      worker?.terminate();
      const aborted = abortedEvent(lastEvent, 'Stopped from the studio (the interpreter worker was terminated)');
      const snapshot: RunSnapshot = { status: 'ABORTED', paused: false, pendingCallbacks: [] as PendingCallback[] };
      callbacks.onEvents([aborted], snapshot);
      const start = firstTime ?? aborted.studio.time;
      callbacks.onResult(
        { status: 'ABORTED', cause: 'Stopped from the studio', transitions, startTime: start, stopTime: aborted.studio.time },
        { workerMs: 0, transport },
      );
    },
    setBreakpoints(next) {
      breakpoints = next;
      send({ kind: 'setBreakpoints', breakpoints: next });
    },
    sendTaskSuccess: (token, output) => send({ kind: 'sendTaskSuccess', token, output }),
    sendTaskFailure: (token, error, cause) => send({
      kind: 'sendTaskFailure', token, ...(error !== undefined ? { error } : {}), ...(cause !== undefined ? { cause } : {}),
    }),
  };
}
