/**
 * The effects a state's coroutine asks its driver for. State logic is written as generators
 * that `yield` these and receive the answer, so the same code runs synchronously in batches
 * (nothing to wait for), steps one event at a time under a debugger, and waits for the world
 * (timers, async task handlers, JSONata, callbacks) only where it has to.
 */
import type { ChildGroup } from './group';

export type Effect =
  /** Wait for a promise (async task handler, JSONata evaluation, callback). */
  | { kind: 'await'; promise: Promise<unknown>; timeoutMs?: number; heartbeatMs?: number; token?: string }
  /** Wait for a duration of (simulated or real) time. */
  | { kind: 'sleep'; ms: number }
  /** Run child fibers (Parallel branches, Map iterations) and resume when the group settles. */
  | { kind: 'group'; group: ChildGroup }
  /** A history event was recorded: a place where single-stepping may stop. */
  | { kind: 'tick' }
  /** A breakpoint was reached: the driver pauses. */
  | { kind: 'break' };

/** A coroutine of the engine: yields effects, returns `T`. */
export type Gen<T> = Generator<Effect, T, unknown>;

export const TICK: Effect = { kind: 'tick' };
export const BREAK: Effect = { kind: 'break' };

/** Await a promise inside a coroutine. */
export function* awaitPromise<T>(promise: Promise<T>): Gen<T> {
  return (yield { kind: 'await', promise }) as T;
}
