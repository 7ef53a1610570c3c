/**
 * `testState(request)`: one state in isolation, as the AWS TestState API runs it — the request
 * checked like AWS does, the state run on the execution engine (mocked Task result or error,
 * Map/Parallel results mocked as a whole), Retry and Catch evaluated without retrying, and the
 * response with the data-flow stages at inspection levels DEBUG and TRACE.
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_TestState.html
 */
import { getOwn } from '../asl/objects';
import type { MapState, State } from '../asl/types';
import { isStatesError } from '../asl/statesError';
import type { MockResponse, TaskHandler } from '../interpreter/types';
import { checkContext, generatedContext } from './context';
import { runOnEngine, type EngineOutcome } from './engine';
import { handleFailure, type Failure } from './errorHandling';
import { isHttpTask, httpRequestOf, httpResponseOf } from './httpTrace';
import { inspectionData, type Observed } from './inspection';
import { exceedsTolerance, mapFields, type MapFields } from './mapFields';
import { checkDefinition, checkMock, jsonMember, mockedResult, testedState, type TestedState } from './request';
import { TestStateError, type InspectionData, type TestStateRequest, type TestStateResponse } from './types';
import { uuidV4 } from '../asl/uuid';
import { seededRandom } from '../asl/random';

export interface TestStateOptions {
  /**
   * Answers an unmocked Task (AWS would call the service): by state name or Resource ARN.
   * Without one, an unmocked Task fails with a clear error.
   */
  taskHandlers?: Record<string, TaskHandler>;
  /** Start of the simulated clock (ms since epoch); default now. */
  startTime?: number;
  /** Seed for generated ids, `$random()` and `$uuid()`. */
  seed?: number;
}

const THRESHOLD_CAUSE = 'The specified tolerated failure threshold was exceeded';

function objectMember(value: unknown, member: string): Record<string, unknown> {
  const parsed = jsonMember(value, member);
  if (parsed === undefined || parsed === null) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new TestStateError('ValidationException', `'${member}' must be a JSON object`);
  return parsed as Record<string, unknown>;
}

function answerOf(request: TestStateRequest, result: unknown): MockResponse | undefined {
  const mock = request.mock;
  if (!mock) return undefined;
  if (mock.errorOutput !== undefined) {
    const t: { Error?: string; Cause?: string } = {};
    if (mock.errorOutput.error !== undefined) t.Error = mock.errorOutput.error;
    if (mock.errorOutput.cause !== undefined) t.Cause = mock.errorOutput.cause;
    return { Throw: t };
  }
  return { Return: result };
}

/** A Map or Parallel whose result is mocked runs on the engine as a Task with the same data-flow fields. */
function asMockedTask(state: State): State {
  const s = state as unknown as Record<string, unknown>;
  const task: Record<string, unknown> = { Type: 'Task', Resource: 'arn:aws:states:::teststate:mock' };
  const keep = ['Comment', 'QueryLanguage', 'InputPath', 'ResultSelector', 'ResultPath', 'OutputPath', 'Output', 'Assign', 'Next', 'End'];
  if (state.Type === 'Parallel') keep.push('Parameters', 'Arguments');
  for (const key of keep) if (s[key] !== undefined) task[key] = s[key];
  return task as unknown as State;
}

function handlerFor(options: TestStateOptions, tested: TestedState): TaskHandler | undefined {
  const handlers = options.taskHandlers ?? {};
  const resource = tested.state.Type === 'Task' ? tested.state.Resource : undefined;
  // Own properties only: a state may be named `constructor` or `toString`.
  return getOwn<TaskHandler>(handlers, tested.name) ?? (typeof resource === 'string' ? getOwn<TaskHandler>(handlers, resource) : undefined);
}

/**
 * Tests one state. Resolves with the TestState response; rejects with a {@link TestStateError}
 * (`ValidationException` / `InvalidDefinition`, AWS's message) for a request AWS refuses.
 */
export async function testState(request: TestStateRequest, options: TestStateOptions = {}): Promise<TestStateResponse> {
  const tested = testedState(request);
  checkDefinition(tested);
  const result = mockedResult(request);
  checkMock(request, tested, result);
  const { state, name } = tested;
  const input = request.input === undefined ? {} : jsonMember(request.input, 'input');
  const variables = objectMember(request.variables, 'variables');
  const random = seededRandom(options.seed);
  const startTime = options.startTime ?? Date.now();
  const group = state.Type === 'Map' || state.Type === 'Parallel';
  const context =
    request.context !== undefined
      ? checkContext(jsonMember(request.context, 'context'), state)
      : generatedContext({
          input,
          roleArn: request.roleArn,
          startTime,
          ids: [uuidV4(random), uuidV4(random)],
          retryCount: state.Type === 'Task' || group ? (request.stateConfiguration?.retrierRetryCount ?? 0) : undefined,
        });
  const jsonata = tested.queryLanguage === 'JSONata';
  const config = request.stateConfiguration ?? {};
  const observed: Observed = { input, context };

  let outcome: EngineOutcome | { ok: false; error: string | undefined; cause: string | undefined } | undefined;
  let map: Partial<MapFields> | undefined;
  if (state.Type === 'Map') {
    map = {};
    try {
      map = await mapFields(state as MapState, { jsonata, input, context, variables, readerData: jsonMember(config.mapItemReaderData, 'mapItemReaderData') }, map);
      observed.map = map;
      if (request.mock?.errorOutput) outcome = { ok: false, error: request.mock.errorOutput.error, cause: request.mock.errorOutput.cause };
      else if (exceedsTolerance(map as MapFields, config.mapIterationFailureCount ?? 0)) {
        outcome = { ok: false, error: 'States.ExceedToleratedFailureThreshold', cause: THRESHOLD_CAUSE };
      }
    } catch (e) {
      if (!isStatesError(e)) throw e;
      observed.mapStages = map;
      outcome = { ok: false, error: e.error, cause: e.cause };
    }
  } else if (state.Type === 'Parallel' && request.mock?.errorOutput) {
    outcome = { ok: false, error: request.mock.errorOutput.error, cause: request.mock.errorOutput.cause };
  }
  outcome ??= await runOnEngine({
    name,
    state: group ? asMockedTask(state) : state,
    queryLanguage: tested.queryLanguage,
    input,
    context,
    variables,
    answer: answerOf(request, result),
    handler: handlerFor(options, tested),
    startTime,
    seed: options.seed,
  });
  observed.outcome = outcome;

  const level = request.inspectionLevel ?? 'INFO';
  let response: TestStateResponse;
  if (outcome.ok) {
    response = { status: 'SUCCEEDED', output: outcome.output };
    if (outcome.next !== undefined) response.nextState = outcome.next;
  } else {
    const failure: Failure = { error: outcome.error, cause: outcome.cause };
    const handled =
      state.Type === 'Task' || group
        ? await handleFailure(failure, { state, jsonata, input, context, variables, retryCount: config.retrierRetryCount ?? 0 })
        : { status: 'FAILED' as const };
    response = { status: handled.status };
    if (handled.output !== undefined) response.output = handled.output;
    if (failure.error !== undefined) response.error = failure.error;
    if (failure.cause !== undefined) response.cause = failure.cause;
    if (handled.nextState !== undefined) response.nextState = handled.nextState;
    if (handled.errorDetails) observed.errorDetails = handled.errorDetails;
  }
  if (level !== 'INFO') response.inspectionData = inspectionData(tested, observed, request.variables !== undefined ? variables : undefined);
  if (level === 'TRACE' && isHttpTask(state)) addHttpTrace(response.inspectionData!);
  return response;
}

/** TRACE on an HTTP Task: the request its evaluated arguments describe and the response its result holds. */
function addHttpTrace(data: InspectionData): void {
  const args = data.afterParameters ?? data.afterArguments;
  if (args === undefined) return;
  data.request = httpRequestOf(args);
  const response = httpResponseOf(data.result, data.request.protocol ?? 'https');
  if (response) data.response = response;
}

