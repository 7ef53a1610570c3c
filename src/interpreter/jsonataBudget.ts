/**
 * The evaluation budget of one JSONata expression. JSONata runs on microtasks only, so a
 * runaway expression (endless recursion, `$range(0, 1e9)`, `$pad("", 5e8)`) would block the
 * thread, stall `stop()` and, for huge allocations, kill the process. Every evaluation step goes
 * through {@link EvaluationBudget.enter}/{@link EvaluationBudget.exit} (jsonata's evaluate hooks),
 * which count steps, bound nesting, time and the size of intermediate values, give the host's
 * event loop a turn now and then (so Stop is heard), and end the evaluation with a clear error
 * that becomes `States.QueryEvaluationError`.
 *
 * The sizes derive from the service's 256 KiB payload quota: no value a state may output is
 * longer than 256 Ki characters, and no array in it has more than 128 Ki elements (each takes a
 * character and a comma at least). Intermediate values may be larger, within a factor of 16.
 */
import { PAYLOAD_LIMIT_BYTES } from './limits';

/** Longest string an expression may build (16 × the payload quota, in characters). */
export const MAX_JSONATA_STRING = 16 * PAYLOAD_LIMIT_BYTES;
/** Most elements of an array an expression may build (16 × what fits in a payload). */
export const MAX_JSONATA_ARRAY = 8 * PAYLOAD_LIMIT_BYTES;
/** Most evaluation steps (expression nodes evaluated) per expression. */
export const MAX_JSONATA_STEPS = 1_000_000;
/** Deepest nesting of evaluation (recursive functions that are not tail calls). */
export const MAX_JSONATA_DEPTH = 400;
/** Wall-clock guard per expression (a backstop; the step budget normally ends runaways first). */
export const MAX_JSONATA_MS = 10_000;
/** How often the event loop gets a turn during a long evaluation. */
const YIELD_EVERY_MS = 20;

/** The error a budget overrun raises (its message becomes the QueryEvaluationError's cause). */
export class JsonataBudgetError extends Error {}

const clockNow: () => number = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();
const setImmediateFn: ((callback: () => void) => unknown) | undefined = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;

function yieldToHost(): Promise<void> {
  if (setImmediateFn) return new Promise((resolve) => setImmediateFn(resolve));
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface Environment {
  base: { depth: number };
}

export class EvaluationBudget {
  private steps = 0;
  private readonly started = clockNow();
  private lastYield = this.started;

  /** @param cancelled true once the run has ended (stop): the evaluation gives up at its next step */
  constructor(private readonly cancelled: () => boolean = () => false) {}

  /** jsonata's `__evaluate_entry` hook: counts a step; now and then lets the host run. */
  readonly enter = (_expr: unknown, _input: unknown, environment: Environment): Promise<void> | undefined => {
    this.steps += 1;
    if (environment.base.depth > MAX_JSONATA_DEPTH) {
      throw new JsonataBudgetError(`The expression is nested or recursive too deeply (more than ${MAX_JSONATA_DEPTH} levels).`);
    }
    if (this.steps > MAX_JSONATA_STEPS) {
      throw new JsonataBudgetError(`The expression took more than ${MAX_JSONATA_STEPS.toLocaleString('en-US')} evaluation steps (runaway recursion or a huge sequence).`);
    }
    if ((this.steps & 1023) !== 0) return undefined;
    if (this.cancelled()) throw new JsonataBudgetError('The execution was stopped.');
    const now = clockNow();
    if (now - this.started > MAX_JSONATA_MS) {
      throw new JsonataBudgetError(`The expression ran for more than ${MAX_JSONATA_MS / 1000} seconds.`);
    }
    if (now - this.lastYield < YIELD_EVERY_MS) return undefined;
    this.lastYield = now;
    return yieldToHost().then(() => {
      if (this.cancelled()) throw new JsonataBudgetError('The execution was stopped.');
    });
  };

  /** jsonata's `__evaluate_exit` hook: bounds the size of every intermediate value. */
  readonly exit = (_expr: unknown, _input: unknown, _environment: unknown, result: unknown): undefined => {
    if (typeof result === 'string') checkStringLength(result.length);
    else if (Array.isArray(result)) checkArrayLength(result.length);
    return undefined;
  };
}

export function checkStringLength(length: number): void {
  if (length > MAX_JSONATA_STRING) {
    throw new JsonataBudgetError(`The expression built a string of ${length.toLocaleString('en-US')} characters; the limit is ${MAX_JSONATA_STRING.toLocaleString('en-US')} (16 × the 256 KiB payload quota).`);
  }
}

export function checkArrayLength(length: number): void {
  if (length > MAX_JSONATA_ARRAY) {
    throw new JsonataBudgetError(`The expression built an array of ${length.toLocaleString('en-US')} elements; the limit is ${MAX_JSONATA_ARRAY.toLocaleString('en-US')}.`);
  }
}
