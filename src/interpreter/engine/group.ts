/**
 * A set of child coroutines run by the driver for a Parallel state (one per branch) or a Map
 * state (one per iteration), with a concurrency limit and a settle callback that decides when
 * the whole group stops (a failed branch, a failure threshold).
 */
import type { StatesError } from '../../asl/statesError';
import type { Gen } from './effects';

export type ChildOutcome = { ok: true; value: unknown } | { ok: false; error: StatesError };

export class ChildGroup {
  /** Next child index to start. */
  next = 0;
  running = 0;
  stopped = false;

  /**
   * @param size number of children
   * @param concurrency how many run at once; 0 = no limit
   * @param start creates the coroutine of child `index` when it starts
   * @param settle called as each child ends; return true to stop the group (the rest are aborted)
   */
  constructor(
    readonly size: number,
    readonly concurrency: number,
    readonly start: (index: number) => Gen<unknown>,
    readonly settle: (index: number, outcome: ChildOutcome) => boolean,
  ) {}

  get done(): boolean {
    return this.running === 0 && (this.stopped || this.next >= this.size);
  }

  /** True when another child may start now. */
  canStart(): boolean {
    return !this.stopped && this.next < this.size && (this.concurrency <= 0 || this.running < this.concurrency);
  }
}
