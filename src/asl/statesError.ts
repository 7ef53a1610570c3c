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
    public override readonly cause: string,
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

/**
 * The cause text AWS writes when a state fails while evaluating its fields, e.g.
 * `An error occurred while executing the state 'Pass' (entered at the event id #2). Invalid path …`.
 * The data-flow and choice helpers throw the part after the prefix; the interpreter adds it.
 */
export function stateFailureCause(stateName: string, enteredEventId: number, detail: string): string {
  return `An error occurred while executing the state '${stateName}' (entered at the event id #${enteredEventId}). ${detail}`;
}
