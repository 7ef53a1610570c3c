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

/** The fields every history event has; `studio` is the engine's own annotation (not AWS). */
export interface HistoryEventBase {
  id: number;
  previousEventId: number;
  /** ISO-8601 timestamp. */
  timestamp: string;
  studio: StudioDetails;
}

// Details objects as the `GetExecutionHistory` API reference documents them (HistoryEvent and the
// `…EventDetails` shapes). Payloads (`input`, `output`, `parameters`) are JSON text.

/** `inputDetails` / `outputDetails`: whether AWS cut the payload (HistoryEventExecutionDataDetails). */
export interface HistoryEventExecutionDataDetails {
  truncated?: boolean;
}

/** Credentials a task ran with (TaskCredentials). */
export interface TaskCredentials {
  roleArn?: string;
}

/** `error` and `cause` of a failure (ExecutionFailedEventDetails, TaskFailed…, LambdaFunctionFailed…, …). */
export interface FailureEventDetails {
  error?: string;
  cause?: string;
}
export type ExecutionFailedEventDetails = FailureEventDetails;
export type ExecutionAbortedEventDetails = FailureEventDetails;
export type ExecutionTimedOutEventDetails = FailureEventDetails;
export type ActivityFailedEventDetails = FailureEventDetails;
export type ActivityScheduleFailedEventDetails = FailureEventDetails;
export type ActivityTimedOutEventDetails = FailureEventDetails;
export type LambdaFunctionFailedEventDetails = FailureEventDetails;
export type LambdaFunctionScheduleFailedEventDetails = FailureEventDetails;
export type LambdaFunctionStartFailedEventDetails = FailureEventDetails;
export type LambdaFunctionTimedOutEventDetails = FailureEventDetails;
export type MapRunFailedEventDetails = FailureEventDetails;

export interface ExecutionStartedEventDetails {
  input?: string;
  inputDetails?: HistoryEventExecutionDataDetails;
  roleArn?: string;
  stateMachineAliasArn?: string;
  stateMachineVersionArn?: string;
}

export interface ExecutionSucceededEventDetails {
  output?: string;
  outputDetails?: HistoryEventExecutionDataDetails;
}

export interface ExecutionRedrivenEventDetails {
  redriveCount?: number;
}

/** `stateEnteredEventDetails` of every `…StateEntered` event. */
export interface StateEnteredEventDetails {
  name: string;
  input?: string;
  inputDetails?: HistoryEventExecutionDataDetails;
}

/** `stateExitedEventDetails` of every `…StateExited` event. */
export interface StateExitedEventDetails {
  name: string;
  output?: string;
  outputDetails?: HistoryEventExecutionDataDetails;
  /** Variables the state assigned, each as JSON text. */
  assignedVariables?: Record<string, string>;
  assignedVariablesDetails?: { truncated?: boolean };
}

/** The service a Task called (`resourceType` `lambda`, `resource` `invoke`, …). */
export interface TaskResource {
  resourceType: string;
  resource: string;
}

export interface TaskScheduledEventDetails extends TaskResource {
  region: string;
  parameters: string;
  timeoutInSeconds?: number;
  heartbeatInSeconds?: number;
  taskCredentials?: TaskCredentials;
}
export type TaskStartedEventDetails = TaskResource;
export interface TaskFailedEventDetails extends TaskResource, FailureEventDetails {}
export type TaskStartFailedEventDetails = TaskFailedEventDetails;
export type TaskSubmitFailedEventDetails = TaskFailedEventDetails;
export type TaskTimedOutEventDetails = TaskFailedEventDetails;
export interface TaskSucceededEventDetails extends TaskResource {
  output?: string;
  outputDetails?: HistoryEventExecutionDataDetails;
}
export type TaskSubmittedEventDetails = TaskSucceededEventDetails;

export interface LambdaFunctionScheduledEventDetails {
  resource: string;
  input?: string;
  inputDetails?: HistoryEventExecutionDataDetails;
  timeoutInSeconds?: number;
  taskCredentials?: TaskCredentials;
}
export interface LambdaFunctionSucceededEventDetails {
  output?: string;
  outputDetails?: HistoryEventExecutionDataDetails;
}

export interface ActivityScheduledEventDetails {
  resource: string;
  input?: string;
  inputDetails?: HistoryEventExecutionDataDetails;
  timeoutInSeconds?: number;
  heartbeatInSeconds?: number;
}
export interface ActivityStartedEventDetails {
  workerName?: string;
}
export type ActivitySucceededEventDetails = LambdaFunctionSucceededEventDetails;

export interface MapStateStartedEventDetails {
  /** Number of iterations. */
  length?: number;
}

/** Details of `MapIterationStarted/Succeeded/Failed/Aborted`: the Map state's name and the index. */
export interface MapIterationEventDetails {
  name?: string;
  index?: number;
}

export interface MapRunStartedEventDetails {
  mapRunArn?: string;
}
export interface MapRunRedrivenEventDetails {
  mapRunArn?: string;
  redriveCount?: number;
}

/** A JSONata expression or a variable assignment failed in `state` (`location`: the field). */
export interface EvaluationFailedEventDetails extends FailureEventDetails {
  location?: string;
  state: string;
}

/** ASL state types, as they prefix the `…StateEntered` / `…StateExited` / `…StateAborted` event types. */
export type StateTypeName = 'Task' | 'Pass' | 'Choice' | 'Wait' | 'Succeed' | 'Fail' | 'Parallel' | 'Map';

type StateEventTable = { [S in StateTypeName as `${S}StateEntered`]: { stateEnteredEventDetails?: StateEnteredEventDetails } } & {
  [S in StateTypeName as `${S}StateExited`]: { stateExitedEventDetails?: StateExitedEventDetails };
};

/**
 * Every event type with the key and shape of its details. AWS marks every details field of
 * HistoryEvent optional (a history read with `--no-include-execution-data` leaves payloads out), so
 * readers handle a missing one.
 */
interface EventTable extends StateEventTable {
  ExecutionStarted: { executionStartedEventDetails?: ExecutionStartedEventDetails };
  ExecutionSucceeded: { executionSucceededEventDetails?: ExecutionSucceededEventDetails };
  ExecutionFailed: { executionFailedEventDetails?: ExecutionFailedEventDetails };
  ExecutionAborted: { executionAbortedEventDetails?: ExecutionAbortedEventDetails };
  ExecutionTimedOut: { executionTimedOutEventDetails?: ExecutionTimedOutEventDetails };
  ExecutionRedriven: { executionRedrivenEventDetails?: ExecutionRedrivenEventDetails };
  TaskScheduled: { taskScheduledEventDetails?: TaskScheduledEventDetails };
  TaskStarted: { taskStartedEventDetails?: TaskStartedEventDetails };
  TaskStartFailed: { taskStartFailedEventDetails?: TaskStartFailedEventDetails };
  TaskSubmitted: { taskSubmittedEventDetails?: TaskSubmittedEventDetails };
  TaskSubmitFailed: { taskSubmitFailedEventDetails?: TaskSubmitFailedEventDetails };
  TaskSucceeded: { taskSucceededEventDetails?: TaskSucceededEventDetails };
  TaskFailed: { taskFailedEventDetails?: TaskFailedEventDetails };
  TaskTimedOut: { taskTimedOutEventDetails?: TaskTimedOutEventDetails };
  TaskStateAborted: object;
  LambdaFunctionScheduled: { lambdaFunctionScheduledEventDetails?: LambdaFunctionScheduledEventDetails };
  LambdaFunctionScheduleFailed: { lambdaFunctionScheduleFailedEventDetails?: LambdaFunctionScheduleFailedEventDetails };
  LambdaFunctionStarted: object;
  LambdaFunctionStartFailed: { lambdaFunctionStartFailedEventDetails?: LambdaFunctionStartFailedEventDetails };
  LambdaFunctionSucceeded: { lambdaFunctionSucceededEventDetails?: LambdaFunctionSucceededEventDetails };
  LambdaFunctionFailed: { lambdaFunctionFailedEventDetails?: LambdaFunctionFailedEventDetails };
  LambdaFunctionTimedOut: { lambdaFunctionTimedOutEventDetails?: LambdaFunctionTimedOutEventDetails };
  ActivityScheduled: { activityScheduledEventDetails?: ActivityScheduledEventDetails };
  ActivityScheduleFailed: { activityScheduleFailedEventDetails?: ActivityScheduleFailedEventDetails };
  ActivityStarted: { activityStartedEventDetails?: ActivityStartedEventDetails };
  ActivitySucceeded: { activitySucceededEventDetails?: ActivitySucceededEventDetails };
  ActivityFailed: { activityFailedEventDetails?: ActivityFailedEventDetails };
  ActivityTimedOut: { activityTimedOutEventDetails?: ActivityTimedOutEventDetails };
  WaitStateAborted: object;
  ParallelStateStarted: object;
  ParallelStateSucceeded: object;
  ParallelStateFailed: object;
  ParallelStateAborted: object;
  MapStateStarted: { mapStateStartedEventDetails?: MapStateStartedEventDetails };
  MapStateSucceeded: object;
  MapStateFailed: object;
  MapStateAborted: object;
  MapIterationStarted: { mapIterationStartedEventDetails?: MapIterationEventDetails };
  MapIterationSucceeded: { mapIterationSucceededEventDetails?: MapIterationEventDetails };
  MapIterationFailed: { mapIterationFailedEventDetails?: MapIterationEventDetails };
  MapIterationAborted: { mapIterationAbortedEventDetails?: MapIterationEventDetails };
  MapRunStarted: { mapRunStartedEventDetails?: MapRunStartedEventDetails };
  MapRunSucceeded: object;
  MapRunFailed: { mapRunFailedEventDetails?: MapRunFailedEventDetails };
  MapRunAborted: object;
  MapRunRedriven: { mapRunRedrivenEventDetails?: MapRunRedrivenEventDetails };
  EvaluationFailed: { evaluationFailedEventDetails?: EvaluationFailedEventDetails };
}

/** The `type` of a history event (AWS's HistoryEventType). */
export type HistoryEventType = keyof EventTable;

/** The event of one type (a union for a union of types): the common fields plus that type's details key. */
export type HistoryEventOf<T extends HistoryEventType> = T extends HistoryEventType ? HistoryEventBase & { type: T } & EventTable[T] : never;

/**
 * A `GetExecutionHistory` event: `type`, ids, `timestamp` and the `…EventDetails` object of its
 * type. A union discriminated on `type`: after `if (e.type === 'TaskScheduled')`,
 * `e.taskScheduledEventDetails` is typed and any other details key is a compile error.
 */
export type HistoryEvent = HistoryEventOf<HistoryEventType>;

/** The details object of an event type (`never` for types without details). */
export type EventDetailsOf<T extends HistoryEventType> = {
  [K in keyof EventTable[T]]-?: K extends `${string}EventDetails` ? NonNullable<EventTable[T][K]> : never;
}[keyof EventTable[T]];

/** Event types that carry a details object. */
export type DetailedEventType = { [T in HistoryEventType]: [EventDetailsOf<T>] extends [never] ? never : T }[HistoryEventType];

/** Event types whose details have the field `F` (`'error'` → TaskFailed, ExecutionFailed, …). */
export type EventTypeWithDetail<F extends string> = {
  [T in HistoryEventType]: [EventDetailsOf<T>] extends [never] ? never : F extends keyof EventDetailsOf<T> ? T : never;
}[HistoryEventType];

/** `…StateEntered` events. */
export type StateEnteredEvent = HistoryEventOf<`${StateTypeName}StateEntered`>;
/** `…StateExited` events. */
export type StateExitedEvent = HistoryEventOf<`${StateTypeName}StateExited`>;

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
