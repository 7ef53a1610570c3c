/**
 * Mocks from a recorded execution: each Task invocation's answer as AWS recorded it
 * (`TaskSucceeded` output, `TaskFailed` / `TaskTimedOut` error and cause, the `LambdaFunction…`
 * events, callback answers, which arrive as `TaskSucceeded`/`TaskFailed` too), in order per state
 * and per Map iteration, so concurrent iterations get their own answers whatever order they run in.
 */
import type { HistoryEvent, MockConfigFile, MockResponse, MockShorthand } from '../interpreter/types';
import { payload } from './events';
import { failureOf, isEnteredEvent, outputTextOf, stateNameOf } from '../interpreter/eventDetails';
import type { DerivedMocks, PayloadNotice } from './types';

const SUCCEEDED = new Set<string>(['TaskSucceeded', 'LambdaFunctionSucceeded', 'ActivitySucceeded']);
const FAILED = new Set(['TaskFailed', 'TaskStartFailed', 'TaskSubmitFailed', 'LambdaFunctionFailed', 'LambdaFunctionStartFailed', 'LambdaFunctionScheduleFailed', 'ActivityFailed', 'ActivityScheduleFailed']);
const TIMED_OUT = new Set(['TaskTimedOut', 'LambdaFunctionTimedOut', 'ActivityTimedOut']);

/** `Path#0.2`: a state path and its Map iteration chain. */
export function scopeKeyOf(path: string, iteration: readonly number[] | undefined): string {
  return `${path}#${iteration && iteration.length > 0 ? iteration.join('.') : ''}`;
}

/** The recorded answer of a task event, or undefined for other events. */
export function answerOf(event: HistoryEvent): MockResponse | undefined {
  const type = event.type;
  if (SUCCEEDED.has(type)) return { Return: payload(outputTextOf(event)) ?? null };
  if (FAILED.has(type) || TIMED_OUT.has(type)) {
    const failure = failureOf(event);
    const error = failure?.error ?? (TIMED_OUT.has(type) ? 'States.Timeout' : undefined);
    const cause = failure?.cause;
    return { Throw: { ...(error !== undefined ? { Error: error } : {}), ...(cause !== undefined ? { Cause: cause } : {}) } };
  }
  return undefined;
}

const sameResponse = (a: MockResponse, b: MockResponse) => JSON.stringify(a) === JSON.stringify(b);

/** A Step Functions Local MockConfigFile with one test case; equal consecutive answers share a range (`"1-3"`). */
export function toMockConfigFile(shorthand: MockShorthand, stateMachineName: string, testCase: string): MockConfigFile {
  const cases: Record<string, string> = {};
  const responses: Record<string, Record<string, MockResponse>> = {};
  for (const [state, value] of Object.entries(shorthand)) {
    const list = Array.isArray(value) ? value : [value];
    const name = `${testCase}_${state}`;
    cases[state] = name;
    const entries: Record<string, MockResponse> = {};
    for (let i = 0; i < list.length; ) {
      let j = i;
      while (j + 1 < list.length && sameResponse(list[j + 1]!, list[i]!)) j++;
      entries[i === j ? `${i}` : `${i}-${j}`] = list[i]!;
      i = j + 1;
    }
    responses[name] = entries;
  }
  return { StateMachines: { [stateMachineName]: { TestCases: { [testCase]: cases } } }, MockedResponses: responses };
}

/**
 * Derives the mocks of a history whose events carry `studio.path` (see annotateEvents).
 * @param notices truncated payloads (their answers are replayed as the recorded text)
 */
export function deriveMocks(events: readonly HistoryEvent[], names: { stateMachine: string; testCase: string }, notices: readonly PayloadNotice[] = []): DerivedMocks {
  const byScope: Record<string, MockResponse[]> = {};
  const shorthand: Record<string, MockResponse[]> = {};
  const cut = new Set(notices.filter((n) => n.field === 'output').map((n) => n.eventId));
  let truncated = 0;
  const stateNames = new Map<string, string>();
  for (const event of events) {
    if (isEnteredEvent(event)) {
      const name = stateNameOf(event);
      if (name !== undefined && event.studio.path) stateNames.set(event.studio.path, name);
    }
    const answer = answerOf(event);
    const path = event.studio.path;
    if (!answer || !path) continue;
    if (cut.has(event.id)) truncated++;
    (byScope[scopeKeyOf(path, event.studio.iteration)] ??= []).push(answer);
    const name = stateNames.get(path) ?? path.split('/').pop()!;
    (shorthand[name] ??= []).push(answer);
  }
  return { byScope, shorthand, mockConfig: toMockConfigFile(shorthand, names.stateMachine, names.testCase), truncated };
}
