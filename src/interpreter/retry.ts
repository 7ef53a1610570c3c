/**
 * Error matching for Retry and Catch (ASL spec "Error names", AWS "Error handling") and the
 * back-off schedule of a retrier.
 */
import type { Retrier } from '../asl/types';

/**
 * Errors the service raises as terminal: `States.ALL` and `States.TaskFailed` never match them,
 * and (AWS behaviour) neither does naming them explicitly.
 */
export function isTerminalError(error: string): boolean {
  return error === 'States.Runtime';
}

/** True when `errorEquals` (of a retrier or catcher) matches `error`. */
export function errorMatches(errorEquals: readonly string[] | undefined, error: string): boolean {
  if (!Array.isArray(errorEquals) || isTerminalError(error)) return false;
  for (const name of errorEquals) {
    if (name === error) return true;
    if (name === 'States.ALL') return true;
    // "States.TaskFailed matches any error except States.Timeout" (AWS error-handling guide)
    if (name === 'States.TaskFailed' && error !== 'States.Timeout') return true;
  }
  return false;
}

/** Retrier fields with the spec defaults applied. */
export interface RetryPolicy {
  intervalSeconds: number;
  maxAttempts: number;
  backoffRate: number;
  maxDelaySeconds: number | undefined;
  jitter: boolean;
}

export function retryPolicy(retrier: Retrier): RetryPolicy {
  return {
    intervalSeconds: typeof retrier.IntervalSeconds === 'number' ? retrier.IntervalSeconds : 1,
    maxAttempts: typeof retrier.MaxAttempts === 'number' ? retrier.MaxAttempts : 3,
    backoffRate: typeof retrier.BackoffRate === 'number' ? retrier.BackoffRate : 2,
    maxDelaySeconds: typeof retrier.MaxDelaySeconds === 'number' ? retrier.MaxDelaySeconds : undefined,
    jitter: retrier.JitterStrategy === 'FULL',
  };
}

/**
 * Seconds to wait before retry number `attempt` (0-based) of a retrier:
 * `IntervalSeconds × BackoffRate^attempt`, capped by `MaxDelaySeconds`, and with
 * `JitterStrategy: FULL` a random share of that (`random` in [0, 1)).
 */
export function retryDelaySeconds(policy: RetryPolicy, attempt: number, random: () => number): number {
  let delay = policy.intervalSeconds * Math.pow(policy.backoffRate, attempt);
  if (policy.maxDelaySeconds !== undefined) delay = Math.min(delay, policy.maxDelaySeconds);
  if (policy.jitter) delay = random() * delay;
  return delay;
}
