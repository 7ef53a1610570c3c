/**
 * The typed message protocol between the studio (main thread) and the interpreter worker.
 * Requests carry a `requestId` the worker echoes in its `ack`; every message names its `runId`
 * so one protocol can serve several runs. Only structured-clonable data crosses: no functions.
 */
import type { StateMachine } from '../../asl/types';
import type { ExecutionOptions, ExecutionResult, ExecutionStatus, HistoryEvent } from '../types';

/**
 * The options of `startExecution` that survive `postMessage` (handlers, callbacks and Clock
 * objects do not): the clock is named, and the worker makes it.
 */
export type WorkerRunOptions = Omit<ExecutionOptions, 'taskHandlers' | 'onEvent' | 'onPause' | 'clock'> & { clock?: 'simulated' | 'real' };

/** How far a `step` request advances a paused run. */
export type StepUntil = 'event' | 'transition';

export type ClientRequest =
  | { kind: 'start'; requestId: number; runId: string; definition: StateMachine; input: unknown; options: WorkerRunOptions }
  | { kind: 'pause'; requestId: number; runId: string }
  | { kind: 'resume'; requestId: number; runId: string }
  | { kind: 'step'; requestId: number; runId: string; until: StepUntil }
  | { kind: 'stop'; requestId: number; runId: string; error?: string; cause?: string }
  | { kind: 'setBreakpoints'; requestId: number; runId: string; breakpoints: string[] }
  /** The client processed an `events` batch (flow control: the host keeps only a few in flight). */
  | { kind: 'eventsAck'; requestId: number; runId: string }
  | { kind: 'sendTaskSuccess'; requestId: number; runId: string; token: string; output: unknown }
  | { kind: 'sendTaskFailure'; requestId: number; runId: string; token: string; error?: string; cause?: string };

/** A task waiting for `sendTaskSuccess` / `sendTaskFailure`. */
export interface PendingCallback {
  token: string;
  stateName: string;
  statePath: string;
}

/** What the panel needs besides the events: is it running, paused, waiting for a callback. */
export interface RunSnapshot {
  status: ExecutionStatus;
  paused: boolean;
  pendingCallbacks: PendingCallback[];
}

/** The final result without its events (they were streamed already). */
export type RunOutcome = Omit<ExecutionResult, 'events'>;

export type WorkerMessage =
  | { kind: 'ready' }
  /** New history events in order: as objects, or as the JSON text of the array (`count` events). */
  | { kind: 'events'; runId: string; events: HistoryEvent[]; snapshot: RunSnapshot }
  | { kind: 'events'; runId: string; json: string; count: number; snapshot: RunSnapshot }
  | { kind: 'result'; runId: string; outcome: RunOutcome; snapshot: RunSnapshot; workerMs: number }
  | { kind: 'ack'; requestId: number; runId: string }
  | { kind: 'error'; requestId?: number; runId: string; message: string };

/** Narrows an unknown `MessageEvent.data` to a request (the worker trusts only the shape it knows). */
export function isClientRequest(value: unknown): value is ClientRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as { kind?: unknown; requestId?: unknown; runId?: unknown };
  return typeof v.kind === 'string' && typeof v.requestId === 'number' && typeof v.runId === 'string';
}

/** Narrows an unknown `MessageEvent.data` to a worker message. */
export function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (!value || typeof value !== 'object') return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'ready' || kind === 'events' || kind === 'result' || kind === 'ack' || kind === 'error';
}
