/** Reading `GetExecutionHistory` events: the run layer's readers, and the execution's end events. */
export { parsePayload as payload } from '../run/events';

export const EXECUTION_END: Record<string, 'SUCCEEDED' | 'FAILED' | 'ABORTED' | 'TIMED_OUT'> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionAborted: 'ABORTED',
  ExecutionTimedOut: 'TIMED_OUT',
};
