/**
 * An error raised while evaluating a state, carrying the Step Functions error code
 * (e.g. `States.Runtime`, `States.IntrinsicFailure`) and a human-readable cause,
 * exactly as they would appear in an AWS execution history.
 */
export class StatesError extends Error {
  /**
   * @param error the error code, e.g. `States.ParameterPathFailure`
   * @param cause the cause text shown to users (AWS wording where known)
   */
  constructor(
    public readonly error: string,
    public readonly cause: string,
  ) {
    super(cause);
    this.name = error;
  }
}

/** True when `value` is a {@link StatesError} (also across realm/bundle boundaries). */
export function isStatesError(value: unknown): value is StatesError {
  return (
    value instanceof StatesError ||
    (value instanceof Error &&
      typeof (value as { error?: unknown }).error === 'string' &&
      typeof (value as { cause?: unknown }).cause === 'string')
  );
}
