/**
 * Test coverage of a workflow: what a set of run histories exercised — states entered,
 * transitions taken (the graph's edges: start, Next, each Choice rule and Default, each Catch,
 * End), each Retry of each state, and each Parallel branch / Map body. A pure derivation from
 * the histories (the same visits and edges the run views show), so the CLI and the canvas
 * overlay count the same things.
 */
import { decodeStatePath, encodeStatePath, forEachState } from '../asl/paths';
import type { State, StateMachine } from '../asl/types';
import { aslToGraph } from '../graph/aslToGraph';
import { errorMatches } from '../interpreter/retry';
import type { HistoryEvent } from '../interpreter/types';
import { takenEdgeIds } from './edges';
import { transitionsOf } from './runView';
import { buildVisits, type Visit } from './visits';

export type CoverageKind = 'state' | 'transition' | 'choice' | 'default' | 'catch' | 'retry' | 'body';

export interface CoverageItem {
  /** Node id (states, bodies), edge id (transitions, rules, catchers) or `<state>#retry:<i>`. */
  id: string;
  kind: CoverageKind;
  /** The state the item belongs to (encoded path), for transitions their source. */
  state?: string;
  label: string;
  covered: boolean;
}

export interface CoverageGroup {
  total: number;
  covered: number;
  items: CoverageItem[];
}

export interface Coverage {
  states: CoverageGroup;
  /** Every edge, Choice rules and catchers included. */
  transitions: CoverageGroup;
  /** Choice rules and Defaults (also counted in transitions). */
  choiceRules: CoverageGroup;
  /** Catchers (also counted in transitions). */
  catchers: CoverageGroup;
  retriers: CoverageGroup;
  /** Parallel branches and Map bodies. */
  bodies: CoverageGroup;
  /** Covered share of states, transitions, retriers and bodies together, 0–100. */
  percent: number;
}

function group(items: CoverageItem[]): CoverageGroup {
  return { total: items.length, covered: items.filter((i) => i.covered).length, items };
}

function nameOf(id: string): string {
  if (id.endsWith('#start')) return 'Start';
  if (id.endsWith('#end')) return 'End';
  const segments = decodeStatePath(id);
  return String(segments[segments.length - 1] ?? id);
}

/**
 * The errors a retried Map or Parallel failed with: AWS records no …StateFailed between its
 * attempts (the next …StateStarted follows), so each is the last failure inside it before a restart.
 */
function containerRetryErrors(visit: Visit, visits: readonly Visit[], events: readonly HistoryEvent[]): string[] {
  const startType = visit.type === 'Map' ? 'MapStateStarted' : 'ParallelStateStarted';
  const starts = visit.eventIndexes.filter((j) => events[j]?.type === startType);
  const inside = visits.filter((v) => v.path.startsWith(`${visit.path}/`));
  const failures = [
    ...inside.flatMap((v) => v.attempts),
    ...inside.filter((v) => v.status === 'failed' && v.error !== undefined && v.endIndex !== undefined).map((v) => ({ error: v.error, eventIndex: v.endIndex! })),
  ].sort((a, b) => a.eventIndex - b.eventIndex);
  return starts.slice(1).map((restart, k) => failures.filter((f) => f.eventIndex > starts[k]! && f.eventIndex < restart).at(-1)?.error ?? '');
}

/** Retrier indexes a visit used: each retried attempt's error picks the first matching retrier. */
function retriersUsed(state: State, visit: Visit, visits: readonly Visit[], events: readonly HistoryEvent[]): number[] {
  const retriers = 'Retry' in state && Array.isArray(state.Retry) ? state.Retry : [];
  const used: number[] = [];
  const errors = visit.attempts.length >= visit.retries || (state.Type !== 'Map' && state.Type !== 'Parallel')
    ? visit.attempts.slice(0, visit.retries).map((a) => a.error ?? '')
    : containerRetryErrors(visit, visits, events);
  for (const error of errors) {
    const index = retriers.findIndex((r) => errorMatches(r.ErrorEquals, error));
    if (index >= 0) used.push(index);
  }
  return used;
}

/** Coverage of `definition` by the runs whose histories are given. */
export function coverageOf(definition: StateMachine, histories: readonly (readonly HistoryEvent[])[]): Coverage {
  const entered = new Set<string>();
  const edges = new Set<string>();
  const retried = new Set<string>();
  const states = new Map<string, State>();
  forEachState(definition, ({ path, state }) => states.set(encodeStatePath(path), state));
  for (const events of histories) {
    const visits = buildVisits(events);
    for (const visit of visits) {
      entered.add(visit.path);
      const state = states.get(visit.path);
      if (state && visit.retries > 0) for (const i of retriersUsed(state, visit, visits, events)) retried.add(`${visit.path}#retry:${i}`);
    }
    for (const id of takenEdgeIds(definition, visits, transitionsOf(visits))) edges.add(id);
  }

  const stateItems: CoverageItem[] = [];
  const retryItems: CoverageItem[] = [];
  const bodyItems: CoverageItem[] = [];
  const enteredPrefixes = [...entered];
  for (const [path, state] of states) {
    const name = nameOf(path);
    stateItems.push({ id: path, kind: 'state', state: path, label: name, covered: entered.has(path) });
    if ('Retry' in state && Array.isArray(state.Retry)) {
      state.Retry.forEach((r, i) => {
        const id = `${path}#retry:${i}`;
        retryItems.push({ id, kind: 'retry', state: path, label: `${name}: Retry #${i + 1} [${(r.ErrorEquals ?? []).join(', ')}]`, covered: retried.has(id) });
      });
    }
    const bodies = state.Type === 'Parallel' ? (state.Branches ?? []).length : state.Type === 'Map' ? 1 : 0;
    for (let i = 0; i < bodies; i++) {
      const id = `${path}/${i}`;
      const label = state.Type === 'Map' ? `${name}: item processor` : `${name}: branch ${i + 1}`;
      bodyItems.push({ id, kind: 'body', state: path, label, covered: enteredPrefixes.some((p) => p.startsWith(`${id}/`)) });
    }
  }

  const edgeItems: CoverageItem[] = aslToGraph(definition).edges.map((e) => {
    const kind: CoverageKind = e.kind === 'choice' || e.kind === 'default' || e.kind === 'catch' ? e.kind : 'transition';
    const from = nameOf(e.source);
    const to = nameOf(e.target);
    const label =
      e.kind === 'choice' ? `${from}: rule #${e.index + 1} → ${to}` : e.kind === 'default' ? `${from}: Default → ${to}` : e.kind === 'catch' ? `${from}: Catch #${e.index + 1} [${e.title ?? e.label ?? ''}] → ${to}` : `${from} → ${to}`;
    const item: CoverageItem = { id: e.id, kind, label, covered: edges.has(e.id) };
    if (!e.source.includes('#')) item.state = e.source;
    return item;
  });

  // A distributed Map runs its items as child executions, which are not in the parent's history:
  // what happens inside is not observable here, so it is left out of the counts.
  const distributed = [...states].filter(([, st]) => st.Type === 'Map' && st.ItemProcessor?.ProcessorConfig?.Mode === 'DISTRIBUTED').map(([p]) => `${p}/`);
  const observable = (item: CoverageItem) => !distributed.some((prefix) => item.id.startsWith(prefix) || (item.kind !== 'state' && item.kind !== 'retry' && item.id.includes(`>${prefix}`)));
  const keep = (items: CoverageItem[]) => (distributed.length === 0 ? items : items.filter(observable));
  stateItems.splice(0, stateItems.length, ...keep(stateItems));
  retryItems.splice(0, retryItems.length, ...keep(retryItems));
  bodyItems.splice(0, bodyItems.length, ...keep(bodyItems));
  edgeItems.splice(0, edgeItems.length, ...keep(edgeItems));
  const all = [...stateItems, ...edgeItems, ...retryItems, ...bodyItems];
  const covered = all.filter((i) => i.covered).length;
  return {
    states: group(stateItems),
    transitions: group(edgeItems),
    choiceRules: group(edgeItems.filter((i) => i.kind === 'choice' || i.kind === 'default')),
    catchers: group(edgeItems.filter((i) => i.kind === 'catch')),
    retriers: group(retryItems),
    bodies: group(bodyItems),
    percent: all.length === 0 ? 100 : Math.floor((1000 * covered) / all.length) / 10,
  };
}
