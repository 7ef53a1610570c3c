/**
 * The run session of one studio: the run store plus the live handles of running executions.
 * It starts runs through the worker client, feeds streamed events into the store, and forwards
 * the panel's controls (pause, step, stop, callbacks, breakpoints) to the right execution.
 * One session per studio store (kept in a WeakMap), so runs survive leaving Run mode.
 */
import type { StateMachine } from '../../asl/types';
import type { DefaultMockPolicy, MockConfigFile, MockShorthand } from '../../interpreter/types';
import { startRun, type RunHandle } from '../../interpreter/worker/client';
import type { RunSnapshot, StepUntil, WorkerRunOptions } from '../../interpreter/worker/protocol';
import { frameInbox } from './frameInbox';
import { createRunStore, type RunRecord, type RunStore } from '../../store/runStore';
import type { HistoryEvent } from '../../interpreter/types';
import { LiveRun } from '../../run/live';
import { Checkpoints, TimeTravel } from '../../run/travel';
import type { StudioStore } from '../../store/studioStore';

export interface StartRequest {
  definition: StateMachine;
  input: unknown;
  name: string;
  workflow: string;
  mocks: MockShorthand | MockConfigFile;
  testCase?: string;
  stateMachineName?: string;
  mockLabel: string;
  defaultPolicy: DefaultMockPolicy;
  breakpoints: string[];
  maxTransitions?: number;
  maxEvents?: number;
  startPaused?: boolean;
}

export interface RunSession {
  store: RunStore;
  /** The incremental derivations of a run's whole history (advanced as its events arrive). */
  liveRun(run: RunRecord): LiveRun;
  /** Time travel over a run's history, from checkpoints left while it streamed. */
  timeTravel(run: RunRecord): TimeTravel;
  start(request: StartRequest): string;
  pause(id: string): void;
  resume(id: string): void;
  step(id: string, until?: StepUntil): void;
  stop(id: string): void;
  sendTaskSuccess(id: string, token: string, output: unknown): void;
  sendTaskFailure(id: string, token: string, error: string, cause: string): void;
  isLive(id: string): boolean;
}

const sessions = new WeakMap<StudioStore, RunSession>();

/** The run session of a studio store (created on first use). */
export function runSessionFor(studio: StudioStore): RunSession {
  let session = sessions.get(studio);
  if (!session) {
    session = createRunSession();
    sessions.set(studio, session);
  }
  return session;
}

export function createRunSession(options: { inThread?: boolean } = {}): RunSession {
  const store = createRunStore();
  const handles = new Map<string, RunHandle>();
  interface Derivations { live: LiveRun; checkpoints: Checkpoints; travel?: TimeTravel }
  const derivations = new WeakMap<readonly HistoryEvent[], Derivations>();
  function derivationsOf(run: RunRecord): Derivations {
    let d = derivations.get(run.events);
    if (!d) {
      d = { live: new LiveRun(run.definition), checkpoints: new Checkpoints() };
      derivations.set(run.events, d);
    }
    return d;
  }
  const liveRunOf = (run: RunRecord): LiveRun => derivationsOf(run).live;
  /** Folds a run's newly staged events; leaves a time-travel checkpoint every few thousand. */
  function fold(run: RunRecord): void {
    const d = derivationsOf(run);
    d.live.advance(run.events);
    d.checkpoints.offer(d.live);
  }

  // Breakpoints set while a run goes apply to it at once.
  store.subscribe((state, previous) => {
    if (state.breakpoints === previous.breakpoints) return;
    for (const handle of handles.values()) handle.setBreakpoints(state.breakpoints);
  });

  return {
    store,
    liveRun: liveRunOf,
    timeTravel(run) {
      const d = derivationsOf(run);
      d.travel ??= new TimeTravel(run.definition, run.events, d.checkpoints);
      return d.travel;
    },
    start(request) {
      const runOptions: WorkerRunOptions = {
        name: request.name,
        mocks: request.mocks,
        defaultMockPolicy: request.defaultPolicy,
        breakpoints: request.breakpoints,
        clock: 'simulated',
        ...(request.testCase !== undefined ? { testCase: request.testCase } : {}),
        ...(request.stateMachineName !== undefined ? { stateMachineName: request.stateMachineName } : {}),
        ...(request.maxTransitions !== undefined ? { maxTransitions: request.maxTransitions } : {}),
        ...(request.maxEvents !== undefined ? { maxEvents: request.maxEvents } : {}),
        ...(request.startPaused ? { startPaused: true } : {}),
      };
      const startedAt = performance.now();
      let id = '';
      // Batches are decoded and folded into the run's derivations frame by frame, within a
      // budget; the store (hence React) sees them about ten times a second while they stream.
      const inbox = frameInbox<RunSnapshot>({
        accept(events) {
          const state = store.getState();
          state.stageEvents(id, events);
          const record = state.runs.find((r) => r.id === id);
          if (record) fold(record);
        },
        commit: (snapshot) => store.getState().commitEvents(id, snapshot),
      });
      const handle = startRun(request.definition, request.input, runOptions, {
        onEvents: (events, snapshot) => inbox.add(events, snapshot),
        onBatch: (batch, snapshot) => inbox.addBatch(batch, snapshot),
        onResult: (outcome, info) => {
          handles.delete(id);
          inbox.then(() => store.getState().finishRun(id, outcome, info));
        },
        onError: (message) => {
          handles.delete(id);
          inbox.then(() => store.getState().crashRun(id, message));
        },
      }, options.inThread ? { inThread: true } : {});
      id = handle.runId;
      handles.set(id, handle);
      store.getState().addRun({
        id, name: request.name, workflow: request.workflow, definition: request.definition, input: request.input,
        mockLabel: request.mockLabel, events: [], eventCount: 0, status: 'RUNNING', paused: !!request.startPaused, pendingCallbacks: [], startedAt,
      });
      return id;
    },
    pause: (id) => handles.get(id)?.pause(),
    resume: (id) => handles.get(id)?.resume(),
    step: (id, until = 'transition') => handles.get(id)?.step(until),
    stop: (id) => handles.get(id)?.stop(),
    sendTaskSuccess: (id, token, output) => handles.get(id)?.sendTaskSuccess(token, output),
    sendTaskFailure: (id, token, error, cause) => handles.get(id)?.sendTaskFailure(token, error, cause),
    isLive: (id) => handles.has(id),
  };
}
