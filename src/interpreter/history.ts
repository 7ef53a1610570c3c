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

const ENTERED = /Entered$/;

export class HistoryRecorder {
  // Column store: recording an event allocates nothing per event until someone reads the
  // history (retained per-event objects were most of the engine's GC time).
  private readonly types: string[] = [];
  private readonly prevs: number[] = [];
  private readonly times: number[] = [];
  /** State events: the state name; others: undefined. */
  private readonly names: (string | undefined)[] = [];
  /** State events: the input / output value; others: the details object (raw payloads). */
  private readonly data: unknown[] = [];
  private readonly paths: (string | undefined)[] = [];
  private readonly iterations: (number[] | undefined)[] = [];
  private readonly stages: StudioDetails['stages'][] = [];
  private readonly variables: StudioDetails['variables'][] = [];
  private readonly retryCounts: (number | undefined)[] = [];
  /** AWS-shaped events built so far (payloads as JSON text). */
  private readonly built: HistoryEvent[] = [];
  private isoMs = Number.NaN;
  private iso = '';

  constructor(
    private readonly maxEvents: number,
    private readonly now: () => number,
    public onEvent?: (event: HistoryEvent) => void,
  ) {}

  /** Called after each event without building it (cheap change notification). */
  onRecord: (() => void) | undefined;

  get length(): number {
    return this.types.length;
  }

  private push(type: string, prev: number, name: string | undefined, data: unknown, studio: Omit<StudioDetails, 'time'>, force: boolean): number {
    if (!force && this.types.length >= this.maxEvents) throw new HistoryLimitError(this.maxEvents);
    this.types.push(type);
    this.prevs.push(prev);
    this.times.push(this.now());
    this.names.push(name);
    this.data.push(data);
    this.paths.push(studio.path);
    this.iterations.push(studio.iteration);
    this.stages.push(studio.stages);
    this.variables.push(studio.variables);
    this.retryCounts.push(studio.retryCount);
    const id = this.types.length;
    if (this.onEvent) this.onEvent(this.exposed()[id - 1]!);
    this.onRecord?.();
    return id;
  }

  /** Fast path for `…StateEntered` / `…StateExited`, most of a history. */
  addStateEvent(type: string, previousEventId: number, name: string, payload: unknown, studio: Omit<StudioDetails, 'time'>): number {
    return this.push(type, previousEventId, name, payload, studio, false);
  }

  /**
   * Appends an event and returns its id.
   * @param details the `…EventDetails` content; `input`/`output`/`parameters` are JSON values,
   *   turned into JSON text when the history is read; omit for events without details
   * @param force record even past `maxEvents` (the closing execution event)
   */
  add(type: string, previousEventId: number, details: EventDetailsInput | undefined, studio: Omit<StudioDetails, 'time'>, force = false): number {
    return this.push(type, previousEventId, undefined, details, studio, force);
  }

  /** Events recorded so far, AWS-shaped, with every payload as JSON text. */
  exposed(): HistoryEvent[] {
    const built = this.built;
    for (let i = built.length; i < this.types.length; i++) built.push(this.build(i));
    return built;
  }

  private timestamp(time: number): string {
    if (time !== this.isoMs) {
      this.isoMs = time;
      this.iso = new Date(time).toISOString();
    }
    return this.iso;
  }

  private build(i: number): HistoryEvent {
    const type = this.types[i]!;
    const time = this.times[i]!;
    const studio: StudioDetails = { time };
    const path = this.paths[i];
    if (path !== undefined) studio.path = path;
    const iteration = this.iterations[i];
    if (iteration !== undefined) studio.iteration = iteration;
    const stages = this.stages[i];
    if (stages !== undefined) studio.stages = stages;
    const variables = this.variables[i];
    if (variables !== undefined) studio.variables = variables;
    const retryCount = this.retryCounts[i];
    if (retryCount !== undefined) studio.retryCount = retryCount;
    const event: HistoryEvent = { id: i + 1, previousEventId: this.prevs[i]!, type, timestamp: this.timestamp(time), studio };
    const name = this.names[i];
    const data = this.data[i];
    if (name !== undefined) {
      const entered = ENTERED.test(type);
      const details: Record<string, unknown> = { name };
      setPayload(details, entered ? 'input' : 'output', data);
      event[entered ? 'stateEnteredEventDetails' : 'stateExitedEventDetails'] = details;
    } else if (data) {
      const raw = data as Record<string, unknown>;
      const details: Record<string, unknown> = {};
      for (const key in raw) {
        const value = raw[key];
        if (PAYLOAD_KEYS.has(key)) setPayload(details, key, value);
        else if (value !== undefined) details[key] = value;
      }
      event[detailsKeyOf(type)] = details;
    }
    return event;
  }
}

/** A payload as JSON text: small ones now, big ones on first read (shared accessor). */
function setPayload(details: Record<string, unknown>, key: string, value: unknown): void {
  if (jsonByteSize(value) <= EAGER_TEXT_BYTES) {
    details[key] = toJsonText(value);
    return;
  }
  const holder = details as LazyHolder;
  if (holder[RAW]) holder[RAW][key] = value;
  else Object.defineProperty(details, RAW, { value: { [key]: value }, enumerable: false });
  Object.defineProperty(details, key, ACCESSORS[key]!);
}
