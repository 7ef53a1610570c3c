/**
 * ASL Studio as a library: parse and validate Amazon States Language definitions, run them
 * locally with the execution engine, and export/import SAM templates. Runs on Node 20 and in
 * browsers; `asl-studio` (src/cli) is the command-line front end.
 */
// ASL YAML and the JSONata syntax check are lazy imports in the browser bundle; a Node library has them from the start.
import './asl/nodeParsers';
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
export { parseDefinition, validateDefinition, encodeStatePath, decodeStatePath, serializeDefinition, loadYaml } from './asl';
export type { StateMachine, State, StatePath, Diagnostic, WorkflowSettings } from './asl';
export { toSamTemplate, readTemplate } from './sam';
export { testState, TestStateError } from './teststate';
export type { TestStateRequest, TestStateResponse, TestStateOptions, InspectionData, TestStateMock, TestStateConfiguration } from './teststate';
export { importExecutionHistory, replayExecution, HistoryImportError, deriveMocks, toMockConfigFile } from './history';
export type {
  ImportedExecution,
  ImportOptions,
  ImportProblem,
  HistoryInput,
  ReplayOptions,
  ReplayResult,
  Divergence,
  DivergenceSide,
  DerivedMocks,
  PayloadNotice,
  FitProblem,
} from './history';
