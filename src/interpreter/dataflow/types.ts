/**
 * What JSONPath data-flow fields can read: `$` is `input`, `$$` the context object, `$name`
 * a variable. `random` feeds States.UUID / States.MathRandom (Math.random when absent).
 */
export interface DataFlowContext {
  input: unknown;
  context: unknown;
  variables: Readonly<Record<string, unknown>>;
  random?: () => number;
}
