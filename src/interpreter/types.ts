/**
 * Public types of the execution engine: options, the Execution handle, results and history
 * events shaped like the Step Functions `GetExecutionHistory` API.
 */
import type { Clock } from '../time/clock';
import type { Diagnostic, StateMachine } from '../asl/types';

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** One mocked answer of a Task invocation (Step Functions Local `MockedResponses` entry). */
export type MockResponse = { Return: unknown } | { Throw: { Error?: string; Cause?: string } };

/** Per-state shorthand: the n-th entry answers the n-th invocation, the last one repeats. */
export type MockShorthand = Record<string, MockResponse[] | MockResponse>;

/** Step Functions Local `MockConfigFile` format. */
export interface MockConfigFile {
  StateMachines: Record<string, { TestCases: Record<string, Record<string, string>> }>;
  MockedResponses: Record<string, Record<string, MockResponse>>;
}

/** What a task handler receives besides the effective input. */
export interface TaskHandlerContext {
  stateName: string;
  statePath: string;
  resource: string;
  /** 1-based invocation count of this state in this execution (retries count). */
  invocation: number;
  /** Map iteration indexes around the state, outermost first (absent outside Map iterations). */
  iteration?: number[];
  taskToken?: string;
  context: unknown;
}

/**
 * A library user's implementation of a Task state: return (or resolve) the task result; throw an
 * error whose `name` (or `error`) is the Step Functions error name to fail the task.
 */
export type TaskHandler = (input: unknown, context: TaskHandlerContext) => unknown;

/** What to do when a Task has neither a mock nor a handler. */
export type DefaultMockPolicy = 'fail' | 'input' | 'empty';


export interface ExecutionOptions {
  /** Per-state shorthand or a MockConfigFile (then `testCase` picks the test case). */
  mocks?: MockShorthand | MockConfigFile;
  testCase?: string;
  /** Handlers by state name (or by Resource ARN); a handler wins over a mock. */
  taskHandlers?: Record<string, TaskHandler>;
  /**
   * The execution's time (default: a new `simulatedClock()`). On a simulated clock (see
   * `simulatedClock`), waits and retry back-off advance virtual time instantly whenever the
   * execution has nothing else to do, and task timeouts do not run (virtual time stands still
   * while a handler or callback is awaited). `realClock` really waits.
   *
   * @deprecated The strings `'simulated'` and `'real'` are still accepted (they mean
   * `simulatedClock(startTime)` and `realClock`); pass a `Clock` object instead.
   */
  clock?: Clock | 'simulated' | 'real';
  /** Start of the virtual clock (ms since epoch) when `clock` is not a `Clock` object; default: now. */
  startTime?: number;
  /** History size limit, default 25,000 (the service quota). */
  maxEvents?: number;
  /** Runaway guard: maximum state transitions, default 1,000,000. */
  maxTransitions?: number;
  /** Execution name (context `Execution.Name`). */
  name?: string;
  stateMachineName?: string;
  /** Deep-merged into the context object (`Execution`, `StateMachine`, …). */
  contextOverrides?: Record<string, unknown>;
  /**
   * The context object exactly as given, instead of the generated one (TestState's `context`
   * request field: `$$` is that object, nothing added).
   */
  contextObject?: Record<string, unknown>;
  /** Workflow variables in scope when the run starts (TestState's `variables`). */
  variables?: Record<string, unknown>;
  /** Encoded state paths (`P/0/Inner`) or plain state names where the run pauses on entry. */
  breakpoints?: string[];
  startPaused?: boolean;
  defaultMockPolicy?: DefaultMockPolicy;
  /**
   * Items a Distributed Map's `ItemReader` reads when no mock answers it and the default-mock
   * policy is not 'fail' (default: no items, so the Map runs and succeeds with `[]`).
   */
  defaultReaderItems?: unknown[];
  /**
   * `.waitForTaskToken` Tasks without a mock or handler wait for `sendTaskSuccess/Failure`
   * (default true); false fails them like any unanswered Task.
   */
  awaitCallbacks?: boolean;
  /** Called synchronously for every history event as it is recorded. */
  onEvent?: (event: HistoryEvent) => void;
  /**
   * Called when the run has come to a pause (start paused, breakpoint, `pause()`, end of a
   * `step()`): `pause()` asks, this says it happened, so a debugger waits for it instead of polling.
   */
  onPause?: () => void;
  /** Skip validation (for callers that validated already). */
  skipValidation?: boolean;
  /**
   * Record the data-flow stages of each state (`studio.stages` on `…StateExited` events, for
   * the step-details pane). Default true.
   */
  recordStages?: boolean;
  /** Deterministic seed for jitter, `$random()`, `$uuid()` and task tokens. */
  seed?: number;
}

/** Data-flow stages of one state run, for the UI's "step details" pane. */
export interface StudioStages {
  input?: unknown;
  afterInputPath?: unknown;
  afterParameters?: unknown;
  arguments?: unknown;
  result?: unknown;
  afterResultSelector?: unknown;
  afterResultPath?: unknown;
  output?: unknown;
}

/** Non-AWS annotations on a history event (AWS-shaped fields stay clean). */
export interface StudioDetails {
  /** Encoded StatePath of the state the event belongs to. */
  path?: string;
  /** Map iteration index chain, outermost first (inside Map iterations). */
  iteration?: number[];
  stages?: StudioStages;
  variables?: Record<string, unknown>;
  retryCount?: number;
  /** Virtual/real time in ms since epoch. */
  time: number;
}

/** A `GetExecutionHistory` event: `type`, ids, `timestamp` and one `…EventDetails` object. */
export interface HistoryEvent {
  id: number;
  previousEventId: number;
  type: string;
  /** ISO-8601 timestamp. */
  timestamp: string;
  studio: StudioDetails;
  [details: string]: unknown;
}

export interface ExecutionResult {
  status: Exclude<ExecutionStatus, 'RUNNING'>;
  output?: unknown;
  error?: string;
  cause?: string;
  events: HistoryEvent[];
  /** Validator diagnostics when the definition was rejected before running. */
  diagnostics?: Diagnostic[];
  /** State transitions performed. */
  transitions: number;
  startTime: number;
  stopTime: number;
}

export interface Execution {
  readonly executionArn: string;
  result: Promise<ExecutionResult>;
  /** Every event so far, then new ones as they are recorded, ending with the execution. */
  events(): AsyncIterable<HistoryEvent>;
  /** Current status without awaiting. */
  status(): ExecutionStatus;
  paused(): boolean;
  pause(): void;
  resume(): void;
  /** While paused: advance until at least one more history event is recorded. */
  step(): Promise<void>;
  stop(error?: string, cause?: string): void;
  sendTaskSuccess(token: string, output: unknown): void;
  sendTaskFailure(token: string, error?: string, cause?: string): void;
  sendTaskHeartbeat(token: string): void;
  /** Task tokens currently waiting for a callback. */
  pendingTaskTokens(): { token: string; stateName: string; statePath: string }[];
}

export type { StateMachine };
