/**
 * Draft cases for an error path no test exercised: a Catch or Retry of a Task (its mock throws
 * the error), of a Parallel (a Task in a branch throws it and nothing inside catches it) or of a
 * Map (a Task of the item processor throws it; with a tolerated-failure threshold it throws in
 * every iteration, so the Map fails with States.ExceedToleratedFailureThreshold). Pure.
 */
import { decodeStatePath, encodeStatePath, forEachState, getState } from '../asl/paths';
import type { Catcher, MapState, Retrier, State, StateMachine } from '../asl/types';
import { errorMatches } from '../interpreter/retry';
import type { MockResponse } from '../interpreter/types';
import type { CoverageItem } from '../run/coverage';
import type { Visit } from '../run/visits';
import type { SfnTestCase } from './format';

/** One way of covering an item: the case and the sentence that says what it does. */
export interface Draft {
  testCase: SfnTestCase;
  /** "…: add a case where …" */
  text: string;
}

export interface Base {
  testCase: SfnTestCase | undefined;
  /** Its mocks per state (the file's and the case's), as lists. */
  mocks: Record<string, MockResponse[]>;
  /** Its visits, when it ran. */
  visits: readonly Visit[];
}

export const CAUSE = 'added by ASL Studio to cover an error path';
const EXCEEDED = 'States.ExceedToleratedFailureThreshold';

/** Retries after the first attempt (ASL spec: MaxAttempts defaults to 3). */
function retriesOf(retrier: Retrier | undefined): number {
  return retrier === undefined ? 0 : Math.max(0, retrier.MaxAttempts ?? 3);
}

/** The first error of `errorEquals` (else States.TaskFailed) that none of `earlier` matches; undefined when each is taken earlier. */
export function errorFor(errorEquals: readonly string[] | undefined, earlier: readonly { ErrorEquals?: string[] }[]): string | undefined {
  const named = (errorEquals ?? []).filter((e) => e !== 'States.ALL');
  const candidates = [...named, ...((errorEquals ?? []).includes('States.ALL') || named.length === 0 ? ['States.TaskFailed'] : [])];
  return candidates.find((e) => errorMatches(errorEquals, e) && !earlier.some((x) => errorMatches(x.ErrorEquals, e)));
}

const throwing = (error: string): MockResponse => ({ Throw: { Error: error, Cause: CAUSE } });

function startCase(base: Base, mocks: Record<string, MockResponse[]>): SfnTestCase {
  const from = base.testCase;
  return {
    name: '',
    ...(from?.input !== undefined ? { input: structuredClone(from.input) } : {}),
    ...(from?.mockTestCase !== undefined ? { mockTestCase: from.mockTestCase } : {}),
    ...(from?.context !== undefined ? { context: structuredClone(from.context) } : {}),
    mocks: { ...(from?.mocks ?? {}), ...mocks },
  };
}

function okAnswers(base: Base, stateName: string): MockResponse[] {
  const ok = (base.mocks[stateName] ?? []).filter((m) => 'Return' in m);
  return ok.length > 0 ? ok : [{ Return: {} }];
}

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/** Drafts for a Task's uncovered Catch or Retry (one each). */
function taskDrafts(item: CoverageItem, task: State & { Catch?: Catcher[]; Retry?: Retrier[] }, stateName: string, base: Base): Draft[] {
  if (item.kind === 'catch') {
    const index = catchIndex(item);
    const catcher = task.Catch?.[index];
    const error = catcher && errorFor(catcher.ErrorEquals, task.Catch!.slice(0, index));
    if (!catcher || !error) return [];
    const retries = retriesOf((task.Retry ?? []).find((r) => errorMatches(r.ErrorEquals, error)));
    const testCase = startCase(base, { [stateName]: Array.from({ length: retries + 1 }, () => throwing(error)) });
    testCase.expect = { passesThrough: [catcher.Next] };
    const again = retries > 0 ? ` ${retries + 1} times (its Retry tries again ${retries} time${retries === 1 ? '' : 's'})` : '';
    return [{ testCase: { ...testCase, name: `${stateName} throws ${error}` }, text: `add a case where ${stateName} throws ${error}${again}` }];
  }
  const index = retryIndex(item);
  const retrier = task.Retry?.[index];
  const error = retrier && errorFor(retrier.ErrorEquals, task.Retry!.slice(0, index));
  if (!retrier || !error) return [];
  // One failure, then the answer the base case gives (or an empty result): the retry succeeds.
  const testCase = startCase(base, { [stateName]: [throwing(error), ...okAnswers(base, stateName)] });
  testCase.expect = { states: { [stateName]: { retries: 1 } } };
  return [{ testCase: { ...testCase, name: `${stateName} retries ${error}` }, text: `add a case where ${stateName} throws ${error} once, then answers` }];
}

function catchIndex(item: CoverageItem): number {
  return Number(/Catch #(\d+)/.exec(item.label)?.[1] ?? 0) - 1;
}

function retryIndex(item: CoverageItem): number {
  return Number(/#retry:(\d+)$/.exec(item.id)?.[1] ?? -1);
}

/** A Map that tolerates failed iterations fails only past the threshold, with States.ExceedToleratedFailureThreshold. */
function tolerates(map: MapState): boolean {
  const positive = (v: unknown) => typeof v !== 'number' || v > 0;
  return (map.ToleratedFailureCount !== undefined && positive(map.ToleratedFailureCount)) || (map.ToleratedFailurePercentage !== undefined && positive(map.ToleratedFailurePercentage))
    || map.ToleratedFailureCountPath !== undefined || map.ToleratedFailurePercentagePath !== undefined;
}

function handlersOf(state: State, field: 'Catch' | 'Retry'): unknown[] {
  const list = (state as { Catch?: unknown; Retry?: unknown })[field];
  return Array.isArray(list) ? list : [];
}

/** Tasks inside a Map or Parallel (any depth), those the base run entered first, that do not catch `error` themselves. */
function innerTasks(definition: StateMachine, containerPath: string, error: string, base: Base): { name: string; retries: number; calls: number }[] {
  const inside: { path: string; name: string; state: State }[] = [];
  forEachState(definition, ({ path, state }) => {
    const id = encodeStatePath(path);
    if (id.startsWith(`${containerPath}/`) && state.Type === 'Task') inside.push({ path: id, name: String(path[path.length - 1]), state });
  });
  const firstSeen = (path: string) => {
    const visit = base.visits.find((v) => v.path === path);
    return visit ? visit.seq : Number.MAX_SAFE_INTEGER;
  };
  const calls = (path: string) => base.visits.filter((v) => v.path === path).length;
  return inside
    .filter(({ state }) => !(handlersOf(state, 'Catch') as Catcher[]).some((c) => errorMatches(c.ErrorEquals, error)))
    .sort((a, b) => firstSeen(a.path) - firstSeen(b.path))
    .slice(0, 3)
    .map(({ path, name, state }) => ({ name, calls: calls(path), retries: retriesOf((handlersOf(state, 'Retry') as Retrier[]).find((r) => errorMatches(r.ErrorEquals, error))) }));
}

/** Drafts for a Map's or Parallel's uncovered Catch or Retry: a Task inside throws (several Tasks and counts, the runner picks). */
function containerDrafts(definition: StateMachine, item: CoverageItem, state: State & { Catch?: Catcher[]; Retry?: Retrier[] }, stateName: string, base: Base): Draft[] {
  const isMap = state.Type === 'Map';
  const tolerant = isMap && tolerates(state as MapState);
  const handlers: { ErrorEquals?: string[] }[] = item.kind === 'catch' ? state.Catch ?? [] : state.Retry ?? [];
  const index = item.kind === 'catch' ? catchIndex(item) : retryIndex(item);
  const handler = handlers[index];
  if (!handler) return [];
  const earlier = handlers.slice(0, index);
  // What the container fails with, and what the Task inside throws for it.
  const outer = tolerant ? (errorMatches(handler.ErrorEquals, EXCEEDED) && !earlier.some((h) => errorMatches(h.ErrorEquals, EXCEEDED)) ? EXCEEDED : undefined) : errorFor(handler.ErrorEquals, earlier);
  if (!outer) return [];
  const inner = tolerant ? 'States.TaskFailed' : outer;
  const where = isMap ? `inside ${stateName}` : `in a branch of ${stateName}`;
  const drafts: Draft[] = [];
  for (const task of innerTasks(definition, item.state!, inner, base)) {
    if (item.kind === 'catch') {
      // The last mocked answer repeats: the Task fails on every call (every retry, every iteration).
      const testCase = startCase(base, { [task.name]: [throwing(inner)] });
      testCase.expect = { passesThrough: [(handler as Catcher).Next] };
      const every = tolerant ? ' in every iteration (more failures than the Map tolerates)' : isMap ? ' in every iteration' : '';
      drafts.push({ testCase: { ...testCase, name: `${task.name} throws ${inner} (${stateName} catches)` }, text: `add a case where ${task.name} (${where}) throws ${inner}${every}` });
    } else {
      const counts = [...new Set([task.retries + 1, (task.retries + 1) * Math.max(1, task.calls)])];
      for (const n of counts) {
        const testCase = startCase(base, { [task.name]: [...Array.from({ length: n }, () => throwing(inner)), ...okAnswers(base, task.name)] });
        testCase.expect = { states: { [stateName]: { retries: 1 } } };
        drafts.push({ testCase: { ...testCase, name: `${task.name} throws ${inner} (${stateName} retries)` }, text: `add a case where ${task.name} (${where}) throws ${inner} ${times(n)}, then answers` });
      }
    }
  }
  return drafts;
}

/** Drafts (in the order to try) for an uncovered Catch or Retry of a Task, Map or Parallel. */
export function errorDrafts(definition: StateMachine, item: CoverageItem, base: Base): Draft[] {
  if (item.state === undefined || (item.kind !== 'catch' && item.kind !== 'retry')) return [];
  const path = decodeStatePath(item.state);
  const stateName = String(path[path.length - 1]);
  const state = getState(definition, path);
  if (state?.Type === 'Task') return taskDrafts(item, state, stateName, base);
  if (state?.Type === 'Map' || state?.Type === 'Parallel') return containerDrafts(definition, item, state, stateName, base);
  return [];
}
