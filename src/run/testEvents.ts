/** Builds hand-written histories for the derivation tests (ids, times and details filled in). */
import type { HistoryEvent, HistoryEventBase, HistoryEventType } from '../interpreter/types';
import { detailsKeyOf } from '../interpreter/eventDetails';

export interface EventSpec {
  type: HistoryEventType;
  path?: string;
  iteration?: number[];
  details?: Record<string, unknown>;
  /** Milliseconds after the previous event (default 10). */
  after?: number;
}

/** A history from specs; `studio.time` starts at `start` and advances by `after`. */
export function history(specs: EventSpec[], start = Date.UTC(2026, 0, 1)): HistoryEvent[] {
  let time = start;
  return specs.map((spec, i) => {
    if (i > 0) time += spec.after ?? 10;
    const event: HistoryEventBase & { type: HistoryEventType } & Record<string, unknown> = {
      id: i + 1,
      previousEventId: i,
      type: spec.type,
      timestamp: new Date(time).toISOString(),
      studio: {
        time,
        ...(spec.path !== undefined ? { path: spec.path } : {}),
        ...(spec.iteration ? { iteration: spec.iteration } : {}),
      },
    };
    const name = spec.path?.split('/').pop();
    const base = /State(Entered|Exited)$/.test(spec.type) && name !== undefined ? { name } : {};
    if (spec.details || Object.keys(base).length > 0) event[detailsKeyOf(spec.type)] = { ...base, ...spec.details };
    // The details key follows the type, as in the engine's recorder.
    return event as HistoryEvent;
  });
}

/** Retry then catch: Charge fails twice (one retry), the catcher runs Handle then Fail. */
export const RETRY_THEN_CATCH: EventSpec[] = [
  { type: 'ExecutionStarted', details: { input: '{"amount":5}' } },
  { type: 'TaskStateEntered', path: 'Charge', details: { input: '{"amount":5}' } },
  { type: 'TaskScheduled', path: 'Charge', details: { resource: 'invoke', resourceType: 'lambda' } },
  { type: 'TaskFailed', path: 'Charge', details: { error: 'Boom', cause: 'first' } },
  { type: 'TaskScheduled', path: 'Charge', after: 2000, details: { resource: 'invoke', resourceType: 'lambda' } },
  { type: 'TaskFailed', path: 'Charge', details: { error: 'Boom', cause: 'second' } },
  { type: 'PassStateEntered', path: 'Handle', details: { input: '{"err":"Boom"}' } },
  { type: 'PassStateExited', path: 'Handle', details: { output: '{"handled":true}' } },
  { type: 'FailStateEntered', path: 'Failed', details: { input: '{"handled":true}' } },
  { type: 'ExecutionFailed', details: { error: 'PaymentFailed', cause: 'gave up' } },
];

/** A Map over two items whose processor is a Parallel with two one-state branches. */
export const PARALLEL_IN_MAP: EventSpec[] = [
  { type: 'ExecutionStarted' },
  { type: 'MapStateEntered', path: 'Items' },
  { type: 'MapStateStarted', path: 'Items', details: { length: 2 } },
  ...[0, 1].flatMap((i): EventSpec[] => [
    { type: 'MapIterationStarted', path: 'Items', iteration: [i], details: { name: 'Items', index: i } },
    { type: 'ParallelStateEntered', path: 'Items/0/Fan', iteration: [i] },
    { type: 'ParallelStateStarted', path: 'Items/0/Fan', iteration: [i] },
    { type: 'PassStateEntered', path: 'Items/0/Fan/0/A', iteration: [i] },
    { type: 'PassStateExited', path: 'Items/0/Fan/0/A', iteration: [i], details: { output: `{"a":${i}}` } },
    { type: 'PassStateEntered', path: 'Items/0/Fan/1/B', iteration: [i] },
    { type: 'PassStateExited', path: 'Items/0/Fan/1/B', iteration: [i], details: { output: `{"b":${i}}` } },
    { type: 'ParallelStateSucceeded', path: 'Items/0/Fan', iteration: [i] },
    { type: 'ParallelStateExited', path: 'Items/0/Fan', iteration: [i] },
    { type: 'MapIterationSucceeded', path: 'Items', iteration: [i], details: { name: 'Items', index: i } },
  ]),
  { type: 'MapStateSucceeded', path: 'Items' },
  { type: 'MapStateExited', path: 'Items', details: { output: '[]' } },
  { type: 'SucceedStateEntered', path: 'Done' },
  { type: 'SucceedStateExited', path: 'Done' },
  { type: 'ExecutionSucceeded', details: { output: '[]' } },
];
