/**
 * Helpers of the conformance suite (`fixtures/conformance`): load cases, run one through the
 * engine, compare results and histories by the corpus README's rules.
 */
import { detailFieldsOf } from '../eventDetails';
import { startExecution } from '../execution';
import { simulatedClock } from '../../time/clock';
import type { ExecutionResult, HistoryEvent, MockShorthand } from '../types';

export interface ConformanceCase {
  id: string;
  category: string;
  subcategory: string;
  definition: unknown;
  input: unknown;
  expected: {
    status: 'SUCCEEDED' | 'FAILED';
    output?: unknown;
    error?: string;
    cause?: string;
    events?: FlatEvent[];
    eventsOrdered?: boolean;
  };
  mocks?: MockShorthand;
}

/** An event flattened as in the corpus: `{ id, previousEventId, type, ...details }`. */
export interface FlatEvent {
  id: number;
  previousEventId: number;
  type: string;
  [k: string]: unknown;
}

/** JSON text with sorted keys: equal for deep-equal JSON values. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

export const deepEqualJson = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

const PAYLOADS = ['input', 'output', 'parameters'];

/** Flattens an engine event the way the corpus flattened AWS's. */
export function flatten(event: HistoryEvent): FlatEvent {
  const out: FlatEvent = { id: event.id, previousEventId: event.previousEventId, type: event.type };
  const details = detailFieldsOf(event);
  if (details) {
    for (const [k, v] of Object.entries(details)) {
      out[k] = PAYLOADS.includes(k) && typeof v === 'string' ? (JSON.parse(v) as unknown) : v;
    }
  }
  return out;
}

const NAMED = /StateEntered$|StateExited$|^MapIteration/;
const label = (e: FlatEvent) => (NAMED.test(e.type) ? `${e.type}|${String(e.name)}` : e.type);
const payloadOf = (e: FlatEvent): string | undefined =>
  e.type.endsWith('StateEntered') ? canonical(e.input) : e.type.endsWith('StateExited') ? canonical(e.output) : undefined;

function multisetEqual(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

/** (a) types and names. */
export function compareTypes(actual: FlatEvent[], expected: FlatEvent[], ordered: boolean): boolean {
  const a = actual.map(label);
  const b = expected.map(label);
  if (ordered) return a.length === b.length && a.every((v, i) => v === b[i]);
  if (!multisetEqual(a, b)) return false;
  // each state's own order: no Exited before an Entered of that state, no iteration end before a start
  const open = new Map<string, number>();
  for (const e of actual) {
    const name = String(e.name);
    if (e.type.endsWith('StateEntered')) open.set(`s|${name}`, (open.get(`s|${name}`) ?? 0) + 1);
    else if (e.type.endsWith('StateExited') && !open.get(`s|${name}`)) return false;
    else if (e.type === 'MapIterationStarted') open.set(`m|${name}`, (open.get(`m|${name}`) ?? 0) + 1);
    else if (/^MapIteration(Succeeded|Failed|Aborted)$/.test(e.type) && !open.get(`m|${name}`)) return false;
  }
  return true;
}

function shapeKey(events: FlatEvent[]): string {
  const children = new Map<number, FlatEvent[]>();
  for (const e of events) {
    const list = children.get(e.previousEventId) ?? [];
    list.push(e);
    children.set(e.previousEventId, list);
  }
  const ids = new Set(events.map((e) => e.id));
  const render = (e: FlatEvent): string => `${label(e)}(${(children.get(e.id) ?? []).map(render).sort().join(',')})`;
  return events
    .filter((e) => e.previousEventId === 0 || !ids.has(e.previousEventId))
    .map(render)
    .sort()
    .join(',');
}

/** (b) tree shape of previousEventId links. */
export function compareShape(actual: FlatEvent[], expected: FlatEvent[], ordered: boolean): boolean {
  if (actual.length !== expected.length) return false;
  if (ordered) {
    const pos = (list: FlatEvent[]) => {
      const index = new Map(list.map((e, i) => [e.id, i]));
      return list.map((e) => (e.previousEventId === 0 ? -1 : (index.get(e.previousEventId) ?? -2)));
    };
    const a = pos(actual);
    const b = pos(expected);
    return a.every((v, i) => v === b[i]);
  }
  return shapeKey(actual) === shapeKey(expected);
}

/** (c) state inputs and outputs. */
export function comparePayloads(actual: FlatEvent[], expected: FlatEvent[], ordered: boolean): boolean {
  const pick = (list: FlatEvent[]) => list.filter((e) => payloadOf(e) !== undefined);
  const a = pick(actual);
  const b = pick(expected);
  if (a.length !== b.length) return false;
  if (ordered) return a.every((e, i) => label(e) === label(b[i]!) && payloadOf(e) === payloadOf(b[i]!));
  return multisetEqual(
    a.map((e) => `${label(e)}#${payloadOf(e)}`),
    b.map((e) => `${label(e)}#${payloadOf(e)}`),
  );
}

export interface CaseReport {
  id: string;
  category: string;
  result: boolean;
  cause: boolean;
  reason?: string;
  history?: { types: boolean; shape: boolean; payloads: boolean };
  actual: ExecutionResult;
}

/** Runs one case (mocks from the case, simulated clock) and compares it. */
export async function runCase(c: ConformanceCase): Promise<CaseReport> {
  const actual = await startExecution(c.definition, c.input, { mocks: c.mocks ?? {}, clock: simulatedClock(), seed: 1 }).result;
  const e = c.expected;
  let result: boolean;
  let reason: string | undefined;
  if (actual.status !== e.status) {
    result = false;
    reason = `status ${actual.status} (${actual.error ?? ''}: ${actual.cause ?? ''}) ≠ ${e.status}`;
  } else if (e.status === 'SUCCEEDED') {
    result = deepEqualJson(actual.output, e.output);
    if (!result) reason = `output ${canonical(actual.output).slice(0, 300)} ≠ ${canonical(e.output).slice(0, 300)}`;
  } else {
    result = actual.error === e.error;
    if (!result) reason = `error ${actual.error} ≠ ${e.error}`;
  }
  const cause = e.status !== 'FAILED' || actual.cause === e.cause;
  const report: CaseReport = { id: c.id, category: c.category, result, cause, actual };
  if (reason !== undefined) report.reason = reason;
  if (e.events) {
    const flat = actual.events.map(flatten);
    const ordered = e.eventsOrdered !== false;
    report.history = {
      types: compareTypes(flat, e.events, ordered),
      shape: compareShape(flat, e.events, ordered),
      payloads: comparePayloads(flat, e.events, ordered),
    };
  }
  return report;
}
