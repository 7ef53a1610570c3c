/**
 * The AWS Step Functions TestState API's request and response shapes
 * (https://docs.aws.amazon.com/step-functions/latest/apireference/API_TestState.html).
 * JSON-text members (`input`, `variables`, `context`, `mock.result`, `mapItemReaderData`) may be
 * given as text, as the API takes them, or as JSON values; the response carries JSON values.
 */
export type InspectionLevel = 'INFO' | 'DEBUG' | 'TRACE';
export type TestStateStatus = 'SUCCEEDED' | 'FAILED' | 'RETRIABLE' | 'CAUGHT_ERROR';
export type FieldValidationMode = 'STRICT' | 'PRESENT' | 'NONE';

export interface TestStateMock {
  /** The mocked task (or Map/Parallel) result. */
  result?: unknown;
  /** The mocked failure. */
  errorOutput?: { error?: string; cause?: string };
  /** How the mocked result is checked against the service API's response shape (default STRICT). */
  fieldValidationMode?: FieldValidationMode;
}

export interface TestStateConfiguration {
  /** Retries already made by the retrier that matches the error (default 0). */
  retrierRetryCount?: number;
  /** The state inside a Map/Parallel that raised the mocked error. */
  errorCausedByState?: string;
  /** Map iterations that failed (checked against ToleratedFailureCount/Percentage). */
  mapIterationFailureCount?: number;
  /** The items an ItemReader read (JSON text or value). */
  mapItemReaderData?: unknown;
}

export interface TestStateRequest {
  /** One state, or a state machine together with `stateName` (JSON text or value). */
  definition: unknown;
  stateName?: string;
  roleArn?: string;
  input?: unknown;
  inspectionLevel?: InspectionLevel;
  revealSecrets?: boolean;
  variables?: unknown;
  context?: unknown;
  mock?: TestStateMock;
  stateConfiguration?: TestStateConfiguration;
}

export interface ErrorDetails {
  retryBackoffIntervalSeconds?: number;
  retryIndex?: number;
  catchIndex?: number;
}

export interface InspectionData {
  input?: unknown;
  afterInputPath?: unknown;
  afterParameters?: unknown;
  afterArguments?: unknown;
  afterItemsPath?: unknown;
  result?: unknown;
  afterResultSelector?: unknown;
  afterResultPath?: unknown;
  variables?: Record<string, unknown>;
  request?: { protocol?: string; method?: string; url?: string; headers?: string; body?: string };
  response?: { protocol?: string; statusCode?: string; statusMessage?: string; headers?: string; body?: string };
  errorDetails?: ErrorDetails;
  maxConcurrency?: number;
  toleratedFailureCount?: number;
  toleratedFailurePercentage?: number;
}

export interface TestStateResponse {
  status: TestStateStatus;
  output?: unknown;
  error?: string;
  cause?: string;
  nextState?: string;
  /** Only for inspection levels DEBUG and TRACE. */
  inspectionData?: InspectionData;
}

/** What AWS answers for a bad request: `ValidationException` or `InvalidDefinition`. */
export class TestStateError extends Error {
  constructor(
    readonly code: 'ValidationException' | 'InvalidDefinition',
    message: string,
  ) {
    super(message);
    this.name = code;
  }
}
