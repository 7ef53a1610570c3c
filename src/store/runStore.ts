/**
 * The session's executions and the run panel's state: the runs (events streamed so far, status,
 * result), which run is open, the time-travel cursor, breakpoints, mocks per workflow, an
 * imported MockConfigFile with its chosen test case, and the default-mock policy.
 * Plain data and small commands; the run controller (studio/run) feeds it from the worker.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StateMachine } from '../asl/types';
import type { DefaultMockPolicy, ExecutionStatus, HistoryEvent, MockConfigFile } from '../interpreter/types';
import type { PendingCallback, RunOutcome, RunSnapshot } from '../interpreter/worker/protocol';
import type { DerivedMocks, Divergence, FitProblem, ImportedExecution } from '../history/types';
import type { RunLimits, WorkflowRunData } from '../run/runData';
import type { StateMocks } from '../run/mockConfig';

/** A run opened from an AWS execution history (not run here). */
export interface RecordedRun {
  imported: ImportedExecution;
  /** Where the history does not fit the open workflow (empty when it fits). */
  fitOpenWorkflow: FitProblem[];
  /** Where the definition it is drawn on came from, when not the files nor the open workflow as such (e.g. "pay.asl.json, beside the history"). */
  definitionLabel?: string;
  /** The last "Replay locally" of it. */
  replay?: { divergence: Divergence | null; status: string; error?: string; localRunId: string; mocks: DerivedMocks };
}
import { summaryOfHistory, type RunSummary } from '../run/summary';
import { EventLog } from '../run/eventLog';
import { historyChars } from '../run/historyWeight';

/**
 * Runs that keep their whole history (the newest ones; a run still going always keeps it).
 * Older runs keep only their summary: a 25,000-event history with 2 KB payloads holds ~200 MB
 * of parsed events and derivations, so an unbounded list of runs crashed the tab.
 */
export const KEPT_HISTORIES = 3;

/**
 * Payload characters (see historyChars) the kept histories may hold together, beyond the newest
 * run's, which is always kept: three runs of 25,000 events with 2 KB results kept ~625 MiB of the
 * page's heap; with this budget such runs keep one history (~210 MiB) while ordinary runs (a few MB
 * of payload) still keep three.
 */
export const KEPT_HISTORY_CHARS = 24_000_000;

export interface ReleasePolicy {
  keep?: number;
  chars?: number;
  /** Runs that keep their history whatever it weighs (the two being compared). */
  protect?: readonly string[];
}

export interface RunRecord {
  id: string;
  name: string;
  workflow: string;
  definition: StateMachine;
  input: unknown;
  /** Mock source description (`3 mocked states`, `test case FlakyPayment`). */
  mockLabel: string;
  /**
   * The history shown so far: a version of the run's event log, replaced (never changed) when
   * events arrive, so whatever a reader memoised on it stays true.
   */
  events: EventLog;
  status: ExecutionStatus;
  paused: boolean;
  pendingCallbacks: PendingCallback[];
  outcome?: RunOutcome;
  /** The engine or the worker broke (not a workflow failure). */
  crash?: string;
  /** `performance.now()` when Start was pressed. */
  startedAt: number;
  /** Engine time where it ran, and time until the panel showed the result. */
  workerMs?: number;
  uiMs?: number;
  transport?: 'worker' | 'in-thread';
  /** Set when the run is an AWS execution opened from its history. */
  recorded?: RecordedRun;
  /** The host's id of the workflow that was open when the run started (see RunState.owner). */
  owner?: string;
  /**
   * Set when the history was released to save memory (`events` is then empty): what the
   * Executions list still shows of the run.
   */
  released?: { summary: RunSummary; eventCount: number };
}

/**
 * Older finished runs give up their history, keeping a summary: the newest run always keeps its
 * own, and older ones keep theirs, newest first, while there are fewer than `keep` kept and their
 * payload fits in `chars`. A run still going and a protected run always keep theirs.
 */
export function releaseOldHistories(runs: readonly RunRecord[], policy: ReleasePolicy = {}): RunRecord[] {
  const { keep = KEPT_HISTORIES, chars = KEPT_HISTORY_CHARS, protect = [] } = policy;
  const out = [...runs];
  // An execution opened from an AWS history keeps it (it cannot be re-run here).
  const releasable = (run: RunRecord) => !run.released && !run.recorded;
  // The protected runs take their room first; the newest run is kept beyond the budget.
  const guarded = out.filter((run) => releasable(run) && protect.includes(run.id));
  let kept = guarded.length;
  let weight = guarded.reduce((sum, run) => sum + historyChars(run.events), 0);
  let newest = true;
  for (let i = out.length - 1; i >= 0; i--) {
    const run = out[i]!;
    if (!releasable(run) || protect.includes(run.id)) continue;
    const size = historyChars(run.events);
    if (newest || run.status === 'RUNNING' || (kept < keep && weight + size <= chars)) {
      kept++;
      if (!newest) weight += size;
      newest = false;
      continue;
    }
    out[i] = { ...run, events: EventLog.empty(), released: { summary: summaryOfHistory(run.events), eventCount: run.events.length } };
  }
  return out;
}

export type { StateMocks };

export interface RunState {
  /** Every run of the session (all workflows'; see `runsOf`). */
  runs: RunRecord[];
  activeId: string | null;
  /** The host's id of the open workflow (library id, file id), or null when no host said. */
  owner: string | null;
  /** The run each workflow had open when another one opened (shown again when it comes back). */
  activeByOwner: Record<string, string | null>;
  /** Event index shown; null follows the live end of the history. */
  cursor: number | null;
  /** Node ids where runs pause on entry. */
  breakpoints: string[];
  /** The open workflow's edited per-state answers (a Task not listed gets the catalog default). */
  mocks: StateMocks;
  /** The open workflow's Start input as typed; null until edited (the workflow's default input). */
  input: string | null;
  limits: RunLimits;
  /** Counts loadRunData calls: editors holding typed text remount when another workflow's data arrives. */
  runDataLoads: number;
  mockFile: MockConfigFile | null;
  mockFileName: string | null;
  /** `machine\u0000testCase` chosen from the MockConfigFile, or null to use the per-state mocks. */
  testCase: { machine: string; name: string } | null;
  defaultPolicy: DefaultMockPolicy;
  /** Visit (seq) whose details are open. */
  selectedVisit: number | null;
  /** Map node id → iteration shown. */
  iterations: Record<string, number>;
  compare: [string, string] | null;
  /** Why the last AWS execution could not be opened (located problems), or null. */
  openProblems: string[] | null;
  /** The history files being read (in the history worker), or null. */
  opening: string[] | null;
}

export interface RunCommands {
  addRun(run: RunRecord): void;
  appendEvents(id: string, events: readonly HistoryEvent[], snapshot: RunSnapshot): void;
  /**
   * Shows a later version of the run's history (the session appends and folds batches frame by
   * frame, and shows them less often) and the run's state after it.
   */
  commitEvents(id: string, events: EventLog, snapshot: RunSnapshot): void;
  finishRun(id: string, outcome: RunOutcome, info: { workerMs: number; transport: 'worker' | 'in-thread' }): void;
  crashRun(id: string, message: string): void;
  setUiMs(id: string, ms: number): void;
  setActive(id: string | null): void;
  setCursor(cursor: number | null): void;
  toggleBreakpoint(nodeId: string): void;
  setMocks(mocks: StateMocks): void;
  setInput(text: string): void;
  setLimits(limits: RunLimits): void;
  /** The open workflow's run settings (saved with it). */
  runData(): WorkflowRunData;
  /** Shows another workflow's run settings (absent parts get their defaults). */
  loadRunData(data: WorkflowRunData | undefined): void;
  /**
   * Another workflow is open: its runs are the ones shown, the run it had open comes back (none
   * for a workflow without runs), and the previous workflow's open run is remembered for it.
   */
  showWorkflow(owner: string): void;
  setMockFile(file: MockConfigFile | null, name: string | null): void;
  setTestCase(testCase: { machine: string; name: string } | null): void;
  setDefaultPolicy(policy: DefaultMockPolicy): void;
  selectVisit(seq: number | null): void;
  chooseIteration(mapId: string, index: number | null): void;
  setCompare(pair: [string, string] | null): void;
  /** Records the result of replaying a recorded run locally. */
  setReplay(id: string, replay: NonNullable<RecordedRun['replay']>): void;
  setOpenProblems(problems: string[] | null): void;
  setOpening(files: string[] | null): void;
}

export type RunStore = StoreApi<RunState & RunCommands>;

export function createRunStore(): RunStore {
  return createStore<RunState & RunCommands>()((set, get) => {
    function update(id: string, change: (run: RunRecord) => RunRecord): void {
      set({ runs: get().runs.map((r) => (r.id === id ? change(r) : r)) });
    }
    return {
      runs: [],
      activeId: null,
      owner: null,
      activeByOwner: {},
      cursor: null,
      breakpoints: [],
      mocks: {},
      input: null,
      limits: {},
      runDataLoads: 0,
      mockFile: null,
      mockFileName: null,
      testCase: null,
      defaultPolicy: 'fail',
      selectedVisit: null,
      iterations: {},
      compare: null,
      openProblems: null,
      opening: null,

      addRun(run) {
        const { compare, owner } = get();
        const owned = run.owner === undefined && owner !== null ? { ...run, owner } : run;
        const runs = releaseOldHistories([...get().runs, owned], { protect: compare ?? [] });
        set({ runs, activeId: run.id, cursor: null, selectedVisit: null, iterations: {} });
      },
      appendEvents(id, events, snapshot) {
        // A new version in amortised O(1): a long run streams hundreds of batches.
        get().commitEvents(id, get().runs.find((r) => r.id === id)?.events.append(events) ?? EventLog.of(events), snapshot);
      },
      commitEvents(id, events, snapshot) {
        update(id, (r) => ({
          ...r,
          events,
          status: r.outcome ? r.status : snapshot.status,
          paused: snapshot.paused,
          pendingCallbacks: snapshot.pendingCallbacks,
        }));
      },
      finishRun(id, outcome, info) {
        update(id, (r) => ({ ...r, outcome, status: outcome.status, paused: false, pendingCallbacks: [], workerMs: info.workerMs, transport: info.transport }));
        // Only now is the run's weight known: a big one can leave room for fewer older histories.
        const runs = releaseOldHistories(get().runs, { protect: get().compare ?? [] });
        if (runs.some((r, i) => r !== get().runs[i])) set({ runs });
      },
      crashRun(id, message) {
        update(id, (r) => ({ ...r, crash: message, status: r.outcome?.status ?? 'FAILED', paused: false, pendingCallbacks: [] }));
      },
      setUiMs(id, ms) {
        update(id, (r) => (r.uiMs === undefined ? { ...r, uiMs: ms } : r));
      },
      setActive(id) {
        // A run whose history was released cannot be opened (the Executions list says so).
        if (id !== null && get().runs.find((r) => r.id === id)?.released) return;
        set({ activeId: id, cursor: null, selectedVisit: null, iterations: {} });
      },
      setCursor(cursor) {
        if (cursor !== get().cursor) set({ cursor });
      },
      toggleBreakpoint(nodeId) {
        const current = get().breakpoints;
        set({ breakpoints: current.includes(nodeId) ? current.filter((b) => b !== nodeId) : [...current, nodeId] });
      },
      setMocks(mocks) {
        set({ mocks });
      },
      setInput(input) {
        if (input !== get().input) set({ input });
      },
      setLimits(limits) {
        set({ limits: { ...get().limits, ...limits } });
      },
      runData() {
        const s = get();
        return {
          mocks: s.mocks,
          ...(s.input !== null ? { input: s.input } : {}),
          defaultPolicy: s.defaultPolicy,
          ...(s.mockFile ? { mockFile: { name: s.mockFileName ?? 'MockConfigFile.json', file: s.mockFile } } : {}),
          ...(s.mockFile && s.testCase ? { testCase: s.testCase } : {}),
          breakpoints: s.breakpoints,
          limits: s.limits,
        };
      },
      showWorkflow(owner) {
        const s = get();
        if (s.owner === owner) return;
        if (s.owner === null) {
          // The host names its first workflow: runs made before (a recorded execution opened while
          // the studio booted) are that workflow's, and the open one stays open.
          set({ owner, runs: s.runs.map((r) => (r.owner === undefined ? { ...r, owner } : r)) });
          return;
        }
        const activeByOwner = s.owner === null ? s.activeByOwner : { ...s.activeByOwner, [s.owner]: s.activeId };
        const back = activeByOwner[owner];
        const activeId = back && s.runs.some((r) => r.id === back && !r.released) ? back : null;
        const compare = s.compare && s.compare.every((id) => s.runs.find((r) => r.id === id)?.owner === owner) ? s.compare : null;
        set({ owner, activeByOwner, activeId, compare, cursor: null, selectedVisit: null, iterations: {} });
      },
      loadRunData(data) {
        set({
          mocks: data?.mocks ?? {},
          input: data?.input ?? null,
          defaultPolicy: data?.defaultPolicy ?? 'fail',
          mockFile: data?.mockFile?.file ?? null,
          mockFileName: data?.mockFile?.name ?? null,
          testCase: data?.mockFile && data.testCase ? data.testCase : null,
          breakpoints: data?.breakpoints ?? [],
          limits: data?.limits ?? {},
          runDataLoads: get().runDataLoads + 1,
        });
      },
      setMockFile(file, name) {
        set({ mockFile: file, mockFileName: name, testCase: null });
      },
      setTestCase(testCase) {
        set({ testCase });
      },
      setDefaultPolicy(policy) {
        set({ defaultPolicy: policy });
      },
      selectVisit(seq) {
        set({ selectedVisit: seq });
      },
      chooseIteration(mapId, index) {
        const next = { ...get().iterations };
        if (index === null) delete next[mapId];
        else next[mapId] = index;
        set({ iterations: next });
      },
      setCompare(pair) {
        set({ compare: pair });
      },
      setOpenProblems(problems) {
        set({ openProblems: problems });
      },
      setOpening(files) {
        set({ opening: files });
      },
      setReplay(id, replay) {
        update(id, (r) => (r.recorded ? { ...r, recorded: { ...r.recorded, replay } } : r));
      },
    };
  });
}

/** The runs the open workflow shows: its own, and those started before any workflow was known. */
export function runsOf(state: Pick<RunState, 'runs' | 'owner'>): RunRecord[] {
  return state.owner === null ? state.runs : state.runs.filter((r) => r.owner === undefined || r.owner === state.owner);
}
