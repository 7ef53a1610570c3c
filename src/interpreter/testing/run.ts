/**
 * Test helpers: run a definition to its result and read events in the corpus's flattened form.
 */
import { startExecution } from '../execution';
import type { ExecutionOptions, ExecutionResult } from '../types';
import { flatten, type FlatEvent } from './conformance';

/** Runs to the end (simulated clock, fixed seed unless given). */
export function run(definition: unknown, input: unknown = {}, options: ExecutionOptions = {}): Promise<ExecutionResult> {
  return startExecution(definition, input, { seed: 7, ...options }).result;
}

/** `type` or `type:name` per event, for compact sequence assertions. */
export function eventLabels(result: ExecutionResult): string[] {
  return result.events.map((e) => {
    const f = flatten(e);
    return typeof f.name === 'string' ? `${f.type}:${f.name}` : f.type;
  });
}

export function flatEvents(result: ExecutionResult): FlatEvent[] {
  return result.events.map(flatten);
}
