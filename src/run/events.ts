/**
 * Reading `GetExecutionHistory`-shaped events: their details object, error and cause, the state
 * they belong to and their time. Pure functions, no React.
 */
import type { HistoryEvent } from '../interpreter/types';
import { stateNameOf } from '../interpreter/eventDetails';

export {
  detailsOf, detailFieldsOf, failureOf as errorOf, stateNameOf, iterationIndexOf, inputTextOf, outputTextOf, resourceOf,
  isEnteredEvent, isExitedEvent, isFailureEvent, isMapIterationEvent,
} from '../interpreter/eventDetails';

/** `Task` for `TaskStateEntered`, undefined for other events. */
export function enteredStateType(event: HistoryEvent): string | undefined {
  const m = /^(\w+)StateEntered$/.exec(event.type);
  return m ? m[1] : undefined;
}

export function isEntered(event: HistoryEvent): boolean {
  return event.type.endsWith('StateEntered');
}

export function isExited(event: HistoryEvent): boolean {
  return event.type.endsWith('StateExited');
}

export const EXECUTION_END_TYPES = new Set(['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionAborted', 'ExecutionTimedOut']);

/** The execution ended with this event. */
export function isExecutionEnd(event: HistoryEvent): boolean {
  return EXECUTION_END_TYPES.has(event.type);
}

/** An attempt of a state failed (a retry or a catcher may still follow). */
export function isAttemptFailure(event: HistoryEvent): boolean {
  if (event.type.startsWith('Execution') || event.type.startsWith('MapIteration') || event.type.startsWith('MapRun')) return false;
  return /(Failed|TimedOut)$/.test(event.type);
}

/** The state was cancelled (a sibling branch failed, the execution stopped). */
export function isStateAborted(event: HistoryEvent): boolean {
  return event.type.endsWith('StateAborted');
}

/** A new attempt of a Task starts (after a failure this is a retry). */
export function isAttemptStart(event: HistoryEvent): boolean {
  return event.type === 'TaskScheduled' || event.type === 'LambdaFunctionScheduled' || event.type === 'ActivityScheduled';
}

/** Simulated (or real) time of the event in ms. */
export function timeOf(event: HistoryEvent): number {
  return event.studio?.time ?? Date.parse(event.timestamp);
}

/** Decodes a JSON text payload as AWS records them; non-JSON text is returned as is. */
export function parsePayload(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** Iteration chain as a key (`''` outside Map iterations). */
export function iterationKey(iteration: readonly number[] | undefined): string {
  return iteration && iteration.length > 0 ? iteration.join('.') : '';
}

/** The name of the state an event belongs to (from its details or its path). */
export function stateLabelOf(event: HistoryEvent): string | undefined {
  const name = stateNameOf(event);
  if (name !== undefined) return name;
  const path = event.studio?.path;
  if (!path) return undefined;
  const last = path.split('/').pop() ?? '';
  return last.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** What an event type is, for the derivations' per-event loops (cached per type: few distinct types). */
export interface EventKind {
  entered: boolean;
  exited: boolean;
  attemptFailure: boolean;
  aborted: boolean;
  attemptStart: boolean;
  executionEnd: boolean;
  mapIteration: boolean;
  /** `Task` for `TaskStateEntered`. */
  stateType: string | undefined;
}

const kinds = new Map<string, EventKind>();

/** The kind of an event type (the predicates above, computed once per type). */
export function eventKind(type: string): EventKind {
  let kind = kinds.get(type);
  if (!kind) {
    // The predicates read only the type.
    const probe = { type } as HistoryEvent;
    kind = {
      entered: isEntered(probe), exited: isExited(probe), attemptFailure: isAttemptFailure(probe), aborted: isStateAborted(probe),
      attemptStart: isAttemptStart(probe), executionEnd: isExecutionEnd(probe), mapIteration: type.startsWith('MapIteration'),
      stateType: enteredStateType(probe),
    };
    kinds.set(type, kind);
  }
  return kind;
}
