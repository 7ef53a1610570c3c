/**
 * State visits from an execution history: one row per time a state was entered (per Map
 * iteration), with its status at a cursor, times, input/output, data-flow stages, variables,
 * error and retry attempts. Pure; the Table view, the canvas colours and Step details read it.
 */
import type { HistoryEvent, StudioStages } from '../interpreter/types';
import type { RunNodeStatus } from './runViewTypes';
import { errorOf, eventKind, inputTextOf, iterationKey, outputTextOf, parsePayload, resourceOf, stateNameOf, timeOf } from './events';
import { parentScope } from './statePaths';
import type { EventSource } from './eventLog';

export type VisitStatus = Exclude<RunNodeStatus, 'not-reached'>;

export interface Attempt {
  error?: string;
  cause?: string;
  time: number;
  eventIndex: number;
}

export interface Visit {
  /** Order of entry, 0-based. */
  seq: number;
  /** Encoded StatePath (the canvas node id). */
  path: string;
  name: string;
  type: string;
  /** Map iteration indexes, outermost first. */
  iteration: number[];
  /** Parent scope path and iteration: visits with the same key follow each other. */
  scopeKey: string;
  enteredIndex: number;
  /** Index of the event that ended the visit (exit, catch, failure, cancel). */
  endIndex?: number;
  startTime: number;
  endTime?: number;
  status: VisitStatus;
  input?: unknown;
  output?: unknown;
  stages?: StudioStages;
  variables?: Record<string, unknown>;
  error?: string;
  cause?: string;
  /** Failed attempts, in order (each retry follows one). */
  attempts: Attempt[];
  retries: number;
  resource?: string;
  /** Indexes into the history of every event of this visit. */
  eventIndexes: number[];
}

interface Open extends Visit {
  lastFailed: boolean;
}

function visitKey(path: string, iteration: readonly number[] | undefined): string {
  return `${path}#${iterationKey(iteration)}`;
}

/** `visitKey(path, iteration.slice(0, -1))` without the copy: the key of the Map an iteration event belongs to. */
function mapVisitKey(path: string, iteration: readonly number[]): string {
  let key = `${path}#`;
  for (let j = 0; j < iteration.length - 1; j++) key += j === 0 ? `${iteration[j]}` : `.${iteration[j]}`;
  return key;
}

function startsWithChain(chain: readonly number[], prefix: readonly number[]): boolean {
  return prefix.every((n, i) => chain[i] === n);
}

/** `outer` is `inner` or a Map/Parallel visit that contains it (same iteration chain prefix). */
function encloses(outer: Visit, inner: Visit): boolean {
  if (outer === inner) return true;
  return inner.path.startsWith(`${outer.path}/`) && startsWithChain(inner.iteration, outer.iteration);
}

/**
 * Builds visits event by event and can resume where it stopped: a live run's history only grows,
 * so the panel advances one builder instead of re-reading the whole history for each batch.
 */
export class VisitBuilder {
  private all: Open[] = [];
  private open = new Map<string, Open>();
  private openByScope = new Map<string, Set<Open>>();
  /** Visits created or changed since the last `drainChanged()`, in order of first change. */
  private changed = new Set<Open>();
  /** Per event index: the seq of the first visit it belongs to (-1: none); more in `moreOfEvent`. */
  private firstOfEvent: number[] = [];
  private moreOfEvent = new Map<number, number[]>();
  /** Index of the next event to read. */
  position = 0;

  /** The visits so far (a new array; visit objects are updated in place as the history grows). */
  visits(): Visit[] {
    return this.all.slice();
  }

  /**
   * An independent copy at the same position, so time travel can resume from a checkpoint
   * instead of re-reading the history. Only open visits ever change (closing one is final), so
   * they alone are copied; closed ones are shared. `copyOf` maps this builder's open visits.
   */
  clone(): { builder: VisitBuilder; copyOf: (visit: Visit) => Visit } {
    const copy = new VisitBuilder();
    copy.all = this.all.slice();
    const copies = new Map<Visit, Open>();
    for (const v of this.open.values()) {
      const c: Open = { ...v, attempts: v.attempts.slice(), eventIndexes: v.eventIndexes.slice() };
      copies.set(v, c);
      copy.all[v.seq] = c;
    }
    const same = (v: Open): Open => copies.get(v) ?? v;
    copy.open = new Map([...this.open].map(([key, v]) => [key, same(v)]));
    copy.openByScope = new Map([...this.openByScope].map(([key, set]) => [key, new Set([...set].map(same))]));
    copy.changed = new Set([...this.changed].map(same));
    copy.firstOfEvent = this.firstOfEvent.slice();
    copy.moreOfEvent = new Map([...this.moreOfEvent].map(([key, seqs]) => [key, seqs.slice()]));
    copy.position = this.position;
    return { builder: copy, copyOf: (visit) => copies.get(visit) ?? visit };
  }

  /** The visits still open (the only ones the next events can change). */
  openVisits(): Visit[] {
    return [...this.open.values()];
  }

  /** The visits so far, without a copy (read only; it grows as the builder advances). */
  get list(): readonly Visit[] {
    return this.all;
  }

  /** Visits created or whose status changed since the previous call, in order of first change. */
  drainChanged(): Visit[] {
    const out = [...this.changed];
    this.changed = new Set();
    return out;
  }

  /** The visits an event belongs to, in order of entry (several when one event ends many). */
  visitsOfEvent(index: number): Visit[] {
    const first = this.firstOfEvent[index];
    if (first === undefined || first < 0) return [];
    const out: Visit[] = [this.all[first]!];
    const more = this.moreOfEvent.get(index);
    if (!more) return out;
    for (const seq of more) out.push(this.all[seq]!);
    return out.sort((a, b) => a.seq - b.seq);
  }

  private note(visit: Open, index: number): void {
    visit.eventIndexes.push(index);
    const first = this.firstOfEvent[index];
    if (first === undefined || first < 0) {
      while (this.firstOfEvent.length < index) this.firstOfEvent.push(-1);
      this.firstOfEvent[index] = visit.seq;
    } else if (first !== visit.seq) {
      const more = this.moreOfEvent.get(index) ?? [];
      if (!more.includes(visit.seq)) more.push(visit.seq);
      this.moreOfEvent.set(index, more);
    }
  }

  private setStatus(visit: Open, status: VisitStatus): void {
    if (visit.status !== status) this.changed.add(visit);
    visit.status = status;
  }

  private close(visit: Open, status: VisitStatus, index: number, time: number): void {
    this.setStatus(visit, status);
    visit.endIndex = index;
    visit.endTime = time;
    this.open.delete(visitKey(visit.path, visit.iteration));
    const scope = this.openByScope.get(visit.scopeKey);
    scope?.delete(visit);
    if (scope?.size === 0) this.openByScope.delete(visit.scopeKey);
  }

  /** Ends open visits inside a container (or a Map iteration) that stopped. */
  private closeInside(pathPrefix: string, chain: readonly number[], index: number, time: number): void {
    for (const visit of [...this.open.values()]) {
      if (!visit.path.startsWith(`${pathPrefix}/`) || !startsWithChain(visit.iteration, chain)) continue;
      this.note(visit, index);
      this.close(visit, visit.lastFailed || visit.type === 'Fail' ? 'failed' : 'cancelled', index, time);
    }
  }

  /**
   * The open visit whose own error ended the execution without a failure event of its own (a
   * Choice with no match, a bad path or a failing expression: `States.Runtime`, …). AWS points
   * `ExecutionFailed.previousEventId` at that state's Entered event; failing that, the visit
   * entered last is the one that was running.
   */
  private failingVisit(events: EventSource, end: HistoryEvent): Open | undefined {
    let latest: Open | undefined;
    for (const visit of this.open.values()) {
      if (visit.lastFailed) return undefined;
      if (events.at(visit.enteredIndex)?.id === end.previousEventId) return visit;
      if (!latest || visit.seq > latest.seq) latest = visit;
    }
    return latest;
  }

  /** Reads `events[position..cursor]`. */
  advance(events: EventSource, cursor = events.length - 1): this {
    const visits = this.all;
    const open = this.open;
    const openByScope = this.openByScope;
    const close = (visit: Open, status: VisitStatus, index: number, time: number) => this.close(visit, status, index, time);
    const closeInside = (pathPrefix: string, chain: readonly number[], index: number, time: number) => this.closeInside(pathPrefix, chain, index, time);
    const last = Math.min(cursor, events.length - 1);
    for (let i = this.position; i <= last; i++) {
      const event = events.at(i);
      if (!event) continue;
      const time = timeOf(event);
      const kind = eventKind(event.type);
      if (kind.executionEnd) {
        const failing = event.type === 'ExecutionFailed' ? this.failingVisit(events, event) : undefined;
        for (const visit of [...open.values()]) {
          this.note(visit, i);
          const status: VisitStatus = event.type === 'ExecutionSucceeded' ? 'succeeded'
            : visit.lastFailed || visit.type === 'Fail' || (failing && encloses(visit, failing)) ? 'failed' : 'cancelled';
          close(visit, status, i, time);
        }
        continue;
      }
      const path = event.studio?.path;
      if (!path) continue;
      const iteration = event.studio.iteration ?? [];
      if (kind.mapIteration) {
        // Iteration events carry the Map's path and the iteration's own chain (index included).
        if (event.type === 'MapIterationFailed' || event.type === 'MapIterationAborted') closeInside(path, iteration, i, time);
        const map = open.get(mapVisitKey(path, iteration));
        if (map) this.note(map, i);
        continue;
      }
      const key = visitKey(path, iteration);
      let visit = open.get(key);
      if (kind.entered && !visit) {
        const scopeKey = `${parentScope(path)}#${iterationKey(iteration)}`;
        // Entering a state ends the previous one in the same scope: a Catch leaves without an Exited event.
        const before = openByScope.get(scopeKey);
        // Copied: closing removes the visit from the set (a new Map iteration has none open).
        if (before) for (const previous of [...before]) {
          const failure = previous.lastFailed ? previous.attempts[previous.attempts.length - 1] : undefined;
          if (failure) close(previous, 'caught', failure.eventIndex, failure.time);
          else close(previous, 'succeeded', i, time);
        }
        const type = kind.stateType ?? 'Task';
        visit = {
          seq: visits.length, path, name: stateNameOf(event) ?? path, type, iteration: [...iteration], scopeKey,
          enteredIndex: i, startTime: time, status: type === 'Fail' ? 'failed' : 'in-progress',
          input: parsePayload(inputTextOf(event)), attempts: [], retries: 0, eventIndexes: [], lastFailed: false,
        };
        visits.push(visit);
        this.changed.add(visit);
        open.set(key, visit);
        const scopeSet = openByScope.get(scopeKey) ?? new Set<Open>();
        scopeSet.add(visit);
        openByScope.set(scopeKey, scopeSet);
      }
      if (!visit) continue;
      this.note(visit, i);
      const studio = event.studio;
      if (studio.stages) visit.stages = visit.stages ? { ...visit.stages, ...studio.stages } : studio.stages;
      if (studio.variables) visit.variables = studio.variables;
      if (typeof studio.retryCount === 'number') visit.retries = Math.max(visit.retries, studio.retryCount);
      if (visit.resource === undefined) {
        const resource = resourceOf(event);
        if (resource !== undefined) visit.resource = resource;
      }

      if (kind.exited) {
        visit.output = parsePayload(outputTextOf(event));
        close(visit, visit.lastFailed ? 'caught' : 'succeeded', i, time);
      } else if (kind.attemptFailure) {
        const failure = errorOf(event) ?? {};
        visit.attempts.push({ ...failure, time, eventIndex: i });
        if (failure.error !== undefined) visit.error = failure.error;
        if (failure.cause !== undefined) visit.cause = failure.cause;
        visit.lastFailed = true;
        this.setStatus(visit, 'failed');
        if (visit.type === 'Map' || visit.type === 'Parallel') closeInside(visit.path, visit.iteration, i, time);
      } else if (kind.aborted) {
        close(visit, 'cancelled', i, time);
        closeInside(visit.path, visit.iteration, i, time);
      } else if (event.type === 'MapStateStarted' || event.type === 'ParallelStateStarted') {
        // AWS records no …StateFailed between the attempts of a retried Map/Parallel: a new start ends what ran inside.
        const starts = visit.eventIndexes.filter((j) => events.at(j)?.type === event.type).length;
        if (starts > 1) closeInside(visit.path, visit.iteration, i, time);
        if (visit.lastFailed || starts > 1) {
          visit.lastFailed = false;
          this.setStatus(visit, 'in-progress');
          visit.retries = Math.max(visit.retries, visit.attempts.length, starts - 1);
        }
      } else if (visit.lastFailed && kind.attemptStart) {
        // A new attempt after a failure is a retry.
        visit.lastFailed = false;
        this.setStatus(visit, 'in-progress');
        visit.retries = Math.max(visit.retries, visit.attempts.length);
      }
    }
    this.position = Math.max(this.position, last + 1);
    return this;
  }
}


/** The visits of `events[0..cursor]` (the whole history when cursor is omitted). */
export function buildVisits(events: EventSource, cursor = events.length - 1): Visit[] {
  return new VisitBuilder().advance(events, cursor).visits();
}
