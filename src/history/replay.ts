/**
 * `replayExecution`: runs a definition with the recorded input on the simulated clock, each Task
 * answered with what AWS recorded for that invocation (per state and Map iteration), and reports
 * the first place where the local run departs from the recorded one.
 */
import { deepEqual } from '../asl/deepEqual';
import type { StateMachine } from '../asl/types';
import { startExecution } from '../interpreter/execution';
import type { MockResponse, TaskHandler } from '../interpreter/types';
import { annotateEvents } from './annotate';
import { firstDivergence } from './compare';
import { deriveMocks, scopeKeyOf } from './deriveMocks';
import { importExecutionHistory, type HistoryInput } from './importHistory';
import { StateIndex } from './stateIndex';
import type { ImportedExecution, ReplayOptions, ReplayResult } from './types';

function isImported(value: unknown): value is ImportedExecution {
  return typeof value === 'object' && value !== null && Array.isArray((value as ImportedExecution).events) && Array.isArray((value as ImportedExecution).fit)
    && 'payloadNotices' in value;
}

/** The history placed on `definition` (a copy when it was placed on another one). */
function onDefinition(history: ImportedExecution | HistoryInput, definition: StateMachine): ImportedExecution {
  if (!isImported(history)) return importExecutionHistory(history, { definition });
  if (history.definition === definition) return history;
  const events = history.events.map((e) => ({ ...e, studio: { time: e.studio.time } }));
  return { ...history, events, definition, definitionSource: 'option', fit: annotateEvents(events, definition) };
}

/** The state machine's name from its ARN (`…:stateMachine:Name`). */
function machineName(arn: string | undefined): string | undefined {
  const m = arn ? /:stateMachine:([^:]+)/.exec(arn) : null;
  return m?.[1];
}

/** Task handlers answering each invocation with the next recorded answer of its state and iteration. */
function recordedAnswers(definition: StateMachine, byScope: Record<string, MockResponse[]>): Record<string, TaskHandler> {
  const used = new Map<string, number>();
  const handler: TaskHandler = (_input, context) => {
    const key = scopeKeyOf(context.statePath, context.iteration);
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    const answer = byScope[key]?.[n];
    if (!answer) {
      throw { error: 'States.Runtime', cause: `AWS recorded no answer for invocation #${n + 1} of '${context.stateName}' here, so the replay cannot go on past it.` };
    }
    if ('Throw' in answer) throw { error: answer.Throw.Error, cause: answer.Throw.Cause };
    return answer.Return;
  };
  const handlers: Record<string, TaskHandler> = {};
  for (const state of new StateIndex(definition).byPath.values()) if (state.type === 'Task') handlers[state.path] = handler;
  return handlers;
}

/**
 * Replays a recorded execution on `definition`.
 * @param history an imported execution, or anything {@link importExecutionHistory} accepts
 */
export async function replayExecution(definition: StateMachine, history: ImportedExecution | HistoryInput, options: ReplayOptions = {}): Promise<ReplayResult> {
  const imported = onDefinition(history, definition);
  const stateMachine = options.stateMachineName ?? machineName(imported.execution.stateMachineArn) ?? 'StateMachine';
  const mocks = deriveMocks(imported.events, { stateMachine, testCase: options.testCase ?? 'Replay' }, imported.payloadNotices);
  const first = imported.events[0];
  const run = await startExecution(definition, imported.input === undefined ? {} : imported.input, {
    taskHandlers: recordedAnswers(definition, mocks.byScope),
    clock: 'simulated',
    seed: 1,
    awaitCallbacks: false,
    ...(first ? { startTime: first.studio.time } : {}),
    ...(imported.execution.name ? { name: imported.execution.name } : {}),
    stateMachineName: stateMachine,
  }).result;

  let divergence = firstDivergence(imported.events, run.events, {
    payloads: options.comparePayloads !== false,
    notices: imported.payloadNotices,
  });
  if (!divergence && imported.status !== 'RUNNING') {
    const sameOutput = imported.status !== 'SUCCEEDED' || deepEqual(run.output, imported.output);
    if (run.status !== imported.status || run.error !== imported.error || !sameOutput) {
      const last = imported.events[imported.events.length - 1]!;
      const said = (status: string, error?: string) => `${status.toLowerCase()}${error ? ` (${error})` : ''}`;
      divergence = {
        eventId: last.id, expected: null, actual: null, statePath: '', iteration: [], kind: 'outcome',
        message: `AWS ended ${said(imported.status, imported.error)}, this run ended ${said(run.status, run.error)}${sameOutput ? '' : ' with another output'}.`,
      };
    }
  }
  const result: ReplayResult = { status: run.status, divergence, mocks, events: run.events, fit: imported.fit };
  if (run.output !== undefined) result.output = run.output;
  if (run.error !== undefined) result.error = run.error;
  if (run.cause !== undefined) result.cause = run.cause;
  return result;
}
