/**
 * Runs the state under test on the execution engine: a one-state machine (plus a stub for each
 * state it can go to), without its Retry and Catch (TestState evaluates those itself, see
 * `errorHandling`), its Task answered by the mock. The engine's history gives back the state's
 * output, its data-flow stages, the next state and the failure.
 */
import type { State, StateMachine } from '../asl/types';
import { startExecution } from '../interpreter/execution';
import type { HistoryEventOf, MockResponse, StateExitedEvent, StudioStages, TaskHandler } from '../interpreter/types';
import { isEnteredEvent, isExitedEvent } from '../interpreter/eventDetails';

/** The resource a mocked Task is given on the engine: nothing shapes its answer (AWS returns the mock as is). */
const MOCK_RESOURCE = 'arn:aws:states:::teststate:mock';

export interface EngineRun {
  name: string;
  state: State;
  queryLanguage: 'JSONPath' | 'JSONata';
  input: unknown;
  context: Record<string, unknown>;
  variables: Record<string, unknown>;
  /** The mocked answer of the Task (or the Map/Parallel turned into one). */
  answer: MockResponse | undefined;
  /** Answers an unmocked Task (the service, in a local run). */
  handler: TaskHandler | undefined;
  startTime: number;
  seed: number | undefined;
}

export type EngineOutcome =
  | { ok: true; output: unknown; stages: StudioStages; variables: Record<string, unknown> | undefined; next: string | undefined }
  | { ok: false; error: string | undefined; cause: string | undefined; parameters: unknown; hasParameters: boolean };

/** The states a state may go to next (each becomes a stub on the engine). */
function targets(state: State): string[] {
  const out: string[] = [];
  const s = state as { Next?: unknown; Default?: unknown; Choices?: unknown };
  if (typeof s.Next === 'string') out.push(s.Next);
  if (typeof s.Default === 'string') out.push(s.Default);
  if (Array.isArray(s.Choices)) for (const c of s.Choices) if (c && typeof c.Next === 'string') out.push(c.Next);
  return out;
}

function machineOf(run: EngineRun): StateMachine {
  const state = { ...(run.state as unknown as Record<string, unknown>) };
  delete state.Retry;
  delete state.Catch;
  if (state.Type === 'Task' && run.answer) state.Resource = MOCK_RESOURCE;
  const states: Record<string, unknown> = {};
  for (const target of targets(run.state)) if (target !== run.name) states[target] = { Type: 'Succeed' };
  states[run.name] = state;
  return { QueryLanguage: run.queryLanguage, StartAt: run.name, States: states } as unknown as StateMachine;
}

export async function runOnEngine(run: EngineRun): Promise<EngineOutcome> {
  const handlers: Record<string, TaskHandler> = {};
  if (run.handler && !run.answer) handlers[run.name] = run.handler;
  const execution = startExecution(machineOf(run), run.input, {
    ...(run.answer ? { mocks: { [run.name]: [run.answer] } } : {}),
    ...(run.seed !== undefined ? { seed: run.seed } : {}),
    taskHandlers: handlers,
    contextObject: run.context,
    variables: run.variables,
    skipValidation: true,
    stateMachineName: 'TestState',
    startTime: run.startTime,
    maxTransitions: 10,
  });
  const result = await execution.result;
  const events = result.events;
  let scheduled: HistoryEventOf<'TaskScheduled' | 'LambdaFunctionScheduled'> | undefined;
  let exited: StateExitedEvent | undefined;
  let exitedAt = -1;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.type === 'TaskScheduled' || e.type === 'LambdaFunctionScheduled') scheduled ??= e;
    if (isExitedEvent(e) && e.stateExitedEventDetails?.name === run.name) {
      exited = e;
      exitedAt = i;
      break;
    }
  }
  if (!exited || result.status !== 'SUCCEEDED') {
    // What the task was called with: a service's `parameters`, a Lambda function's `input`.
    const text = scheduled?.type === 'TaskScheduled' ? scheduled.taskScheduledEventDetails?.parameters : scheduled?.lambdaFunctionScheduledEventDetails?.input;
    return {
      ok: false,
      error: result.error,
      cause: result.cause,
      parameters: typeof text === 'string' ? JSON.parse(text) : undefined,
      hasParameters: typeof text === 'string',
    };
  }
  const after = events.slice(exitedAt + 1).find(isEnteredEvent);
  const output = exited.stateExitedEventDetails?.output;
  return {
    ok: true,
    output: typeof output === 'string' ? JSON.parse(output) : output,
    stages: exited.studio.stages ?? {},
    variables: exited.studio.variables,
    next: after?.stateEnteredEventDetails?.name,
  };
}
