/**
 * AWS executions in the studio: import a `GetExecutionHistory` response as a run, derive the
 * mocks it implies, and replay it locally to find where a workflow departs from it.
 */
export { importExecutionHistory, HistoryImportError, formatProblem, type ImportProblem, type HistoryInput } from './importHistory';
export { replayExecution } from './replay';
export { annotateEvents } from './annotate';
export { deriveMocks, toMockConfigFile, answerOf, scopeKeyOf } from './deriveMocks';
export { firstDivergence, describeEvent, scopeOf } from './compare';
export type * from './types';
