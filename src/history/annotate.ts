/**
 * Places AWS history events on a definition. AWS events name their state but carry no path and
 * no Map iteration, which the studio's views key on (`studio.path`, `studio.iteration`). Each
 * event is placed from the event it follows (`previousEventId`): a `…StateEntered` name is
 * looked up in the scope the previous event leaves off in (inside a Map iteration after
 * `MapIterationStarted`, in the branches after `ParallelStateStarted`, else the previous state's
 * scope and outwards); container events go to the nearest Map/Parallel around; Task events stay
 * with their state.
 */
import type { StateMachine } from '../asl/types';
import type { HistoryEvent } from '../interpreter/types';
import { branchScope, StateIndex, type IndexedState } from './stateIndex';
import type { FitProblem } from './types';
import { iterationIndexOf, stateNameOf } from '../interpreter/eventDetails';

interface Place {
  /** Encoded path of the state ('' at the execution level). */
  path: string;
  /** Map iteration chain of that state (for an iteration context, including the index). */
  chain: number[];
  /** The next events start inside the state: a Map iteration or the Parallel branches. */
  into?: 'iteration' | 'branches';
}

const ROOT: Place = { path: '', chain: [] };

const PARALLEL_EVENT = /^ParallelState(Started|Succeeded|Failed|Aborted)$/;
const MAP_EVENT = /^(MapState(Started|Succeeded|Failed|Aborted)|MapRun\w+)$/;
const ENTERED_EXITED = /^(\w+)State(Entered|Exited)$/;

/** Looks a state name up from a place: the scope it opens, then its scope and outwards. */
function resolve(index: StateIndex, name: string, from: Place): IndexedState | undefined {
  const self = index.byPath.get(from.path);
  if (from.into === 'iteration' && self) {
    const hit = index.inScope(branchScope(self.path, 0), name);
    if (hit) return hit;
  } else if (from.into === 'branches' && self) {
    for (let b = 0; b < self.branches; b++) {
      const hit = index.inScope(branchScope(self.path, b), name);
      if (hit) return hit;
    }
  }
  for (const state of index.selfAndContainers(from.path)) {
    if (state.name === name) return state;
    const hit = index.inScope(state.scope, name);
    if (hit) return hit;
  }
  return index.inScope('', name);
}

function nearest(index: StateIndex, from: Place, type: string): IndexedState | undefined {
  for (const state of index.selfAndContainers(from.path)) if (state.type === type) return state;
  return undefined;
}

/** The iteration chain of `state` seen from `from` (shared with `from` when it is the same). */
const chainFor = (state: IndexedState, from: Place) => (from.chain.length === state.mapDepth ? from.chain : from.chain.slice(0, state.mapDepth));

/** Events placed between two `onPlaced` calls. */
const PLACED_BLOCK = 2500;

/**
 * Sets `studio.path` / `studio.iteration` on every event (in place) and reports what does not fit.
 * @param events sorted by id, with `studio.time` set
 * @param onPlaced told every few thousand events (and at the end) how many are placed for good
 */
export function annotateEvents(events: HistoryEvent[], definition: StateMachine, onPlaced?: (placed: number) => void): FitProblem[] {
  const index = new StateIndex(definition);
  // Event ids are 1..n: an array indexed by id (a Map costs more for 25,000 events).
  const places: Place[] = [];
  const fit: FitProblem[] = [];
  const missing = new Set<string>();

  const place = (event: HistoryEvent, state: IndexedState | undefined, chain: number[], next: Place) => {
    if (state) {
      event.studio.path = state.path;
      if (chain.length > 0) event.studio.iteration = chain;
    }
    places[event.id] = next;
  };

  let count = 0;
  for (const event of events) {
    if (onPlaced && count > 0 && count % PLACED_BLOCK === 0) onPlaced(count);
    count++;
    const from = places[event.previousEventId] ?? ROOT;
    const type = event.type;
    const named = stateNameOf(event);
    if (type.startsWith('Execution')) {
      places[event.id] = ROOT;
      continue;
    }
    const m = ENTERED_EXITED.exec(type);
    if (m && named !== undefined) {
      const state = resolve(index, named, from);
      if (!state) {
        if (!missing.has(named)) fit.push({ eventId: event.id, message: `The history has a state '${named}' (event ${event.id}), which is not in this workflow.` });
        missing.add(named);
        event.studio.path = named;
        places[event.id] = from;
        continue;
      }
      if (state.type !== m[1]) {
        fit.push({ eventId: event.id, message: `Event ${event.id} (${type}) has '${named}' as a ${m[1]} state; in this workflow it is a ${state.type} state.` });
      }
      const chain = chainFor(state, from);
      place(event, state, chain, !from.into && from.path === state.path && from.chain === chain ? from : { path: state.path, chain });
      continue;
    }
    if (type.startsWith('MapIteration') && named !== undefined) {
      const map = [...index.selfAndContainers(from.path)].find((s) => s.name === named && s.type === 'Map') ?? resolve(index, named, from);
      const position = iterationIndexOf(event) ?? 0;
      if (!map) {
        places[event.id] = from;
        continue;
      }
      const chain = [...chainFor(map, from), position];
      event.studio.path = map.path;
      event.studio.iteration = chain;
      places[event.id] = type === 'MapIterationStarted' ? { path: map.path, chain, into: 'iteration' } : { path: map.path, chain: chain.slice(0, -1) };
      continue;
    }
    if (PARALLEL_EVENT.test(type) || MAP_EVENT.test(type)) {
      const state = nearest(index, from, PARALLEL_EVENT.test(type) ? 'Parallel' : 'Map');
      if (!state) {
        places[event.id] = from;
        continue;
      }
      const chain = chainFor(state, from);
      place(event, state, chain, type === 'ParallelStateStarted' ? { path: state.path, chain, into: 'branches' } : { path: state.path, chain });
      continue;
    }
    const failedIn = event.type === 'EvaluationFailed' ? event.evaluationFailedEventDetails?.state : undefined;
    if (typeof failedIn === 'string') {
      const state = resolve(index, failedIn, from);
      if (state) {
        const chain = chainFor(state, from);
        place(event, state, chain, { path: state.path, chain });
        continue;
      }
    }
    // Task, Lambda, activity and other state events stay with the state before them.
    const state = index.byPath.get(from.path);
    const chain = from.chain.length === (state?.mapDepth ?? 0) ? from.chain : from.chain.slice(0, state?.mapDepth ?? 0);
    place(event, state, chain, !from.into && chain === from.chain ? from : { path: from.path, chain });
  }
  onPlaced?.(events.length);
  return fit;
}
