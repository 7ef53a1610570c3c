/**
 * The execution history: numbered events shaped like `GetExecutionHistory`, each with its
 * `…EventDetails` object. Payloads (`input`, `output`, `parameters`) are JSON text as AWS
 * records them, produced lazily on first read so a large payload flowing through many states
 * is not serialised twice per state unless someone looks at it.
 */
import { StatesError } from '../asl/statesError';
import type { HistoryEvent, StudioDetails } from './types';

const PAYLOAD_KEYS = new Set(['input', 'output', 'parameters']);

/** Raised when the history outgrows `maxEvents` (the service fails such an execution). */
export class HistoryLimitError extends StatesError {
  constructor(public readonly limit: number) {
    super('States.Runtime', `The execution history reached the limit of ${limit} events (raise maxEvents to allow more).`);
  }
}

/** `TaskStateEntered` → `stateEnteredEventDetails`, `MapIterationStarted` → `mapIterationStartedEventDetails`. */
export function detailsKeyOf(type: string): string {
  const m = /^(?:Task|Pass|Choice|Wait|Succeed|Fail|Parallel|Map)State(Entered|Exited)$/.exec(type);
  if (m) return `state${m[1]}EventDetails`;
  return `${type.charAt(0).toLowerCase()}${type.slice(1)}EventDetails`;
}

/** A JSON text of a value; `undefined` becomes `null` as in AWS histories. */
export function toJsonText(value: unknown): string {
  return value === undefined ? 'null' : JSON.stringify(value);
}

function defineLazyPayload(target: Record<string, unknown>, key: string, value: unknown): void {
  let text: string | undefined;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (text === undefined) text = toJsonText(value);
      return text;
    },
    set(v: string) {
      text = v;
    },
  });
}

/** Details of an event: plain values, except payload keys, which hold the decoded value. */
export type EventDetailsInput = Record<string, unknown>;

export class HistoryRecorder {
  readonly events: HistoryEvent[] = [];
  private lastIsoMs = Number.NaN;
  private lastIso = '';

  constructor(
    private readonly maxEvents: number,
    private readonly now: () => number,
    public onEvent?: (event: HistoryEvent) => void,
  ) {}

  get length(): number {
    return this.events.length;
  }

  get lastId(): number {
    return this.events.length;
  }

  /**
   * Appends an event and returns its id.
   * @param details the `…EventDetails` content; `input`/`output`/`parameters` are JSON values,
   *   stored as (lazy) JSON text; omit for events without details.
   */
  add(type: string, previousEventId: number, details: EventDetailsInput | undefined, studio: Omit<StudioDetails, 'time'>, force = false): number {
    if (!force && this.events.length >= this.maxEvents) throw new HistoryLimitError(this.maxEvents);
    const time = this.now();
    if (time !== this.lastIsoMs) {
      this.lastIsoMs = time;
      this.lastIso = new Date(time).toISOString();
    }
    const id = this.events.length + 1;
    const event: HistoryEvent = {
      id,
      previousEventId,
      type,
      timestamp: this.lastIso,
      studio: { ...studio, time },
    };
    if (details) {
      const out: Record<string, unknown> = {};
      for (const key in details) {
        const value = details[key];
        if (PAYLOAD_KEYS.has(key)) defineLazyPayload(out, key, value);
        else if (value !== undefined) out[key] = value;
      }
      event[detailsKeyOf(type)] = out;
    }
    this.events.push(event);
    this.onEvent?.(event);
    return id;
  }
}
