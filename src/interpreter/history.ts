/**
 * The execution history: numbered events shaped like `GetExecutionHistory`, each with its
 * `…EventDetails` object. Payloads (`input`, `output`, `parameters`) are JSON text as AWS
 * records them, produced lazily on first read so a large payload flowing through many states
 * is not serialised twice per state unless someone looks at it.
 */
import { StatesError } from '../asl/statesError';
import { jsonByteSize } from './limits';
import { EventColumns, NO_EXTRA, NO_RETRY_COUNT } from './eventColumns';
import { StageLog } from './stageLog';
import { detailsKeyOf } from './eventDetails';
import type { EventDetailsOf, HistoryEvent, HistoryEventBase, HistoryEventType, StateEnteredEvent, StateExitedEvent, StudioDetails, StudioStages } from './types';
import type { MapIterationEvent } from './eventDetails';
import type { Clock } from '../time/clock';

const EAGER_TEXT_BYTES = 2048;

const PAYLOAD_KEYS = new Set(['input', 'output', 'parameters']);

/** Raised when the history outgrows `maxEvents` (the service fails such an execution). */
export class HistoryLimitError extends StatesError {
  constructor(public readonly limit: number) {
    super('States.Runtime', `The execution history reached the limit of ${limit} events (raise maxEvents to allow more).`);
  }
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

type PayloadKey = 'input' | 'output' | 'parameters';

/**
 * The details of an event of type `T` as the engine records them: the fields of its AWS details
 * object, except that payload fields hold the value (turned into JSON text when the history is
 * read) and an `undefined` field is left out. `undefined` for types without details.
 */
export type EventDetailsInput<T extends HistoryEventType = HistoryEventType> = T extends HistoryEventType
  ? [EventDetailsOf<T>] extends [never]
    ? undefined
    : { [K in keyof EventDetailsOf<T>]: (K extends PayloadKey ? unknown : EventDetailsOf<T>[K]) | undefined }
  : never;

// How the `data` column of an event is read back.
/** `data` is the details object (raw payloads) or undefined. */
const DETAILS = 0;
/** `…StateEntered`: `data` is the input, the name column the state name. */
const ENTERED = 1;
/** `…StateExited`: `data` is the output, the name column the state name. */
const EXITED = 2;
/** `MapIteration…`: `data` is the index, the name column the Map state's name. */
const ITERATION = 3;

export class HistoryRecorder {
  // Column store: recording an event allocates nothing per event until someone reads the
  // history (retained per-event objects were most of the engine's GC time).
  private readonly columns = new EventColumns();
  /** The data-flow stages of Exited events, packed (see {@link StageLog}). */
  private readonly stageLog = new StageLog();
  /** AWS-shaped events built so far (payloads as JSON text). */
  private readonly built: HistoryEvent[] = [];
  private isoMs = Number.NaN;
  private iso = '';

  constructor(
    private readonly maxEvents: number,
    /** The execution's clock (read directly: a closure in between is one more call per event). */
    private readonly clock: Clock,
    public onEvent?: (event: HistoryEvent) => void,
  ) {}

  /** Called after each event without building it (cheap change notification). */
  onRecord: (() => void) | undefined;

  get length(): number {
    return this.columns.length;
  }

  // Each add… method appends to the columns itself (one call fewer per event on the hot path).

  /** What every event but the closing one fails with once the history is full. */
  private full(): HistoryLimitError {
    return new HistoryLimitError(this.maxEvents);
  }

  /** After an event was appended: the listener (which builds it) and the change notification. */
  private recorded(id: number): number {
    if (this.onEvent) this.onEvent(this.exposed()[id - 1]!);
    if (this.onRecord) this.onRecord();
    return id;
  }

  /** Fast path for `…StateEntered`, a third to half of a history. */
  addEntered(type: StateEnteredEvent['type'], previousEventId: number, name: string, input: unknown, path: string, iteration: number[] | undefined): number {
    const columns = this.columns;
    if (columns.length >= this.maxEvents) throw this.full();
    columns.push(ENTERED, type, name, input, path, iteration, undefined, previousEventId, this.clock.now(), NO_RETRY_COUNT, NO_EXTRA);
    return this.onEvent || this.onRecord ? this.recorded(columns.length) : columns.length;
  }

  /**
   * Fast path for `…StateExited`.
   * @param stages the state's data-flow stages (undefined keys are left out), or undefined
   */
  addExited(
    type: StateExitedEvent['type'],
    previousEventId: number,
    name: string,
    output: unknown,
    path: string,
    iteration: number[] | undefined,
    stages: StudioStages | undefined,
    variables: Record<string, unknown>,
    retryCount: number,
    enteredId: number,
  ): number {
    const columns = this.columns;
    // Checked before the stages are logged, so a refused event leaves no stages behind.
    if (columns.length >= this.maxEvents) throw this.full();
    this.stageLog.record(stages);
    // The stages' input and output are the Entered event's input and this event's output.
    columns.push(EXITED, type, name, output, path, iteration, variables, previousEventId, this.clock.now(), retryCount, enteredId);
    return this.onEvent || this.onRecord ? this.recorded(columns.length) : columns.length;
  }

  /** `MapIterationStarted/Succeeded/Failed/Aborted` with `{ name, index }` details. */
  addIteration(type: MapIterationEvent['type'], previousEventId: number, name: string, index: number, path: string, iteration: number[] | undefined): number {
    const columns = this.columns;
    if (columns.length >= this.maxEvents) throw this.full();
    columns.push(ITERATION, type, name, index, path, iteration, undefined, previousEventId, this.clock.now(), NO_RETRY_COUNT, NO_EXTRA);
    return this.onEvent || this.onRecord ? this.recorded(columns.length) : columns.length;
  }

  /** A non-state event of the engine (details as for {@link add}). */
  addDetails<T extends HistoryEventType>(type: T, previousEventId: number, details: EventDetailsInput<T>, path: string, iteration: number[] | undefined, retryCount: number): number {
    const columns = this.columns;
    if (columns.length >= this.maxEvents) throw this.full();
    columns.push(DETAILS, type, undefined, details, path, iteration, undefined, previousEventId, this.clock.now(), retryCount, NO_EXTRA);
    return this.onEvent || this.onRecord ? this.recorded(columns.length) : columns.length;
  }

  /**
   * Appends an event and returns its id.
   * @param details the `…EventDetails` content; `input`/`output`/`parameters` are JSON values,
   *   turned into JSON text when the history is read; omit for events without details
   * @param options.force record even past `maxEvents` (the closing execution event)
   */
  add<T extends HistoryEventType>(type: T, previousEventId: number, details: EventDetailsInput<T>, studio: Omit<StudioDetails, 'time'>, options: { force?: boolean } = {}): number {
    const columns = this.columns;
    if (!options.force && columns.length >= this.maxEvents) throw this.full();
    columns.push(DETAILS, type, undefined, details, studio.path, studio.iteration, studio.variables, previousEventId, this.clock.now(), studio.retryCount ?? NO_RETRY_COUNT, NO_EXTRA);
    return this.recorded(columns.length);
  }

  /** Events recorded so far, AWS-shaped, with every payload as JSON text. */
  exposed(): HistoryEvent[] {
    const built = this.built;
    for (let i = built.length; i < this.columns.length; i++) built.push(this.build(i));
    return built;
  }

  private timestamp(time: number): string {
    if (time !== this.isoMs) {
      this.isoMs = time;
      this.iso = new Date(time).toISOString();
    }
    return this.iso;
  }

  // Events are built in order (exposed() continues where it stopped), which the stage log relies on.
  private build(i: number): HistoryEvent {
    const columns = this.columns;
    const type = columns.type(i);
    const kind = columns.kind(i);
    const time = columns.time(i);
    const studio: StudioDetails = { time };
    const path = columns.path(i);
    if (path !== undefined) studio.path = path;
    const iteration = columns.iteration(i);
    if (iteration !== undefined) studio.iteration = iteration;
    if (kind === EXITED) {
      const stages = this.stageLog.next(columns.data(columns.extra(i) - 1), columns.data(i));
      if (stages !== undefined) studio.stages = stages;
    }
    const variables = columns.variables(i);
    if (variables !== undefined) studio.variables = variables;
    const retryCount = columns.retryCount(i);
    if (retryCount >= 0) studio.retryCount = retryCount;
    // Built field by field from the columns: the type and its details key come from the recorded type.
    const event = { id: i + 1, previousEventId: columns.prev(i), type, timestamp: this.timestamp(time), studio } as HistoryEventBase & Record<string, unknown>;
    const data = columns.data(i);
    if (kind === ENTERED || kind === EXITED) {
      const entered = kind === ENTERED;
      const details: Record<string, unknown> = { name: columns.name(i) };
      setPayload(details, entered ? 'input' : 'output', data);
      event[entered ? 'stateEnteredEventDetails' : 'stateExitedEventDetails'] = details;
    } else if (kind === ITERATION) {
      event[detailsKeyOf(type)] = { name: columns.name(i), index: data };
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
    return event as unknown as HistoryEvent;
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
