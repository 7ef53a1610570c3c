/**
 * Where Step stops in a history: each state transition (`…StateEntered`), each failed attempt
 * of a state (`TaskFailed`, `TaskTimedOut`, `MapStateFailed`, …) and each retry's start (an attempt
 * event with `retryCount` > 0), and the execution's end. So stepping over a Task that retries
 * shows every attempt, as the Step Functions console lists them. The worker's live step and the
 * panel's step over a recorded history use this one rule.
 */
import type { HistoryEvent } from '../types';

const EXECUTION_END = new Set(['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionAborted', 'ExecutionTimedOut']);
/** Events that start an attempt of a state (a retry when `retryCount` > 0). */
const ATTEMPT_START = new Set(['TaskScheduled', 'ActivityScheduled', 'LambdaFunctionScheduled', 'MapStateStarted', 'ParallelStateStarted']);

function isAttemptFailure(type: string): boolean {
  if (type.startsWith('Execution') || type.startsWith('MapIteration') || type.startsWith('MapRun')) return false;
  return /(Failed|TimedOut)$/.test(type);
}

export function isStepStop(event: HistoryEvent): boolean {
  const type = event.type;
  if (type.endsWith('StateEntered') || EXECUTION_END.has(type) || isAttemptFailure(type)) return true;
  const retryCount = event.studio?.retryCount;
  return ATTEMPT_START.has(type) && typeof retryCount === 'number' && retryCount > 0;
}
