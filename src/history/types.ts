/**
 * Types of an imported AWS execution: the run model the studio shows (studio-annotated
 * `GetExecutionHistory` events, outcome, definition) and what a replay reports.
 */
import type { StateMachine } from '../asl/types';
import type { ExecutionStatus, HistoryEvent, MockConfigFile, MockResponse, MockShorthand } from '../interpreter/types';

/** A payload AWS did not hand over in full (`…Details.truncated`, or left out of the history). */
export interface PayloadNotice {
  eventId: number;
  /** The details field: `input`, `output`, `parameters`, … */
  field: string;
  reason: 'truncated' | 'omitted';
}

/** Something in the history that does not match the definition it is shown on. */
export interface FitProblem {
  eventId: number;
  message: string;
}

/** Facts about the execution from `describe-execution` (when given). */
export interface ExecutionFacts {
  executionArn?: string;
  stateMachineArn?: string;
  name?: string;
  status?: string;
  startDate?: string;
  stopDate?: string;
}

/** An AWS execution as the studio's run model. */
export interface ImportedExecution {
  /** Events sorted by id, with `studio` annotations (`time` from the recorded timestamp; `path`/`iteration` when a definition is known). */
  events: HistoryEvent[];
  status: ExecutionStatus;
  input?: unknown;
  output?: unknown;
  error?: string;
  cause?: string;
  /** The definition carried by the files, or the one passed in the options. */
  definition?: StateMachine;
  /** Where the definition came from. */
  definitionSource?: 'file' | 'option';
  execution: ExecutionFacts;
  payloadNotices: PayloadNotice[];
  /** Where the history does not fit the definition (empty when no definition is known). */
  fit: FitProblem[];
  /** Soft problems: gaps in the ids (a page missing), duplicate events dropped. */
  warnings: string[];
}

export interface ImportOptions {
  /** The definition to annotate with when the files carry none (the studio's open workflow). */
  definition?: StateMachine;
  /** Names of the files, for located errors. */
  fileNames?: string[];
  /**
   * Called while the events are placed on the definition, every few thousand events and at the
   * end: `events[0..placed)` are final, placed on `definition`. The studio's history worker sends
   * them on from here, so the page reads the first events while the rest are still being placed.
   */
  onPlaced?(events: readonly HistoryEvent[], placed: number, definition: StateMachine): void;
}

/** One side of a divergence, in words and as data. */
export interface DivergenceSide {
  eventId: number;
  type: string;
  name?: string;
  /** Encoded state path of the event's state. */
  statePath?: string;
  iteration?: number[];
  /** `retried 'Charge' (attempt #2)`, `entered 'Failed' (caught States.Timeout)`. */
  text: string;
}

export interface Divergence {
  /** The AWS event where the runs part (the last AWS event of the scope when AWS has none there). */
  eventId: number;
  /** AWS's side (null: AWS's history has nothing more in that scope). */
  expected: DivergenceSide | null;
  /** The local run's side (null: the local run has nothing more in that scope). */
  actual: DivergenceSide | null;
  /** Encoded path of the state where the runs part ('' at the execution level). */
  statePath: string;
  iteration: number[];
  kind: 'event' | 'payload' | 'missing' | 'extra' | 'outcome';
  /** "AWS retried 'Charge' (attempt #2), this run entered 'Failed' (caught States.Timeout)". */
  message: string;
}

/** Recorded answers of Task invocations. */
export interface DerivedMocks {
  /** Per state path and Map iteration chain (`Path#0.2`), in recorded order: what replay uses. */
  byScope: Record<string, MockResponse[]>;
  /** Per state name in recorded order (the engine's shorthand). */
  shorthand: MockShorthand;
  /** The same as a Step Functions Local MockConfigFile test case. */
  mockConfig: MockConfigFile;
  /** Answers whose payload was truncated by AWS (replayed as recorded text). */
  truncated: number;
}

export interface ReplayOptions {
  /** State machine name of the MockConfigFile (default: from the ARN, else `StateMachine`). */
  stateMachineName?: string;
  /** Test case name of the MockConfigFile (default `Replay`). */
  testCase?: string;
  /** Compare state inputs/outputs too (default true). */
  comparePayloads?: boolean;
}

export interface ReplayResult {
  status: Exclude<ExecutionStatus, 'RUNNING'>;
  output?: unknown;
  error?: string;
  cause?: string;
  divergence: Divergence | null;
  mocks: DerivedMocks;
  /** The local run's events. */
  events: HistoryEvent[];
  /** Where the history does not fit the definition. */
  fit: FitProblem[];
}
