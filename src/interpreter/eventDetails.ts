/**
 * Where a history event keeps its details, and typed access to them. `HistoryEvent` is a union
 * discriminated on `type` (see types.ts); these guards narrow it for the readers that handle a
 * family of types at once (every `…StateEntered`, every failure, …).
 */
import type {
  EventDetailsOf,
  EventTypeWithDetail,
  FailureEventDetails,
  HistoryEvent,
  HistoryEventOf,
  HistoryEventType,
  StateEnteredEvent,
  StateExitedEvent,
  TaskResource,
} from './types';

/** `TaskStateEntered` → `stateEnteredEventDetails`, `MapIterationStarted` → `mapIterationStartedEventDetails`. */
const detailsKeys = new Map<string, string>();
export function detailsKeyOf(type: string): string {
  let key = detailsKeys.get(type);
  if (key === undefined) {
    const m = /^(?:Task|Pass|Choice|Wait|Succeed|Fail|Parallel|Map)State(Entered|Exited)$/.exec(type);
    key = m ? `state${m[1]}EventDetails` : `${type.charAt(0).toLowerCase()}${type.slice(1)}EventDetails`;
    detailsKeys.set(type, key);
  }
  return key;
}

/** The details type of an event (a union for a union of events). */
export type DetailsOfEvent<E> = E extends { type: infer T extends HistoryEventType } ? EventDetailsOf<T> : never;

/**
 * The event's `…EventDetails` object, typed by the event's type: narrow the event first
 * (`if (e.type === 'TaskScheduled')`) to read fields of one type.
 */
export function detailsOf<E extends HistoryEvent>(event: E): DetailsOfEvent<E> | undefined {
  const value = (event as unknown as Record<string, unknown>)[detailsKeyOf(event.type)];
  return value !== null && typeof value === 'object' ? (value as DetailsOfEvent<E>) : undefined;
}

/** Every field of the event's details, for code that lists them all (the Events view, the CLI). */
export function detailFieldsOf(event: HistoryEvent): Readonly<Record<string, unknown>> | undefined {
  return detailsOf(event) as Readonly<Record<string, unknown>> | undefined;
}

export function isEnteredEvent(event: HistoryEvent): event is StateEnteredEvent {
  return event.type.endsWith('StateEntered');
}

export function isExitedEvent(event: HistoryEvent): event is StateExitedEvent {
  return event.type.endsWith('StateExited');
}

export type MapIterationEvent = HistoryEventOf<'MapIterationStarted' | 'MapIterationSucceeded' | 'MapIterationFailed' | 'MapIterationAborted'>;

export function isMapIterationEvent(event: HistoryEvent): event is MapIterationEvent {
  return event.type.startsWith('MapIteration');
}

/** Event types whose details have `error` and `cause`. */
export type FailureEventType = EventTypeWithDetail<'error'>;
export type FailureEvent = HistoryEventOf<FailureEventType>;

// A record, so the compiler checks the list against the union (a missing or extra type is an error).
const FAILURE_TYPES: Record<FailureEventType, true> = {
  ExecutionFailed: true, ExecutionAborted: true, ExecutionTimedOut: true,
  TaskFailed: true, TaskStartFailed: true, TaskSubmitFailed: true, TaskTimedOut: true,
  LambdaFunctionFailed: true, LambdaFunctionScheduleFailed: true, LambdaFunctionStartFailed: true, LambdaFunctionTimedOut: true,
  ActivityFailed: true, ActivityScheduleFailed: true, ActivityTimedOut: true,
  MapRunFailed: true, EvaluationFailed: true,
};

/** The event's details carry `error` and `cause` (TaskFailed, ExecutionFailed, EvaluationFailed, …). */
export function isFailureEvent(event: HistoryEvent): event is FailureEvent {
  return Object.hasOwn(FAILURE_TYPES, event.type);
}

/** Event types whose details name the called resource. */
export type ResourceEventType = EventTypeWithDetail<'resource'>;
export type ResourceEvent = HistoryEventOf<ResourceEventType>;

const RESOURCE_TYPES: Record<ResourceEventType, true> = {
  TaskScheduled: true, TaskStarted: true, TaskStartFailed: true, TaskSubmitted: true, TaskSubmitFailed: true,
  TaskSucceeded: true, TaskFailed: true, TaskTimedOut: true, LambdaFunctionScheduled: true, ActivityScheduled: true,
};

export function isResourceEvent(event: HistoryEvent): event is ResourceEvent {
  return Object.hasOwn(RESOURCE_TYPES, event.type);
}

/** `lambda:invoke` for a Task event, `arn:…:function:F` for a LambdaFunction/Activity one. */
export function resourceOf(event: HistoryEvent): string | undefined {
  if (!isResourceEvent(event)) return undefined;
  const details: Partial<TaskResource> | undefined = detailsOf(event);
  if (typeof details?.resource !== 'string') return undefined;
  return typeof details.resourceType === 'string' ? `${details.resourceType}:${details.resource}` : details.resource;
}

/** `error` and `cause` of a failure event, each only when it is text. */
export function failureOf(event: HistoryEvent): FailureEventDetails | undefined {
  if (!isFailureEvent(event)) return undefined;
  const details = detailsOf(event);
  if (!details) return undefined;
  const error = typeof details.error === 'string' ? details.error : undefined;
  const cause = typeof details.cause === 'string' ? details.cause : undefined;
  if (error === undefined && cause === undefined) return undefined;
  return { ...(error !== undefined ? { error } : {}), ...(cause !== undefined ? { cause } : {}) };
}

/** The state name of an Entered/Exited event, or the Map state's name of a MapIteration event. */
export function stateNameOf(event: HistoryEvent): string | undefined {
  const name = isEnteredEvent(event) ? event.stateEnteredEventDetails?.name
    : isExitedEvent(event) ? event.stateExitedEventDetails?.name
    : isMapIterationEvent(event) ? detailsOf(event)?.name
    : undefined;
  // Recorded histories are read as they come: a name that is not text is no name.
  return typeof name === 'string' ? name : undefined;
}

/** The iteration index of a MapIteration event. */
export function iterationIndexOf(event: HistoryEvent): number | undefined {
  if (!isMapIterationEvent(event)) return undefined;
  const index = detailsOf(event)?.index;
  return typeof index === 'number' ? index : undefined;
}

/** The JSON text a state received (`…StateEntered`) or the execution started with. */
export function inputTextOf(event: HistoryEvent): string | undefined {
  if (isEnteredEvent(event)) return event.stateEnteredEventDetails?.input;
  if (event.type === 'ExecutionStarted') return event.executionStartedEventDetails?.input;
  return undefined;
}

/** The JSON text a state left with (`…StateExited`), a task answered, or the execution ended with. */
export function outputTextOf(event: HistoryEvent): string | undefined {
  if (isExitedEvent(event)) return event.stateExitedEventDetails?.output;
  switch (event.type) {
    case 'ExecutionSucceeded':
    case 'TaskSucceeded':
    case 'TaskSubmitted':
    case 'LambdaFunctionSucceeded':
    case 'ActivitySucceeded':
      return detailsOf(event)?.output;
    default:
      return undefined;
  }
}
