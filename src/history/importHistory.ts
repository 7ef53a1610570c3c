/**
 * `importExecutionHistory`: what `aws stepfunctions get-execution-history` prints (one page, pages
 * appended one after another, an array of pages, `--reverse-order`), optionally with the output of
 * `describe-execution` and `describe-state-machine-for-execution` (in the same file or in more
 * files), into the studio's run model: events sorted by id with `studio` annotations, the outcome,
 * the definition, and the payloads AWS truncated. Malformed input fails with located problems.
 */
import { hasStateMachineShape } from '../asl/shape';
import type { StateMachine } from '../asl/types';
import type { ExecutionStatus, HistoryEvent } from '../interpreter/types';
import { annotateEvents } from './annotate';
import { readDocuments } from './documents';
import { EXECUTION_END, payload } from './events';
import { detailFieldsOf, failureOf } from '../interpreter/eventDetails';
import type { ExecutionFacts, ImportedExecution, ImportOptions, PayloadNotice } from './types';
import { isObj } from '../asl/objects';

/** One located problem of an import. */
export interface ImportProblem {
  message: string;
  file?: string;
  /** 1-based document number in the file (several documents one after another). */
  document?: number;
  /** JSON path inside the document, e.g. `['events', 14, 'timestamp']`. */
  path?: (string | number)[];
  line?: number;
  column?: number;
  /** AWS event id, when the problem is in an event that has one. */
  eventId?: number;
}

export class HistoryImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'HistoryImportError';
  }
}

/** `history.json, document 2, events[14].timestamp: …` */
export function formatProblem(p: ImportProblem): string {
  const where: string[] = [];
  if (p.file) where.push(p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file);
  else if (p.line !== undefined) where.push(`line ${p.line}, column ${p.column ?? 1}`);
  if (p.document !== undefined) where.push(`document ${p.document}`);
  if (p.path && p.path.length > 0) where.push(p.path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join(''));
  return where.length > 0 ? `${where.join(', ')}: ${p.message}` : p.message;
}

interface Source {
  file?: string;
  document?: number;
}

interface Collected {
  events: { event: HistoryEvent; source: Source; parent: readonly (string | number)[]; index: number }[];
  definitions: { definition: StateMachine; source: Source }[];
  execution: ExecutionFacts;
  problems: ImportProblem[];
  /** The values were parsed here from text: events are annotated in place instead of copied. */
  owned: boolean;
}


/** `2024-05-01T12:00:07` + fraction + zone, as the AWS CLI prints timestamps. */
const ISO_STAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Milliseconds of the whole seconds of ISO stamps (`2024-05-01T12:00:07+00:00`): the events of a
 * history share a few seconds, and `Date.parse` costs about 2 µs a call, so a 25,000-event
 * history parses each second once.
 */
const secondsOfStamp = new Map<string, number>();

/** AWS SDKs print timestamps as ISO text, the JSON SDK output as epoch seconds. */
function timeOfStamp(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value > 1e11 ? value : value * 1000;
  if (typeof value !== 'string') return undefined;
  const m = ISO_STAMP.exec(value);
  if (!m) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : t;
  }
  const key = m[1]! + m[3]!;
  let seconds = secondsOfStamp.get(key);
  if (seconds === undefined) {
    seconds = Date.parse(key);
    if (Number.isNaN(seconds)) return undefined;
    if (secondsOfStamp.size > 10_000) secondsOfStamp.clear();
    secondsOfStamp.set(key, seconds);
  }
  // Date.parse keeps milliseconds and drops finer digits (AWS prints microseconds).
  return m[2] ? seconds + Number(m[2].slice(0, 3).padEnd(3, '0')) : seconds;
}

/**
 * Reads one event. `parent` + `index` locate it (`events[i]`); the path array is built only for a
 * problem: a 25,000-event history would otherwise allocate 25,000 arrays nobody reads.
 */
function readEvent(raw: unknown, source: Source, parent: readonly (string | number)[], index: number, into: Collected): void {
  const problem = (message: string, field?: string, eventId?: number) =>
    into.problems.push({ message, ...source, path: field ? [...parent, index, field] : [...parent, index], ...(eventId !== undefined ? { eventId } : {}) });
  if (!isObj(raw)) return void problem('expected an event object ({"id", "type", "timestamp", …})');
  const { id, type, previousEventId, timestamp } = raw;
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) return void problem(`expected a positive integer id, found ${JSON.stringify(id)}`, 'id');
  if (typeof type !== 'string' || type === '') return void problem(`expected an event type such as "TaskStateEntered", found ${JSON.stringify(type)}`, 'type', id);
  if (previousEventId !== undefined && (typeof previousEventId !== 'number' || previousEventId < 0)) {
    return void problem(`expected a number, found ${JSON.stringify(previousEventId)}`, 'previousEventId', id);
  }
  const time = timeOfStamp(timestamp);
  if (time === undefined) return void problem(`expected an ISO-8601 timestamp, found ${JSON.stringify(timestamp)}`, 'timestamp', id);
  // Keep the recorded text (microseconds, offset) when it was text; epoch seconds become ISO text.
  const stamp = typeof timestamp === 'string' ? timestamp : new Date(time).toISOString();
  let event: HistoryEvent;
  if (into.owned) {
    // Parsed here: nobody else holds the object, so it is annotated in place (a 25,000-event
    // history would otherwise be copied event by event).
    event = raw as HistoryEvent;
    event.previousEventId = previousEventId ?? 0;
    event.timestamp = stamp;
    event.studio = { time };
  } else {
    // `type` is the recorded text: a type this version does not list is kept as recorded.
    event = { ...raw, id, type, previousEventId: previousEventId ?? 0, timestamp: stamp, studio: { time } } as HistoryEvent;
  }
  into.events.push({ event, source, parent, index });
}

function readDefinition(value: unknown, source: Source, path: (string | number)[], into: Collected): void {
  let definition = value;
  if (typeof value === 'string') {
    try {
      definition = JSON.parse(value) as unknown;
    } catch {
      into.problems.push({ message: 'the definition is not JSON text', ...source, path });
      return;
    }
  }
  if (hasStateMachineShape(definition)) into.definitions.push({ definition: definition as StateMachine, source });
  else into.problems.push({ message: 'the definition is not a state machine (no StartAt/States)', ...source, path });
}

const FACT_KEYS = ['executionArn', 'stateMachineArn', 'name', 'status', 'startDate', 'stopDate'] as const;

/** Reads one JSON value: a page, pages, events, describe-… output, a definition, or a combined object. */
function readValue(value: unknown, source: Source, path: (string | number)[], into: Collected, depth = 0): boolean {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => isObj(v) && 'type' in v && 'id' in v)) {
      value.forEach((v, i) => readEvent(v, source, path, i, into));
      return true;
    }
    let any = value.length === 0;
    value.forEach((v, i) => {
      if (readValue(v, source, [...path, i], into, depth + 1)) any = true;
      else into.problems.push({ message: 'expected a history page ({"events": [...]}) or describe-execution / describe-state-machine-for-execution output', ...source, path: [...path, i] });
    });
    return any;
  }
  if (!isObj(value)) return false;
  let known = false;
  if ('events' in value) {
    known = true;
    if (!Array.isArray(value['events'])) into.problems.push({ message: 'expected an array of events', ...source, path: [...path, 'events'] });
    else {
      const parent = [...path, 'events'];
      value['events'].forEach((v, i) => readEvent(v, source, parent, i, into));
    }
  }
  if (isObj(value['history']) || Array.isArray(value['history'])) known = readValue(value['history'], source, [...path, 'history'], into, depth + 1) || known;
  if ('definition' in value) {
    known = true;
    readDefinition(value['definition'], source, [...path, 'definition'], into);
  }
  if (hasStateMachineShape(value) && depth === 0 && !known) {
    into.definitions.push({ definition: value as StateMachine, source });
    return true;
  }
  if (typeof value['executionArn'] === 'string') {
    known = true;
    for (const key of FACT_KEYS) {
      const v = value[key];
      if (typeof v === 'string') into.execution[key] = v;
      else if (typeof v === 'number' && (key === 'startDate' || key === 'stopDate')) into.execution[key] = new Date(timeOfStamp(v)!).toISOString();
    }
  }
  // describe-state-machine-for-execution names the machine too.
  if (typeof value['stateMachineArn'] === 'string') into.execution.stateMachineArn ??= value['stateMachineArn'];
  if (isObj(value['execution'])) known = readValue(value['execution'], source, [...path, 'execution'], into, depth + 1) || known;
  return known;
}

/** Payloads AWS cut (`inputDetails.truncated`) or left out (`--no-include-execution-data`). */
function payloadNotices(events: readonly HistoryEvent[]): PayloadNotice[] {
  const out: PayloadNotice[] = [];
  for (const event of events) {
    const details = detailFieldsOf(event);
    if (!details) continue;
    for (const key in details) {
      if (!key.endsWith('Details') || !Object.hasOwn(details, key)) continue;
      const value = details[key];
      if (!isObj(value)) continue;
      const field = key.slice(0, -'Details'.length);
      if (value['truncated'] === true) out.push({ eventId: event.id, field, reason: 'truncated' });
      else if (!(field in details)) out.push({ eventId: event.id, field, reason: 'omitted' });
    }
  }
  return out;
}

export type HistoryInput = string | { name?: string; text: string } | Record<string, unknown> | unknown[];

/**
 * Imports an execution history.
 * @param input the text of a file, a parsed JSON value, or several files (an array of `{ name, text }`)
 * @throws HistoryImportError with located problems when the input is not a usable history
 */
export function importExecutionHistory(input: HistoryInput | { name?: string; text: string }[], options: ImportOptions = {}): ImportedExecution {
  const into: Collected = { events: [], definitions: [], execution: {}, problems: [], owned: false };
  const files: { name?: string; text?: string; value?: unknown }[] =
    typeof input === 'string' ? [{ text: input }]
    : Array.isArray(input) && input.length > 0 && input.every((f) => isObj(f) && typeof f['text'] === 'string')
      ? (input as { name?: string; text: string }[])
      : isObj(input) && typeof input['text'] === 'string' && Object.keys(input).every((k) => k === 'text' || k === 'name')
        ? [input as { name?: string; text: string }]
        : [{ value: input }];
  files.forEach((file, i) => {
    const name = file.name ?? options.fileNames?.[i];
    if (file.text === undefined) {
      into.owned = false;
      if (!readValue(file.value, name ? { file: name } : {}, [], into)) {
        into.problems.push({ message: 'expected the JSON of get-execution-history ({"events": [...]})', ...(name ? { file: name } : {}) });
      }
      return;
    }
    const { documents, error } = readDocuments(file.text);
    into.owned = true;
    if (error) {
      into.problems.push({ message: error.message, line: error.line, column: error.column, ...(name ? { file: name } : {}) });
      return;
    }
    for (const doc of documents) {
      const source: Source = { ...(name ? { file: name } : {}), ...(documents.length > 1 ? { document: doc.number } : {}) };
      if (!readValue(doc.value, source, [], into)) {
        into.problems.push({ message: 'expected a history page ({"events": [...]}) or describe-execution / describe-state-machine-for-execution output', ...source });
      }
    }
  });
  if (into.problems.length > 0) throw new HistoryImportError(into.problems);
  if (into.events.length === 0) throw new HistoryImportError([{ message: 'no history events found (expected {"events": [...]} from get-execution-history)' }]);

  // --reverse-order and pages in any order: AWS numbers events 1..n in the order they happened.
  into.events.sort((a, b) => a.event.id - b.event.id);
  const events: HistoryEvent[] = [];
  const warnings: string[] = [];
  let duplicates = 0;
  for (const { event, source, parent, index } of into.events) {
    const last = events[events.length - 1];
    if (last && last.id === event.id) {
      if (last.type !== event.type) {
        throw new HistoryImportError([{ message: `two different events have id ${event.id} (${last.type} and ${event.type})`, ...source, path: [...parent, index], eventId: event.id }]);
      }
      duplicates++;
      continue;
    }
    events.push(event);
  }
  if (duplicates > 0) warnings.push(`${duplicates} event${duplicates === 1 ? '' : 's'} appeared twice (overlapping pages) and ${duplicates === 1 ? 'was' : 'were'} read once.`);
  const gaps = missingIds(events);
  if (gaps) warnings.push(`Events ${gaps} are missing (a page of the history was not included?).`);

  const result: ImportedExecution = {
    events,
    status: 'RUNNING',
    execution: into.execution,
    payloadNotices: payloadNotices(events),
    fit: [],
    warnings,
  };
  const first = events[0]!;
  if (first.type === 'ExecutionStarted') result.input = payload(first.executionStartedEventDetails?.input);
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    const status: ExecutionStatus | undefined = EXECUTION_END[event.type];
    if (!status) continue;
    result.status = status;
    if (event.type === 'ExecutionSucceeded') result.output = payload(event.executionSucceededEventDetails?.output);
    const failure = failureOf(event);
    if (failure?.error !== undefined) result.error = failure.error;
    if (failure?.cause !== undefined) result.cause = failure.cause;
    break;
  }
  const found = into.definitions[into.definitions.length - 1]?.definition;
  const definition = found ?? options.definition;
  if (definition) {
    result.definition = definition;
    result.definitionSource = found ? 'file' : 'option';
    const onPlaced = options.onPlaced;
    result.fit = annotateEvents(events, definition, onPlaced ? (placed) => onPlaced(events, placed, definition) : undefined);
  }
  return result;
}

/** `4–9, 12` when ids are missing between 1 and the last id. */
function missingIds(events: readonly HistoryEvent[]): string | undefined {
  const ranges: string[] = [];
  let expected = 1;
  for (const event of events) {
    if (event.id > expected) ranges.push(event.id - 1 === expected ? `${expected}` : `${expected}–${event.id - 1}`);
    expected = event.id + 1;
  }
  return ranges.length > 0 ? ranges.join(', ') : undefined;
}
