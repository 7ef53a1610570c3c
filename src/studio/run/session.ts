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
import { EventLog, historyKey } from '../../run/eventLog';
import type { StudioStore } from '../../store/studioStore';
import type { ImportedExecution } from '../../history/types';
import type { FitProblem } from '../../history/types';
import { createHistoryClient, type HistoryClient } from '../../history/worker/client';
import { runStoreBinding, type RunDataHost } from '../../store/runDataBinding';
import { uniqueName } from '../../workspace/names';

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
  /** Starts a run again with the same definition, input, mocks and settings (a new execution). */
  rerun(id: string): string | undefined;
  pause(id: string): void;
  resume(id: string): void;
  step(id: string, until?: StepUntil): void;
  stop(id: string): void;
  sendTaskSuccess(id: string, token: string, output: unknown): void;
  sendTaskFailure(id: string, token: string, error: string, cause: string): void;
  isLive(id: string): boolean;
  /** Imports and replays AWS execution histories off the main thread (in this thread where workers are unavailable). */
  history: HistoryClient;
  /** Opens an AWS execution as a run (all its events at once); returns its id. */
  openRecorded(imported: ImportedExecution, options: { workflow: string; definition: StateMachine; fitOpenWorkflow: FitProblem[]; definitionLabel?: string | undefined }): string;
  /**
   * Folds a history's events while they arrive (before the run opens), so that opening it later
   * costs nothing more. `events` is one growing array: the one the run will be opened with.
   */
  foldAhead(events: readonly HistoryEvent[], definition: StateMachine): void;
  /** Opens a run that already finished elsewhere (a test case run in the tests worker) in the Run views; returns its id. */
  openFinished(run: FinishedRun): string;
  /** Replays a recorded run on `definition` with its derived mocks; the local run is added beside it. */
  replayRecorded(id: string, definition: StateMachine, workflow: string): Promise<void>;
}

/** A whole history run elsewhere, with its outcome. */
export interface FinishedRun {
  name: string;
  workflow: string;
  definition: StateMachine;
  input: unknown;
  events: HistoryEvent[];
  status: ImportedExecution['status'];
  output?: unknown;
  error?: string;
  cause?: string;
  mockLabel: string;
}

const sessions = new WeakMap<StudioStore, RunSession>();
const bound = new WeakSet<RunSession>();

/** A finished run record of a whole history (recorded on AWS, or replayed here). */
function recordedRecord(id: string, run: Pick<ImportedExecution, 'events' | 'status' | 'input' | 'output' | 'error' | 'cause'>, workflow: string, definition: StateMachine, name: string, mockLabel: string): RunRecord {
  const events = run.events;
  const status = run.status === 'RUNNING' ? 'RUNNING' : run.status;
  const record: RunRecord = {
    id, name, workflow, definition, input: run.input, mockLabel, events: EventLog.of(events), status, paused: false,
    pendingCallbacks: [], startedAt: performance.now(),
  };
  if (status !== 'RUNNING') {
    record.outcome = {
      status, transitions: events.filter((e) => e.type.endsWith('StateEntered')).length,
      startTime: events[0]?.studio.time ?? 0, stopTime: events[events.length - 1]?.studio.time ?? 0,
      ...(run.output !== undefined ? { output: run.output } : {}),
      ...(run.error !== undefined ? { error: run.error } : {}),
      ...(run.cause !== undefined ? { cause: run.cause } : {}),
    };
  }
  return record;
}

/**
 * The run session of a studio store (created on first use). `host` keeps the open workflow's
 * run data (mocks, input…): the first caller that names one connects it to the session's store.
 */
export function runSessionFor(studio: StudioStore, host?: RunDataHost | null): RunSession {
  let session = sessions.get(studio);
  if (!session) {
    session = createRunSession();
    sessions.set(studio, session);
  }
  if (host && !bound.has(session)) {
    bound.add(session);
    host.bindRunData(runStoreBinding(session.store));
  }
  return session;
}

export function createRunSession(options: { inThread?: boolean } = {}): RunSession {
  const store = createRunStore();
  const history = createHistoryClient(options.inThread ? { inThread: true } : {});
  const handles = new Map<string, RunHandle>();
  /** What each run was started with (small: the definition, input and mocks), for Re-run. */
  const requests = new Map<string, StartRequest>();
  interface Derivations { live: LiveRun; checkpoints: Checkpoints; travel?: TimeTravel }
  /** Per history (every version of a run's event log shares them). */
  const derivations = new WeakMap<object, Derivations>();
  function derivationsOf(run: Pick<RunRecord, 'events' | 'definition'>): Derivations {
    const key = historyKey(run.events);
    let d = derivations.get(key);
    if (!d) {
      d = { live: new LiveRun(run.definition), checkpoints: new Checkpoints() };
      derivations.set(key, d);
    }
    return d;
  }
  const liveRunOf = (run: RunRecord): LiveRun => derivationsOf(run).live;
  /** Folds a later version of a run's history; leaves a time-travel checkpoint every few thousand events. */
  function fold(run: RunRecord, events: EventLog): void {
    const d = derivationsOf(run);
    d.live.advance(events);
    d.checkpoints.offer(d.live);
  }

  let recordedCount = 0;
  /**
   * Adds a finished run, its derivations folded in one go. Its time-travel checkpoints are left
   * by the first move back (TimeTravel): copying the derivations every few thousand events was a
   * tenth of the time a 25,000-event history took to show.
   */
  function addFolded(record: RunRecord): void {
    derivationsOf(record).live.advance(record.events);
    store.getState().addRun(record);
  }

  // Breakpoints set while a run goes apply to it at once.
  store.subscribe((state, previous) => {
    if (state.breakpoints === previous.breakpoints) return;
    for (const handle of handles.values()) handle.setBreakpoints(state.breakpoints);
  });

  return {
    store,
    history,
    liveRun: liveRunOf,
    timeTravel(run) {
      const d = derivationsOf(run);
      d.travel ??= new TimeTravel(run.definition, run.events, d.checkpoints);
      return d.travel.follow(run.events);
    },
    rerun(id) {
      const request = requests.get(id);
      if (!request) return undefined;
      // A valid execution name (no spaces), distinct from every run of the session: name-rerun, name-rerun-2…
      const base = `${request.name.replace(/-rerun(-\d+)?$/, '')}-rerun`;
      return this.start({ ...request, name: uniqueName(base, store.getState().runs.map((r) => r.name)), startPaused: false });
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
      /** The history folded so far: ahead of what the store shows until the next commit. */
      let staged = EventLog.empty();
      // Batches are decoded and folded into the run's derivations frame by frame, within a
      // budget; the store (hence React) sees them about ten times a second while they stream.
      const inbox = frameInbox<RunSnapshot>({
        accept(events) {
          staged = staged.append(events);
          const record = store.getState().runs.find((r) => r.id === id);
          if (record) fold(record, staged);
        },
        commit: (snapshot) => store.getState().commitEvents(id, staged, snapshot),
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
      requests.set(id, request);
      store.getState().addRun({
        id, name: request.name, workflow: request.workflow, definition: request.definition, input: request.input,
        mockLabel: request.mockLabel, events: staged, status: 'RUNNING', paused: !!request.startPaused, pendingCallbacks: [], startedAt,
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
    openRecorded(imported, options) {
      const id = `aws-${++recordedCount}`;
      const record = recordedRecord(id, imported, options.workflow, options.definition, imported.execution.name ? `AWS: ${imported.execution.name}` : 'AWS execution', 'answers recorded on AWS');
      record.recorded = { imported, fitOpenWorkflow: options.fitOpenWorkflow, ...(options.definitionLabel ? { definitionLabel: options.definitionLabel } : {}) };
      addFolded(record);
      return id;
    },
    foldAhead(events, definition) {
      derivationsOf({ events: EventLog.of(events), definition }).live.advance(events);
    },
    openFinished(run) {
      const id = `finished-${++recordedCount}`;
      const run2: Pick<ImportedExecution, 'events' | 'status' | 'input' | 'output' | 'error' | 'cause'> = {
        events: run.events, status: run.status, input: run.input,
        ...(run.output !== undefined ? { output: run.output } : {}),
        ...(run.error !== undefined ? { error: run.error } : {}),
        ...(run.cause !== undefined ? { cause: run.cause } : {}),
      };
      addFolded(recordedRecord(id, run2, run.workflow, run.definition, run.name, run.mockLabel));
      store.getState().setActive(id);
      return id;
    },
    async replayRecorded(id, definition, workflow) {
      const recorded = store.getState().runs.find((r) => r.id === id)?.recorded;
      if (!recorded) return;
      const result = await history.replay(definition, recorded.imported);
      const localId = `replay-${++recordedCount}`;
      const local: ImportedExecution = { ...recorded.imported, events: result.events, status: result.status, fit: result.fit };
      delete local.output;
      delete local.error;
      delete local.cause;
      if (result.output !== undefined) local.output = result.output;
      if (result.error !== undefined) local.error = result.error;
      if (result.cause !== undefined) local.cause = result.cause;
      addFolded(recordedRecord(localId, local, workflow, definition, `Replay of ${recorded.imported.execution.name ?? 'the AWS execution'}`, 'recorded answers (replay)'));
      // The recorded run stays open: the divergence is shown on it.
      store.getState().setActive(id);
      store.getState().setReplay(id, {
        divergence: result.divergence, status: result.status, localRunId: localId, mocks: result.mocks,
        ...(result.error !== undefined ? { error: result.error } : {}),
      });
    },
  };
}
