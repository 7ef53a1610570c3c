/**
 * What TestState answers for a failure of a Task, Map or Parallel state: it does not retry, it
 * says whether the state would be retried (`RETRIABLE`, with the back-off of that retry), caught
 * (`CAUGHT_ERROR`, with the catcher's output and next state) or fail (`FAILED`). Matching and
 * back-off are the engine's (interpreter/retry).
 */
import type { Catcher, Retrier, State } from '../asl/types';
import { applyResultPath } from '../interpreter/dataflow';
import { evaluateTemplate } from '../interpreter/jsonata';
import { errorMatches, isTerminalError, retryDelaySeconds, retryPolicy } from '../interpreter/retry';
import type { ErrorDetails, TestStateStatus } from './types';

export interface Failure {
  error: string | undefined;
  cause: string | undefined;
}

export interface FailureOutcome {
  status: Exclude<TestStateStatus, 'SUCCEEDED'>;
  errorDetails?: ErrorDetails;
  output?: unknown;
  nextState?: string;
}

export interface FailureScope {
  state: State;
  jsonata: boolean;
  input: unknown;
  context: unknown;
  variables: Record<string, unknown>;
  /** Retries already made by the matching retrier (stateConfiguration.retrierRetryCount). */
  retryCount: number;
}

function errorOutputOf(failure: Failure): Record<string, string> {
  const out: Record<string, string> = {};
  if (failure.error !== undefined) out.Error = failure.error;
  if (failure.cause !== undefined) out.Cause = failure.cause;
  return out;
}

async function caughtOutput(catcher: Catcher, failure: Failure, scope: FailureScope): Promise<unknown> {
  const errorOutput = errorOutputOf(failure);
  if (scope.jsonata) {
    if (catcher.Output === undefined) return errorOutput;
    const states = { input: scope.input, context: scope.context, errorOutput };
    return evaluateTemplate(catcher.Output, { states, variables: scope.variables, random: Math.random }, 'Output');
  }
  return applyResultPath(scope.input, errorOutput, catcher.ResultPath === undefined ? '$' : catcher.ResultPath);
}

export async function handleFailure(failure: Failure, scope: FailureScope): Promise<FailureOutcome> {
  const state = scope.state as { Retry?: Retrier[]; Catch?: Catcher[] };
  const name = failure.error ?? '';
  if (isTerminalError(name)) return { status: 'FAILED' };
  const details: ErrorDetails = {};
  const retriers = Array.isArray(state.Retry) ? state.Retry : [];
  const retryIndex = retriers.findIndex((r) => errorMatches(r.ErrorEquals, name));
  if (retryIndex >= 0) {
    details.retryIndex = retryIndex;
    const policy = retryPolicy(retriers[retryIndex]!);
    if (scope.retryCount < policy.maxAttempts) {
      // The back-off of the next retry, without jitter (AWS's figure is random under FULL jitter).
      details.retryBackoffIntervalSeconds = retryDelaySeconds({ ...policy, jitter: false }, scope.retryCount, Math.random);
      return { status: 'RETRIABLE', errorDetails: { retryBackoffIntervalSeconds: details.retryBackoffIntervalSeconds, retryIndex } };
    }
  }
  const catchers = Array.isArray(state.Catch) ? state.Catch : [];
  const catchIndex = catchers.findIndex((c) => errorMatches(c.ErrorEquals, name));
  if (catchIndex < 0) return retryIndex >= 0 ? { status: 'FAILED', errorDetails: details } : { status: 'FAILED' };
  details.catchIndex = catchIndex;
  const catcher = catchers[catchIndex]!;
  return { status: 'CAUGHT_ERROR', errorDetails: details, output: await caughtOutput(catcher, failure, scope), nextState: catcher.Next };
}
