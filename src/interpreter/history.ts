/**
 * The execution history: numbered events shaped like `GetExecutionHistory`, each with its
 * `…EventDetails` object. Payloads (`input`, `output`, `parameters`) are JSON text as AWS
 * records them, produced lazily on first read so a large payload flowing through many states
 * is not serialised twice per state unless someone looks at it.
 */
import { StatesError } from '../asl/statesError';
import { jsonByteSize } from './limits';
import type { HistoryEvent, StudioDetails } from './types';

const EAGER_TEXT_BYTES = 2048;

const PAYLOAD_KEYS = new Set(['input', 'output', 'parameters']);

/** Raised when the history outgrows `maxEvents` (the service fails such an execution). */
export class HistoryLimitError extends StatesError {
  constructor(public readonly limit: number) {
    super('States.Runtime', `The execution history reached the limit of ${limit} events (raise maxEvents to allow more).`);
  }
}

/** `TaskStateEntered` → `stateEnteredEventDetails`, `MapIterationStarted` → `mapIterationStartedEventDetails`. */
const detailsKeys = new Map<string, string>();
export function detailsKeyOf(type: string): string {
  let key = detailsKeys.get(type);
  if (key === undefined) {
    key = computeDetailsKey(type);
    detailsKeys.set(type, key);
  }
  return key;
}

function computeDetailsKey(type: string): string {
  const m = /^(?:Task|Pass|Choice|Wait|Succeed|Fail|Parallel|Map)State(Entered|Exited)$/.exec(type);
  if (m) return `state${m[1]}EventDetails`;
  return `${type.charAt(0).toLowerCase()}${type.slice(1)}EventDetails`;
}

/** A JSON text of a value; `undefined` becomes `null` as in AWS histories. */
export function toJsonText(value: unknown): string {
  return value === undefined ? 'null' : JSON.stringify(value);
}

const RAW = Symbol('payloadValues');
const TEXT = Symbol('payloadTexts');
type LazyHolder = Record<string, unknown> & { [RAW]: Record<string, unknown>; [TEXT]?: Record<string, string> };

// One shared getter/setter pair per key keeps every details object on the same hidden class
// (a closure per object would give each its own and make the hot path megamorphic).
const ACCESSORS: Record<string, PropertyDescriptor> = {};
for (const key of PAYLOAD_KEYS) {
  ACCESSORS[key] = {
    enumerable: true,
    configurable: true,
    get(this: LazyHolder) {
      const texts = (this[TEXT] ??= {});
      let text = texts[key];
      if (text === undefined) {
        text = toJsonText(this[RAW][key]);
        texts[key] = text;
      }
      return text;
    },
    set(this: LazyHolder, v: string) {
      (this[TEXT] ??= {})[key] = v;
    },
  };
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
    (studio as StudioDetails).time = time;
    const event: HistoryEvent = {
      id,
      previousEventId,
      type,
      timestamp: this.lastIso,
      studio: studio as StudioDetails,
    };
    if (details) {
      const out = {} as LazyHolder;
      let raw: Record<string, unknown> | undefined;
      for (const key in details) {
        const value = details[key];
        if (PAYLOAD_KEYS.has(key)) {
          // Small payloads are cheaper to serialise now than to defer.
          if (jsonByteSize(value) <= EAGER_TEXT_BYTES) {
            out[key] = toJsonText(value);
            continue;
          }
          if (!raw) {
            raw = {};
            Object.defineProperty(out, RAW, { value: raw, enumerable: false });
          }
          raw[key] = value;
          Object.defineProperty(out, key, ACCESSORS[key]!);
        } else if (value !== undefined) out[key] = value;
      }
      event[detailsKeyOf(type)] = out;
    }
    this.events.push(event);
    this.onEvent?.(event);
    return id;
  }
}
