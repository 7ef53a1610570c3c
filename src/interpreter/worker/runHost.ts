/**
 * Hosts executions on behalf of a client: starts them, streams their history in throttled
 * batches, forwards control requests and posts the result. The worker wraps it around
 * `postMessage`; the in-thread fallback wraps it around a direct callback. No DOM, no React.
 */
import type { Execution, ExecutionOptions, HistoryEvent, StateMachine } from '../types';
import type { ClientRequest, RunSnapshot, StepUntil, WorkerMessage, WorkerRunOptions } from './protocol';

export type StartExecution = (definition: StateMachine, input: unknown, options?: ExecutionOptions) => Execution;

export interface RunHostOptions {
  start: StartExecution;
  post: (message: WorkerMessage) => void;
  /** Longest time events wait before they are posted (ms). */
  batchMs?: number;
  /** Most events in one batch. */
  maxBatch?: number;
  now?: () => number;
}

const MAX_IN_FLIGHT = 2;

interface HostedRun {
  execution: Execution;
  buffer: HistoryEvent[];
  /** Events and state transitions recorded so far (streamed or buffered). */
  recorded: number;
  transitions: number;
  streamed: number;
  /** Batches posted and not yet acknowledged by the client. */
  inFlight: number;
  lastFlush: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  breakpoints: Set<string>;
  startedAt: number;
  done: boolean;
}

/** True for `…StateEntered` events: one state transition each. */
export function isStateEntered(event: HistoryEvent): boolean {
  return event.type.endsWith('StateEntered');
}

function enteredName(event: HistoryEvent): string | undefined {
  const details = event['stateEnteredEventDetails'] as { name?: unknown } | undefined;
  return typeof details?.name === 'string' ? details.name : undefined;
}

/** Runs executions and speaks the worker protocol through `post`. */
export class RunHost {
  private readonly runs = new Map<string, HostedRun>();
  private readonly batchMs: number;
  private readonly maxBatch: number;
  private readonly now: () => number;

  constructor(private readonly options: RunHostOptions) {
    this.batchMs = options.batchMs ?? 50;
    this.maxBatch = options.maxBatch ?? 5000;
    this.now = options.now ?? (() => Date.now());
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
          break;
        case 'resume':
          run?.execution.resume();
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
            if (run.buffer.length > 0) this.scheduleFlush(request.runId, run);
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
      execution, buffer: [], recorded: 0, transitions: 0, streamed: 0, inFlight: 0, lastFlush: startedAt, timer: undefined,
      breakpoints: new Set(breakpoints), startedAt, done: false,
    };
    holder.run = hosted;
    this.runs.set(runId, hosted);
    // Events recorded synchronously inside startExecution arrived before `run` existed.
    let atBreakpoint = false;
    for (const event of early) atBreakpoint = this.onEvent(runId, hosted, event) || atBreakpoint;
    if (!startPaused && !atBreakpoint) execution.resume();
    this.scheduleFlush(runId, hosted);
    execution.result.then(
      (result) => {
        this.finish(runId, hosted);
        const missing = result.events.slice(hosted.streamed + hosted.buffer.length);
        hosted.buffer.push(...missing);
        this.flush(runId, hosted);
        const { events: _events, ...outcome } = result;
        this.options.post({ kind: 'result', runId, outcome, snapshot: this.snapshot(hosted), workerMs: this.now() - hosted.startedAt });
      },
      (err: unknown) => {
        this.finish(runId, hosted);
        this.flush(runId, hosted);
        this.options.post({ kind: 'error', runId, message: err instanceof Error ? err.message : String(err) });
      },
    );
  }

  private finish(runId: string, run: HostedRun): void {
    run.done = true;
    if (run.timer !== undefined) clearTimeout(run.timer);
    run.timer = undefined;
    this.runs.delete(runId);
  }

  /** Buffers an event; true when it hit a breakpoint (the run was paused). */
  private onEvent(runId: string, run: HostedRun, event: HistoryEvent): boolean {
    run.buffer.push(event);
    run.recorded++;
    if (isStateEntered(event)) run.transitions++;
    const hit = this.checkBreakpoint(run, event);
    // Flow control: a client that has not caught up gets no more batches; events wait here (an
    // engine in a tight loop may never let the acknowledgement in: Stop terminates the worker).
    const due = run.buffer.length >= this.maxBatch || this.now() - run.lastFlush >= this.batchMs;
    if (due && run.inFlight < MAX_IN_FLIGHT) this.flush(runId, run);
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
    return true;
  }

  private async step(run: HostedRun, runId: string, until: StepUntil): Promise<void> {
    const events = run.recorded;
    const transitions = run.transitions;
    // A transition is one `…StateEntered` event; single events are finer (TaskScheduled, …).
    for (let guard = 0; guard < 100_000; guard++) {
      if (run.done || run.execution.status() !== 'RUNNING' || !run.execution.paused()) break;
      await run.execution.step();
      if (until === 'event' && run.recorded > events) break;
      if (until === 'transition' && run.transitions > transitions) break;
    }
    if (!run.done) this.flush(runId, run);
  }

  private scheduleFlush(runId: string, run: HostedRun): void {
    if (run.timer !== undefined || run.done) return;
    run.timer = setTimeout(() => {
      run.timer = undefined;
      // A snapshot alone (no events) is always sent: it reports pauses and callback waits.
      if (run.inFlight < MAX_IN_FLIGHT || run.buffer.length === 0) this.flush(runId, run);
    }, this.batchMs);
  }

  private flush(runId: string, run: HostedRun): void {
    const events = run.buffer;
    run.buffer = [];
    run.streamed += events.length;
    run.lastFlush = this.now();
    if (events.length > 0) run.inFlight++;
    this.options.post({ kind: 'events', runId, events, snapshot: this.snapshot(run) });
    // A trailing snapshot catches pauses and callback waits that record no further event.
    if (!run.done && events.length > 0) this.scheduleFlush(runId, run);
  }

  private snapshot(run: HostedRun): RunSnapshot {
    const execution = run.execution;
    return { status: execution.status(), paused: execution.paused(), pendingCallbacks: execution.pendingTaskTokens() };
  }
}
