/**
 * ASL Studio as a library: parse and validate Amazon States Language definitions, run them
 * locally with the execution engine, and export/import SAM templates. Runs on Node 20 and in
 * browsers; `asl-studio` (src/cli) is the command-line front end.
 */
export { startExecution } from './interpreter';
export type {
  Execution,
  ExecutionOptions,
  ExecutionResult,
  ExecutionStatus,
  HistoryEvent,
  MockConfigFile,
  MockResponse,
  MockShorthand,
  StudioDetails,
  StudioStages,
  TaskHandler,
  TaskHandlerContext,
  DefaultMockPolicy,
} from './interpreter';
export { parseDefinition, validateDefinition, encodeStatePath, decodeStatePath } from './asl';
export type { StateMachine, State, StatePath, Diagnostic, WorkflowSettings } from './asl';
export { toSamTemplate, readTemplate } from './sam';
