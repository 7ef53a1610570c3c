/**
 * Everything the run panels and the canvas show of a run, kept incrementally: each batch of a
 * live run costs its own events, not the whole history. Visits are grouped by the Map iterations
 * around them, so the shown iterations, statuses, transitions and taken edges are read from a few
 * groups instead of a filter over every visit. Same results as the pure functions of runView.ts,
 * edges.ts and summary.ts (live.test.ts checks it at every cursor).
 */
import { decodeStatePath, getState } from '../asl/paths';
import type { State, StateMachine } from '../asl/types';
import type { HistoryEvent } from '../interpreter/types';
import type { RunNodeStatus } from './runViewTypes';
import { takenEdgeIdsFrom } from './edges';
import { iterationKey } from './events';
import type { RunSnapshotView, Transition } from './runView';
import { SummaryFold, type RunSummary } from './summary';
import { VisitBuilder, type Visit, type VisitStatus } from './visits';
import { mapAncestors, parentScope } from './statePaths';
import type { EventSource } from './eventLog';

/** A Map's iterations for the iteration picker: started, failed and aborted indexes, ascending. */
export interface MapIterations {
  map: string;
  name: string;
  indexes: number[];
  failed: number[];
  aborted: number[];
}

/** The derived view of a run at the position read so far. */
export interface LiveDerived {
  /** Every visit, in order of entry. */
  visits: Visit[];
  /** Visits of the shown Map iterations, in order of entry. */
  shown: Visit[];
  view: RunSnapshotView;
  takenEdges: string[];
  summary: RunSummary;
  maps: MapIterations[];
  /** Parallel and Map scopes (encoded paths) that have visits, in order of appearance. */
  scopes: string[];
  /** Visits inside containers (billed as nested steps). */
  nested: number;
}

/** Visits of one scope chain: the same Map ancestors at the same iteration indexes. */
interface Group {
  key: string;
  levelKey: string;
  ancestors: string[];
  chain: number[];
  visits: Visit[];
  latest: Map<string, Visit>;
  firstInScope: Map<string, Visit>;
  lastInScope: Map<string, Visit>;
  transitions: Map<string, Transition>;
  finished: Set<string>;
}

interface MapStats {
  name: string;
  indexes: number[];
  sorted: boolean;
  seen: Set<number>;
  failed: Map<number, number>;
  aborted: Map<number, number>;
}

const SEP = '\u0001';

function bump(counts: Map<number, number>, index: number, by: number): void {
  const next = (counts.get(index) ?? 0) + by;
  if (next > 0) counts.set(index, next);
  else counts.delete(index);
}

/** Incremental derivations of one run's history (one instance per history and start position). */
export class LiveRun {
  private builder = new VisitBuilder();
  private summaryFold = new SummaryFold();
  private mapPaths = new Set<string>();
  /** Pure caches per path: shared by clones. */
  private ancestorCache = new Map<string, string[]>();
  private states = new Map<string, State | undefined>();
  private groups = new Map<string, Group>();
  /** Distinct ancestor lists (joined) → the list and its groups. */
  private levels = new Map<string, { ancestors: string[]; groups: Group[] }>();
  private groupOf: Group[] = [];
  private lastStatus: (VisitStatus | undefined)[] = [];
  /** Per Map node: the iteration of the latest visit inside it (shown unless one is chosen). */
  private latestIteration: Record<string, number> = {};
  private maps = new Map<string, MapStats>();
  private scopeSet = new Set<string>();
  /** Groups this run may change in place (the others are shared with clones). */
  private owned = new Set<Group>();
  private nested = 0;
  private version = 0;
  private cache: { version: number; chosen: Readonly<Record<string, number>>; nodeIds: readonly string[]; value: LiveDerived } | undefined;
  private lastEvent: HistoryEvent | undefined;

  constructor(private readonly definition: StateMachine) {}

  /**
   * An independent copy at the same position (a time-travel checkpoint to resume from). Groups
   * are shared copy-on-write: whichever side adds to a shared group copies it first.
   */
  clone(): LiveRun {
    const copy = new LiveRun(this.definition);
    const { builder, copyOf } = this.builder.clone();
    copy.builder = builder;
    copy.summaryFold = this.summaryFold.clone();
    copy.mapPaths = new Set(this.mapPaths);
    copy.ancestorCache = this.ancestorCache;
    copy.states = this.states;
    copy.groups = new Map(this.groups);
    copy.levels = new Map([...this.levels].map(([key, level]) => [key, { ancestors: level.ancestors, groups: level.groups.slice() }]));
    copy.groupOf = this.groupOf.slice();
    copy.lastStatus = this.lastStatus.slice();
    copy.latestIteration = { ...this.latestIteration };
    copy.maps = new Map([...this.maps].map(([key, m]) => [key, {
      ...m, indexes: m.indexes.slice(), seen: new Set(m.seen), failed: new Map(m.failed), aborted: new Map(m.aborted),
    }]));
    copy.scopeSet = new Set(this.scopeSet);
    copy.nested = this.nested;
    copy.lastEvent = this.lastEvent;
    // Both sides now share every group; the copy's open visits are new objects, so their groups are copied now.
    this.owned.clear();
    for (const visit of this.builder.openVisits()) {
      const group = copy.groupOf[visit.seq];
      if (group && !copy.owned.has(group)) copy.own(group, copyOf);
    }
    return copy;
  }

  /** This run's own copy of a group (replacing the shared one everywhere it is referenced). */
  private own(group: Group, map: (visit: Visit) => Visit = (v) => v): Group {
    if (this.owned.has(group)) return group;
    const remap = (m: Map<string, Visit>) => new Map([...m].map(([key, v]) => [key, map(v)]));
    const copy: Group = {
      key: group.key, levelKey: group.levelKey, ancestors: group.ancestors, chain: group.chain, visits: group.visits.map(map),
      latest: remap(group.latest), firstInScope: remap(group.firstInScope), lastInScope: remap(group.lastInScope),
      transitions: new Map(group.transitions), finished: new Set(group.finished),
    };
    this.owned.add(copy);
    this.groups.set(copy.key, copy);
    const level = this.levels.get(copy.levelKey);
    const at = level ? level.groups.lastIndexOf(group) : -1;
    if (level && at >= 0) level.groups[at] = copy;
    for (const visit of copy.visits) this.groupOf[visit.seq] = copy;
    return copy;
  }

  /** Index of the next event to read. */
  get position(): number {
    return this.builder.position;
  }

  /** Reads `events[position..cursor]`; true when anything was read. */
  advance(events: EventSource, cursor = events.length - 1): boolean {
    const last = Math.min(cursor, events.length - 1);
    if (last < this.builder.position) return false;
    this.builder.advance(events, last);
    this.summaryFold.advance(events, last);
    this.lastEvent = events.at(last);
    for (const visit of this.builder.drainChanged()) this.fold(visit);
    this.version++;
    return true;
  }

  /** Every visit read so far, in order of entry (a new array). */
  visits(): Visit[] {
    return this.builder.visits();
  }

  /** The visits an event belongs to (read so far). */
  visitsOfEvent(index: number): Visit[] {
    return this.builder.visitsOfEvent(index);
  }

  /** The visit of entry number `seq`. */
  visit(seq: number): Visit | undefined {
    return this.builder.list[seq];
  }

  /** The Map node ids that contain `path`, outermost first (cached per path). */
  private ancestorsOf(path: string): string[] {
    let out = this.ancestorCache.get(path);
    if (!out) {
      out = mapAncestors(path, this.mapPaths);
      this.ancestorCache.set(path, out);
    }
    return out;
  }

  /** Folds a new or changed visit into the groups, the Map statistics and the counters. */
  private fold(visit: Visit): void {
    const previous = this.lastStatus[visit.seq];
    const isNew = previous === undefined;
    this.lastStatus[visit.seq] = visit.status;
    if (isNew) this.add(visit);
    let group = this.groupOf[visit.seq]!;
    if ((visit.status === 'succeeded' || visit.type === 'Fail') && !group.finished.has(visit.path)) {
      group = this.own(group);
      group.finished.add(visit.path);
    }
    // Failed and aborted iterations: per Map and index, how many visits are failed / cancelled now.
    const ancestors = group.ancestors;
    for (let depth = 0; depth < ancestors.length; depth++) {
      const index = visit.iteration[depth];
      const stats = this.maps.get(ancestors[depth]!);
      if (index === undefined || !stats) continue;
      if (isNew && !stats.seen.has(index)) {
        stats.seen.add(index);
        if (stats.indexes.length > 0 && index < stats.indexes[stats.indexes.length - 1]!) stats.sorted = false;
        stats.indexes.push(index);
      }
      if (previous === 'failed') bump(stats.failed, index, -1);
      if (previous === 'cancelled') bump(stats.aborted, index, -1);
      if (visit.status === 'failed') bump(stats.failed, index, 1);
      if (visit.status === 'cancelled') bump(stats.aborted, index, 1);
    }
  }

  private add(visit: Visit): void {
    if (visit.type === 'Map' && !this.mapPaths.has(visit.path)) {
      this.mapPaths.add(visit.path);
      const path = decodeStatePath(visit.path);
      this.maps.set(visit.path, {
        name: String(path[path.length - 1]), indexes: [], sorted: true, seen: new Set(), failed: new Map(), aborted: new Map(),
      });
    }
    const ancestors = this.ancestorsOf(visit.path);
    ancestors.forEach((map, depth) => {
      const index = visit.iteration[depth];
      if (index !== undefined) this.latestIteration[map] = index;
    });
    const levelKey = ancestors.join(SEP);
    const chain = visit.iteration.slice(0, ancestors.length);
    const key = `${levelKey}|${iterationKey(chain)}`;
    let group = this.groups.get(key);
    if (!group) {
      group = {
        key, levelKey, ancestors, chain, visits: [], latest: new Map(), firstInScope: new Map(), lastInScope: new Map(),
        transitions: new Map(), finished: new Set(),
      };
      this.owned.add(group);
      this.groups.set(key, group);
      let level = this.levels.get(levelKey);
      if (!level) {
        level = { ancestors, groups: [] };
        this.levels.set(levelKey, level);
      }
      level.groups.push(group);
    }
    group = this.own(group);
    this.groupOf[visit.seq] = group;
    group.visits.push(visit);
    group.latest.set(visit.path, visit);
    const scope = visit.scopeKey;
    if (!group.firstInScope.has(scope)) group.firstInScope.set(scope, visit);
    const before = group.lastInScope.get(scope);
    if (before) {
      // Entering a state closed the one before it in the scope: its status is final here.
      const caught = before.status === 'caught';
      const tkey = `${before.path}\u0000${visit.path}\u0000${caught}`;
      if (!group.transitions.has(tkey)) group.transitions.set(tkey, { from: before.path, to: visit.path, caught });
    }
    group.lastInScope.set(scope, visit);
    const parent = parentScope(visit.path);
    if (parent !== '') this.scopeSet.add(parent);
    if (visit.path.includes('/')) this.nested++;
  }

  /** The groups shown under the chosen (else latest active) iteration of every Map. */
  private shownGroups(iterations: Readonly<Record<string, number>>): Group[] {
    const out: Group[] = [];
    for (const [levelKey, level] of this.levels) {
      const chain = level.ancestors.map((map) => iterations[map]);
      if (chain.every((index) => index !== undefined)) {
        const group = this.groups.get(`${levelKey}|${iterationKey(chain as number[])}`);
        if (group) out.push(group);
        continue;
      }
      // A Map with no iteration to show yet: every iteration at that level passes.
      for (const group of level.groups) {
        if (level.ancestors.every((map, depth) => iterations[map] === undefined || group.chain[depth] === iterations[map])) out.push(group);
      }
    }
    return out;
  }

  private stateAt(path: string): State | undefined {
    if (!this.states.has(path)) this.states.set(path, getState(this.definition, decodeStatePath(path)));
    return this.states.get(path);
  }

  /**
   * The derived view at the position read so far, with the chosen Map iterations.
   * @param nodeIds every state of the definition (they default to `not-reached`)
   */
  derive(chosen: Readonly<Record<string, number>>, nodeIds: readonly string[]): LiveDerived {
    const cached = this.cache;
    if (cached && cached.version === this.version && cached.chosen === chosen && cached.nodeIds === nodeIds) return cached.value;
    const iterations: Record<string, number> = { ...this.latestIteration, ...chosen };
    const groups = this.shownGroups(iterations);
    const shown = groups.length === 1 ? groups[0]!.visits.slice() : groups.flatMap((g) => g.visits).sort((a, b) => a.seq - b.seq);

    const statuses: Record<string, RunNodeStatus> = Object.create(null) as Record<string, RunNodeStatus>; // ids may be `__proto__`
    for (const id of nodeIds) statuses[id] = 'not-reached';
    const latest = new Map<string, Visit>();
    for (const group of groups) {
      for (const [path, visit] of group.latest) {
        const other = latest.get(path);
        if (!other || other.seq < visit.seq) latest.set(path, visit);
      }
    }
    for (const [path, visit] of latest) statuses[path] = visit.status;
    const transitions: Transition[] = [];
    const seen = new Set<string>();
    for (const group of groups) {
      for (const [key, t] of group.transitions) {
        if (seen.has(key)) continue;
        seen.add(key);
        transitions.push(t);
      }
    }
    const view: RunSnapshotView = { statuses, transitions, iterations };
    const current = this.current();
    if (current !== undefined) view.current = current;
    const takenEdges = takenEdgeIdsFrom(this.definition, {
      firstInScope: groups.flatMap((g) => [...g.firstInScope.values()]),
      finishedPaths: new Set(groups.flatMap((g) => [...g.finished])),
      transitions,
      errorOf: (path) => latest.get(path)?.error,
      stateAt: (path) => this.stateAt(path),
    });
    const value: LiveDerived = {
      visits: this.builder.visits(), shown, view, takenEdges, summary: this.summaryFold.value(),
      maps: this.mapList(), scopes: [...this.scopeSet], nested: this.nested,
    };
    this.cache = { version: this.version, chosen, nodeIds, value };
    return value;
  }

  /** The node of the last event read, else the latest state entered. */
  private current(): string | undefined {
    const path = this.lastEvent?.studio?.path;
    if (path) return path;
    const list = this.builder.list;
    return list[list.length - 1]?.path;
  }

  private mapList(): MapIterations[] {
    const sort = (indexes: Iterable<number>) => [...indexes].sort((a, b) => a - b);
    return [...this.maps.entries()].map(([map, stats]) => {
      if (!stats.sorted) {
        stats.indexes.sort((a, b) => a - b);
        stats.sorted = true;
      }
      return { map, name: stats.name, indexes: stats.indexes.slice(), failed: sort(stats.failed.keys()), aborted: sort(stats.aborted.keys()) };
    });
  }
}
