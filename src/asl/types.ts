/**
 * Types for the whole Amazon States Language (states-language.net), both query languages.
 *
 * The model is deliberately close to the JSON: a definition parsed from text is used as-is, so
 * unknown fields survive a round trip. Field values that may hold a JSONata `{% … %}` string
 * are typed as `unknown` or widened with `string`.
 */

export type QueryLanguage = 'JSONPath' | 'JSONata';

export type StateType = 'Task' | 'Pass' | 'Choice' | 'Wait' | 'Succeed' | 'Fail' | 'Parallel' | 'Map';

export const STATE_TYPES: readonly StateType[] = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'];

/** A JSON value as it appears in a definition or an execution payload. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Top level of a state machine (and of a Parallel branch / Map processor: `StatesScope`). */
export interface StatesScope {
  StartAt: string;
  States: Record<string, State>;
  Comment?: string;
  QueryLanguage?: QueryLanguage;
}

export interface StateMachine extends StatesScope {
  Version?: string;
  TimeoutSeconds?: number;
  [extra: string]: unknown;
}

export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: 'FULL' | 'NONE';
  Comment?: string;
}

export interface Catcher {
  ErrorEquals: string[];
  Next: string;
  ResultPath?: string | null;
  Output?: unknown;
  Assign?: Record<string, unknown>;
  Comment?: string;
}

/** Fields every state may carry. */
interface StateBase {
  Comment?: string;
  QueryLanguage?: QueryLanguage;
  [extra: string]: unknown;
}

/** Fields of states that transition: exactly one of Next / End. */
interface Transitions {
  Next?: string;
  End?: boolean;
}

/** JSONPath input/output processing (ASL spec "Input and Output Processing"). */
interface JsonPathIO {
  InputPath?: string | null;
  OutputPath?: string | null;
}
interface JsonPathResult {
  ResultPath?: string | null;
}

/** JSONata counterparts. */
interface JsonataIO {
  Output?: unknown;
}

interface AssignField {
  Assign?: Record<string, unknown>;
}

export interface TaskState extends StateBase, Transitions, JsonPathIO, JsonPathResult, JsonataIO, AssignField {
  Type: 'Task';
  Resource: string;
  Parameters?: unknown;
  Arguments?: unknown;
  ResultSelector?: unknown;
  Credentials?: unknown;
  TimeoutSeconds?: number | string;
  TimeoutSecondsPath?: string;
  HeartbeatSeconds?: number | string;
  HeartbeatSecondsPath?: string;
  Retry?: Retrier[];
  Catch?: Catcher[];
}

export interface PassState extends StateBase, Transitions, JsonPathIO, JsonPathResult, JsonataIO, AssignField {
  Type: 'Pass';
  Result?: unknown;
  Parameters?: unknown;
}

/** A Choice rule in JSONPath (boolean expression tree) or JSONata (`Condition`). */
export interface ChoiceRule {
  Next?: string; // present on top-level rules only
  Variable?: string;
  And?: ChoiceRule[];
  Or?: ChoiceRule[];
  Not?: ChoiceRule;
  Condition?: string | boolean;
  Assign?: Record<string, unknown>;
  Output?: unknown;
  Comment?: string;
  [operator: string]: unknown;
}

export interface ChoiceState extends StateBase, JsonPathIO, JsonataIO, AssignField {
  Type: 'Choice';
  Choices: ChoiceRule[];
  Default?: string;
}

export interface WaitState extends StateBase, Transitions, JsonPathIO, JsonataIO, AssignField {
  Type: 'Wait';
  Seconds?: number | string;
  Timestamp?: string;
  SecondsPath?: string;
  TimestampPath?: string;
}

export interface SucceedState extends StateBase, JsonPathIO, JsonataIO {
  Type: 'Succeed';
}

export interface FailState extends StateBase {
  Type: 'Fail';
  Error?: string;
  Cause?: string;
  ErrorPath?: string;
  CausePath?: string;
}

export interface ParallelState extends StateBase, Transitions, JsonPathIO, JsonPathResult, JsonataIO, AssignField {
  Type: 'Parallel';
  Branches: StatesScope[];
  Parameters?: unknown;
  Arguments?: unknown;
  ResultSelector?: unknown;
  Retry?: Retrier[];
  Catch?: Catcher[];
}

export interface ProcessorConfig {
  Mode?: 'INLINE' | 'DISTRIBUTED';
  ExecutionType?: 'STANDARD' | 'EXPRESS';
}

export interface ItemProcessor extends StatesScope {
  ProcessorConfig?: ProcessorConfig;
}

export interface ItemReader {
  Resource: string;
  ReaderConfig?: {
    InputType?: 'CSV' | 'JSON' | 'JSONL' | 'MANIFEST' | 'PARQUET';
    CSVHeaderLocation?: 'FIRST_ROW' | 'GIVEN';
    CSVHeaders?: string[];
    CSVDelimiter?: string;
    MaxItems?: number | string;
    MaxItemsPath?: string;
    [extra: string]: unknown;
  };
  Parameters?: unknown;
  Arguments?: unknown;
}

export interface ItemBatcher {
  MaxItemsPerBatch?: number | string;
  MaxItemsPerBatchPath?: string;
  MaxInputBytesPerBatch?: number | string;
  MaxInputBytesPerBatchPath?: string;
  BatchInput?: unknown;
}

export interface ResultWriter {
  Resource?: string;
  Parameters?: unknown;
  Arguments?: unknown;
  WriterConfig?: { OutputType?: string; Transformation?: string };
}

export interface MapState extends StateBase, Transitions, JsonPathIO, JsonPathResult, JsonataIO, AssignField {
  Type: 'Map';
  ItemProcessor?: ItemProcessor;
  /** Legacy (pre-2022) name of ItemProcessor. */
  Iterator?: StatesScope;
  ItemsPath?: string;
  Items?: unknown;
  ItemSelector?: unknown;
  /** Legacy name of ItemSelector. */
  Parameters?: unknown;
  ItemReader?: ItemReader;
  ItemBatcher?: ItemBatcher;
  ResultWriter?: ResultWriter;
  ResultSelector?: unknown;
  MaxConcurrency?: number | string;
  MaxConcurrencyPath?: string;
  ToleratedFailureCount?: number | string;
  ToleratedFailureCountPath?: string;
  ToleratedFailurePercentage?: number | string;
  ToleratedFailurePercentagePath?: string;
  Label?: string;
  Retry?: Retrier[];
  Catch?: Catcher[];
}

export type State = TaskState | PassState | ChoiceState | WaitState | SucceedState | FailState | ParallelState | MapState;

/**
 * Address of a state anywhere in the machine: the names of the container states and the
 * branch indexes on the way down, ending in the state's own name.
 * Top level: `['Validate']`; inside branch 1 of Parallel `P`: `['P', 1, 'Inner']`;
 * inside a Map `M`'s processor: `['M', 0, 'Inner']` (a Map has one "branch", index 0).
 */
export type StatePath = (string | number)[];

export interface Diagnostic {
  code: string;
  message: string;
  severity: 'error' | 'warning' | 'info';
  /** JSON path into the document, e.g. `['States', 'Validate', 'Next']`. */
  path: (string | number)[];
  /** Text range, set by parseDefinition for syntax errors (other diagnostics are located via `path`). */
  range?: TextRange;
}

/** A range of characters in a document's text. */
export interface TextRange {
  offset: number;
  length: number;
}

/** State machine settings kept beside the ASL (Config mode, SAM export). */
export interface WorkflowSettings {
  name?: string;
  type?: 'STANDARD' | 'EXPRESS';
  logging?: { level: 'OFF' | 'ALL' | 'ERROR' | 'FATAL'; includeExecutionData?: boolean; logGroupName?: string; logGroupArn?: string };
  tracing?: boolean;
  roleArn?: string;
  /** A role given as an intrinsic (`!GetAtt Role.Arn`) by an imported template. */
  role?: unknown;
  /** SAM `Policies` kept from an imported template for re-export. */
  policies?: unknown;
  events?: Record<string, unknown>;
  permissionsBoundary?: unknown;
  rolePath?: unknown;
  tags?: Record<string, string>;
  autoPublishAlias?: string;
  substitutions?: Record<string, unknown>;
  /**
   * Names of `substitutions` whose value is a template Parameter (`DefinitionSubstitutions: Name: !Ref Name`,
   * the value its Default), sorted; writing a new one into a template adds the Parameter.
   */
  parameterSubstitutions?: string[];
  [extra: string]: unknown;
}

export function isStateType(value: unknown): value is StateType {
  return typeof value === 'string' && (STATE_TYPES as readonly string[]).includes(value);
}

/** Throws for a switch that a new state type was not added to. */
export function exhaustive(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
