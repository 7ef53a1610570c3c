/**
 * Compares a local run with the recorded one, scope by scope: the events of one state scope in
 * one Map iteration (or Parallel branch) come in a fixed order, while concurrent iterations and
 * branches interleave as they like, so the global order (and the ids) are not compared. The first
 * difference in AWS's order is reported with both sides in words.
 */
import type { HistoryEvent } from '../interpreter/types';
import { deepEqual } from '../asl/deepEqual';
import { payload } from './events';
import { failureOf, isEnteredEvent, isExitedEvent, iterationIndexOf, stateNameOf } from '../interpreter/eventDetails';
import type { Divergence, DivergenceSide, PayloadNotice } from './types';

/** Events that depend on how a task was answered, not on the workflow (the engine's mocks answer at once). */
const NOT_COMPARED = new Set(['TaskSubmitted', 'TaskHeartbeatSent']);

const FAILURE = /(Failed|TimedOut)$/;

/** The scope an event's order is fixed in. */
export function scopeOf(event: HistoryEvent): string {
  const path = event.studio.path;
  if (!path) return '#';
  const chain = event.studio.iteration ?? [];
  if (event.type.startsWith('MapIteration')) return `${path}/0#${chain.join('.')}`;
  const cut = path.lastIndexOf('/');
  return `${cut < 0 ? '' : path.slice(0, cut)}#${chain.join('.')}`;
}

const nameOf = stateNameOf;

const stateName = (event: HistoryEvent): string => nameOf(event) ?? event.studio.path?.split('/').pop()?.replace(/~1/g, '/').replace(/~0/g, '~') ?? '';

const errorName = (event: HistoryEvent): string | undefined => failureOf(event)?.error;

/** What must be equal: type, state name, iteration index, error name. */
function label(event: HistoryEvent): string {
  let out = event.type;
  const name = nameOf(event);
  if (name !== undefined) out += `|${name}`;
  const index = iterationIndexOf(event);
  if (index !== undefined) out += `#${index}`;
  if (FAILURE.test(event.type)) out += `!${errorName(event) ?? ''}`;
  return out;
}

/** The payload compared: a state's input on entry, its output on exit. */
function payloadOf(event: HistoryEvent): { field: 'input' | 'output'; value: unknown } | undefined {
  if (isEnteredEvent(event)) return { field: 'input', value: payload(event.stateEnteredEventDetails?.input) };
  if (isExitedEvent(event)) return { field: 'output', value: payload(event.stateExitedEventDetails?.output) };
  return undefined;
}

const short = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

/** One event in words, given the events before it in its scope. */
export function describeEvent(event: HistoryEvent, before: readonly HistoryEvent[], after: readonly HistoryEvent[] = []): string {
  const type = event.type;
  const name = stateName(event);
  // A caught error: the failure, then (AWS and the engine) the state's Exited, then the catcher's Entered.
  let previous = before[before.length - 1];
  if (previous?.type.endsWith('StateExited') && type.endsWith('StateEntered')) previous = before[before.length - 2];
  const failed = previous && FAILURE.test(previous.type) && !previous.type.startsWith('Execution') ? errorName(previous) ?? 'an error' : undefined;
  if (type.endsWith('StateEntered')) return failed !== undefined ? `went to Catch → '${name}' (after ${failed})` : `went to '${name}'`;
  if (type.endsWith('StateExited')) {
    const next = after[0];
    if (failed !== undefined && next?.type.endsWith('StateEntered')) return `went to Catch → '${stateName(next)}' (after ${failed})`;
    return failed !== undefined ? `caught ${failed} and left '${name}'` : `left '${name}'`;
  }
  if (/Scheduled$/.test(type) || type === 'ParallelStateStarted' || type === 'MapStateStarted') {
    let failures = 0;
    for (let i = before.length - 1; i >= 0 && !before[i]!.type.endsWith('StateEntered'); i--) if (FAILURE.test(before[i]!.type)) failures++;
    if (failures > 0) return `went to Retry #${failures} of '${name}'`;
    return type === 'ParallelStateStarted' || type === 'MapStateStarted' ? `started '${name}'` : `called the resource of '${name}'`;
  }
  if (/TimedOut$/.test(type) && !type.startsWith('Execution')) return `had '${name}' time out (${errorName(event) ?? 'States.Timeout'})`;
  if (type === 'ExecutionSucceeded') return 'ended the execution as succeeded';
  if (type.startsWith('Execution') && FAILURE.test(type)) return `ended the execution as failed (${errorName(event) ?? 'no error name'})`;
  if (type === 'ExecutionAborted') return 'ended the execution as aborted';
  if (FAILURE.test(type)) return `had '${name}' fail with ${errorName(event) ?? 'no error name'}`;
  if (/Succeeded$/.test(type) && type.startsWith('MapIteration')) return `finished iteration ${String(iterationIndexOf(event))} of '${name}'`;
  if (type === 'MapIterationStarted') return `started iteration ${String(iterationIndexOf(event))} of '${name}'`;
  if (/Succeeded$/.test(type)) return `had '${name}' succeed (${type})`;
  return `recorded ${type}${name ? ` in '${name}'` : ''}`;
}

function side(event: HistoryEvent, list: readonly HistoryEvent[], k: number): DivergenceSide {
  const out: DivergenceSide = { eventId: event.id, type: event.type, text: describeEvent(event, list.slice(0, k), list.slice(k + 1, k + 2)) };
  const name = nameOf(event);
  if (name !== undefined) out.name = name;
  if (event.studio.path) out.statePath = event.studio.path;
  if (event.studio.iteration?.length) out.iteration = event.studio.iteration;
  return out;
}

function byScope(events: readonly HistoryEvent[]): Map<string, HistoryEvent[]> {
  const out = new Map<string, HistoryEvent[]>();
  for (const event of events) {
    if (NOT_COMPARED.has(event.type)) continue;
    const key = scopeOf(event);
    let list = out.get(key);
    if (!list) out.set(key, (list = []));
    list.push(event);
  }
  return out;
}

/** `k`: the position of the differing event in both scope lists. */
function divergence(kind: Divergence['kind'], recorded: HistoryEvent | undefined, local: HistoryEvent | undefined,
  recordedList: readonly HistoryEvent[], localList: readonly HistoryEvent[], k: number, lastRecordedId: number, message?: string): Divergence {
  const expected = recorded ? side(recorded, recordedList, k) : null;
  const actual = local ? side(local, localList, k) : null;
  const where = recorded ?? local!;
  return {
    eventId: recorded?.id ?? lastRecordedId,
    expected,
    actual,
    statePath: where.studio.path ?? '',
    iteration: where.studio.iteration ?? [],
    kind,
    message: message ?? `AWS ${expected?.text ?? 'had nothing more there'}, this run ${actual?.text ?? 'had nothing more there'}.`,
  };
}

/**
 * The first place where the local run departs from the recorded one, or null.
 * @param recorded AWS's events, annotated (`studio.path`, `studio.iteration`)
 * @param local the local run's events
 */
export function firstDivergence(recorded: readonly HistoryEvent[], local: readonly HistoryEvent[],
  options: { payloads?: boolean; notices?: readonly PayloadNotice[] } = {}): Divergence | null {
  const comparePayloads = options.payloads !== false;
  const skipped = new Set((options.notices ?? []).map((n) => `${n.eventId}|${n.field}`));
  const recordedScopes = byScope(recorded);
  const localScopes = byScope(local);
  const position = new Map<string, number>();
  for (const event of recorded) {
    if (NOT_COMPARED.has(event.type)) continue;
    const key = scopeOf(event);
    const k = position.get(key) ?? 0;
    position.set(key, k + 1);
    const mine = recordedScopes.get(key)!;
    const theirs = localScopes.get(key) ?? [];
    const other = theirs[k];
    if (!other || label(other) !== label(event)) {
      return divergence(other ? 'event' : 'missing', event, other, mine, theirs, k, event.id);
    }
    if (!comparePayloads) continue;
    const a = payloadOf(event);
    if (!a || skipped.has(`${event.id}|${a.field}`)) continue;
    const b = payloadOf(other)!;
    if (!deepEqual(a.value, b.value)) {
      const verb = a.field === 'input' ? 'entered' : 'left';
      return divergence('payload', event, other, mine, theirs, k, event.id,
        `AWS ${verb} '${stateName(event)}' with ${a.field} ${short(a.value)}, this run with ${short(b.value)}.`);
    }
  }
  // Events the local run has beyond AWS's, in the local order.
  for (const event of local) {
    if (NOT_COMPARED.has(event.type)) continue;
    const key = scopeOf(event);
    const mine = recordedScopes.get(key) ?? [];
    const theirs = localScopes.get(key)!;
    const k = theirs.indexOf(event);
    if (k >= mine.length) return divergence('extra', undefined, event, mine, theirs, k, mine[mine.length - 1]?.id ?? recorded[recorded.length - 1]?.id ?? 0);
  }
  return null;
}
