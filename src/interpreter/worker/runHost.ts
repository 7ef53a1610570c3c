/**
 * Hosts executions on behalf of a client: starts them, streams their history in throttled
 * batches, forwards control requests and posts the result. The worker wraps it around
 * `postMessage`; the in-thread fallback wraps it around a direct callback. No DOM, no React.
 */
import type { Execution, ExecutionOptions, HistoryEvent, StateMachine } from '../types';
import type { ClientRequest, RunSnapshot, StepUntil, WorkerMessage, WorkerRunOptions } from './protocol';
import { isStepStop } from './stepStops';
import { isEnteredEvent } from '../eventDetails';

export type StartExecution = (definition: StateMachine, input: unknown, options?: ExecutionOptions) => Execution;

export interface RunHostOptions {
  start: StartExecution;
  post: (message: WorkerMessage) => void;
  /** Longest time events wait before they are posted (ms). */
  batchMs?: number;
  /** Most events in one batch (a batch is received in one task of the client: keep it short). */
  maxBatch?: number;
  /**
   * `json`: batches cross as one JSON text (a worker: the receiving thread copies a string instead
   * of deserialising thousands of objects in one task). `objects`: as they are (in-thread).
   */
  encoding?: 'objects' | 'json';
  /** Batches posted and not acknowledged yet before the host waits (default 2). */
  maxInFlight?: number;
  now?: () => number;
}

/** Default batch size: about one frame's worth of work for the client. */
export const DEFAULT_MAX_BATCH = 1000;

interface HostedRun {
  execution: Execution;
  buffer: HistoryEvent[];
  /** Events recorded so far (streamed or buffered). */
  recorded: number;
  /** Events Step stops at (transitions, failed attempts, retries): see stepStops.ts. */
  stops: number;
  streamed: number;
  /** Batches posted and not yet acknowledged by the client. */
  inFlight: number;
  lastFlush: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  breakpoints: Set<string>;
  startedAt: number;
  /** Time spent paused so far (not engine time), and since when it is paused now. */
  pausedMs: number;
  pausedAt: number | undefined;
  done: boolean;
  /** The result or error, posted once the buffered events are all posted. */
  final?: WorkerMessage | undefined;
}

/** True for `…StateEntered` events: one state transition each. */
export const isStateEntered = isEnteredEvent;

function enteredName(event: HistoryEvent): string | undefined {
  return isEnteredEvent(event) ? event.stateEnteredEventDetails?.name : undefined;
}

/** Runs executions and speaks the worker protocol through `post`. */
export class RunHost {
  private readonly runs = new Map<string, HostedRun>();
  private readonly batchMs: number;
  private readonly maxBatch: number;
  private readonly now: () => number;
  private readonly json: boolean;
  private readonly maxInFlight: number;

  constructor(private readonly options: RunHostOptions) {
    this.batchMs = options.batchMs ?? 50;
    this.maxBatch = options.maxBatch ?? DEFAULT_MAX_BATCH;
    this.now = options.now ?? (() => Date.now());
    this.json = options.encoding === 'json';
    this.maxInFlight = options.maxInFlight ?? 2;
  }

  handle(request: ClientRequest): void {
    const run = this.runs.get(request.runId);
    try {
      switch (request.kind) {
        case 'start':
          this.start(request.runId, request.definition, request.input, request.options);
          break;
        case 'pause':
          run?.execution.pause();
          if (run) this.markPaused(run);
          break;
        case 'resume':
          run?.execution.resume();
          if (run) this.markResumed(run);
          break;
        case 'step':
          if (run) void this.step(run, request.runId, request.until);
          break;
        case 'stop':
          run?.execution.stop(request.error, request.cause);
          break;
        case 'setBreakpoints':
          if (run) run.breakpoints = new Set(request.breakpoints);
          break;
        case 'eventsAck':
          if (run) {
            run.inFlight = Math.max(0, run.inFlight - 1);
            // The client is ready for more: the next batch goes now, not after a timer.
            if (run.buffer.length > 0 || run.final) this.flush(request.runId, run);
          }
          return;
        case 'sendTaskSuccess':
          run?.execution.sendTaskSuccess(request.token, request.output);
          break;
        case 'sendTaskFailure':
          run?.execution.sendTaskFailure(request.token, request.error, request.cause);
          break;
      }
      this.options.post({ kind: 'ack', requestId: request.requestId, runId: request.runId });
      if (run && request.kind !== 'start') this.scheduleFlush(request.runId, run);
    } catch (err) {
      this.options.post({ kind: 'error', requestId: request.requestId, runId: request.runId, message: err instanceof Error ? err.message : String(err) });
    }
  }

  private start(runId: string, definition: StateMachine, input: unknown, options: WorkerRunOptions): void {
    // Breakpoints are applied here (pause on the Entered event) so they can change while the run goes.
    const { breakpoints = [], startPaused = false, ...engineOptions } = options;
    const startedAt = this.now();
    const holder: { run?: HostedRun } = {};
    const early: HistoryEvent[] = [];
    // The engine runs its first time slice inside startExecution; starting it paused lets the
    // breakpoints below see the very first states.
    const execution = this.options.start(definition, input, {
      ...engineOptions,
      startPaused: true,
      onEvent: (event) => (holder.run ? this.onEvent(runId, holder.run, event) : early.push(event)),
    });
    const hosted: HostedRun = {
      execution, buffer: [], recorded: 0, stops: 0, streamed: 0, inFlight: 0, lastFlush: startedAt, timer: undefined,
      breakpoints: new Set(breakpoints), startedAt, pausedMs: 0, pausedAt: undefined, done: false,
    };
    holder.run = hosted;
    this.runs.set(runId, hosted);
    // Events recorded synchronously inside startExecution arrived before `run` existed.
    let atBreakpoint = false;
    for (const event of early) atBreakpoint = this.onEvent(runId, hosted, event) || atBreakpoint;
    if (!startPaused && !atBreakpoint) execution.resume();
    else this.markPaused(hosted);
    this.scheduleFlush(runId, hosted);
    execution.result.then(
      (result) => {
        const missing = result.events.slice(hosted.streamed + hosted.buffer.length);
        for (const event of missing) hosted.buffer.push(event);
        const { events: _events, ...outcome } = result;
        this.finish(runId, hosted, { kind: 'result', runId, outcome, snapshot: this.snapshot(hosted), workerMs: this.engineMs(hosted) });
      },
      (err: unknown) => {
        this.finish(runId, hosted, { kind: 'error', runId, message: err instanceof Error ? err.message : String(err) });
      },
    );
  }

  private markPaused(run: HostedRun): void {
    run.pausedAt ??= this.now();
  }

  private markResumed(run: HostedRun): void {
    if (run.pausedAt === undefined) return;
    run.pausedMs += this.now() - run.pausedAt;
    run.pausedAt = undefined;
  }

  /** Time since the start, less the time spent paused (at a breakpoint, by Pause, or started paused). */
  private engineMs(run: HostedRun): number {
    const pausedNow = run.pausedAt === undefined ? 0 : this.now() - run.pausedAt;
    return Math.max(0, this.now() - run.startedAt - run.pausedMs - pausedNow);
  }

  /** The engine is done: the rest of the history still goes in batches, then `final`. */
  private finish(runId: string, run: HostedRun, final: WorkerMessage): void {
    run.done = true;
    run.final = final;
    if (run.timer !== undefined) clearTimeout(run.timer);
    run.timer = undefined;
    this.flush(runId, run);
  }

  /** Buffers an event; true when it hit a breakpoint (the run was paused). */
  private onEvent(runId: string, run: HostedRun, event: HistoryEvent): boolean {
    run.buffer.push(event);
    run.recorded++;
    if (isStepStop(event)) run.stops++;
    const hit = this.checkBreakpoint(run, event);
    // Flow control: a client that has not caught up gets no more batches; events wait here (an
    // engine in a tight loop may never let the acknowledgement in: Stop terminates the worker).
    const due = run.buffer.length >= this.maxBatch || this.now() - run.lastFlush >= this.batchMs;
    if (due && run.inFlight < this.maxInFlight) this.flush(runId, run);
    else this.scheduleFlush(runId, run);
    return hit;
  }

  /** Pauses on entering a breakpoint state (the engine stops at the tick after the event). */
  private checkBreakpoint(run: HostedRun, event: HistoryEvent): boolean {
    if (run.breakpoints.size === 0 || !isStateEntered(event)) return false;
    const path = event.studio?.path;
    const name = enteredName(event);
    if ((path === undefined || !run.breakpoints.has(path)) && (name === undefined || !run.breakpoints.has(name))) return false;
    run.execution.pause();
    this.markPaused(run);
    return true;
  }

  private async step(run: HostedRun, runId: string, until: StepUntil): Promise<void> {
    const events = run.recorded;
    const stops = run.stops;
    // A step is engine time; the pause goes on after it.
    this.markResumed(run);
    // A "transition" step ends at the next stop (a state entered, a failed attempt, a retry);
    // single events are finer (TaskScheduled, …).
    for (let guard = 0; guard < 100_000; guard++) {
      if (run.done || run.execution.status() !== 'RUNNING' || !run.execution.paused()) break;
      await run.execution.step();
      if (until === 'event' && run.recorded > events) break;
      if (until === 'transition' && run.stops > stops) break;
    }
    if (!run.done && run.execution.paused()) this.markPaused(run);
    if (!run.done) this.flush(runId, run);
  }

  private scheduleFlush(runId: string, run: HostedRun): void {
    if (run.timer !== undefined || run.done) return;
    run.timer = setTimeout(() => {
      run.timer = undefined;
      // A snapshot alone (no events) is always sent: it reports pauses and callback waits.
      if (run.inFlight < this.maxInFlight || run.buffer.length === 0) this.flush(runId, run);
    }, this.batchMs);
  }

  /**
   * Posts buffered events in batches of at most `maxBatch` while the client keeps up (at most
   * two unacknowledged), then, once the engine is done and every event is posted, the final
   * message. The rest follows the client's acks.
   */
  private flush(runId: string, run: HostedRun): void {
    let posted = 0;
    // While the engine runs, the caller decided to post (a step, a timer with a snapshot to report).
    if (!run.done) posted += this.postBatch(runId, run);
    while (run.buffer.length > 0 && run.inFlight < this.maxInFlight) posted += this.postBatch(runId, run);
    // A trailing snapshot catches pauses and callback waits that record no further event.
    if (!run.done && posted > 0) this.scheduleFlush(runId, run);
    if (run.done && run.buffer.length === 0 && run.final) {
      this.options.post(run.final);
      run.final = undefined;
      this.runs.delete(runId);
    }
  }

  /** Posts the first `maxBatch` buffered events (none: the snapshot alone); returns how many. */
  private postBatch(runId: string, run: HostedRun): number {
    const all = run.buffer;
    const events = all.length > this.maxBatch ? all.slice(0, this.maxBatch) : all;
    run.buffer = events === all ? [] : all.slice(this.maxBatch);
    run.streamed += events.length;
    run.lastFlush = this.now();
    if (events.length > 0) run.inFlight++;
    const snapshot = this.snapshot(run);
    this.options.post(this.json && events.length > 0
      ? { kind: 'events', runId, json: JSON.stringify(events), count: events.length, snapshot }
      : { kind: 'events', runId, events, snapshot });
    return events.length;
  }

  private snapshot(run: HostedRun): RunSnapshot {
    const execution = run.execution;
    return { status: execution.status(), paused: execution.paused(), pendingCallbacks: execution.pendingTaskTokens() };
  }
}
