/**
 * Errors as they travel through a run: a Step Functions error name and cause, either of which
 * may be absent (a Fail state without `Error`, a mock `Throw` without `Cause`).
 */
import { StatesError, isStatesError } from '../../asl/statesError';
import type { FailureEventDetails } from '../types';

export interface ErrorInfo {
  error?: string;
  cause?: string;
}

/** A StatesError whose error and cause may be missing (Fail states, task failures). */
export class RaisedError extends StatesError {
  constructor(readonly info: ErrorInfo) {
    super(info.error ?? '', info.cause ?? '');
  }
}

/** The error name and cause of anything thrown inside the engine. */
export function errorInfo(e: unknown): ErrorInfo {
  if (e instanceof RaisedError) return e.info;
  if (isStatesError(e)) return { error: e.error, cause: e.cause };
  if (e instanceof Error) return { error: 'States.Runtime', cause: `Internal error: ${e.message}` };
  return { error: 'States.Runtime', cause: `Internal error: ${String(e)}` };
}

/** Normalises anything thrown into a StatesError (error '' when absent). */
export function toStatesError(e: unknown): StatesError {
  if (isStatesError(e)) return e;
  return new RaisedError(errorInfo(e));
}

/** `{Error, Cause}` as a catcher receives it (`$states.errorOutput`). */
export function errorOutput(info: ErrorInfo): Record<string, string> {
  const out: Record<string, string> = {};
  if (info.error !== undefined) out.Error = info.error;
  if (info.cause !== undefined) out.Cause = info.cause;
  return out;
}

/** Event details `{ error, cause }` with absent parts left out. */
export function errorDetails(info: ErrorInfo): FailureEventDetails {
  const out: FailureEventDetails = {};
  if (info.error !== undefined) out.error = info.error;
  if (info.cause !== undefined) out.cause = info.cause;
  return out;
}
