/**
 * Suggested test cases for what no test covers: a Catch no test reaches, a Retry no test
 * exercised. Each suggestion says why in a sentence and carries the case that covers it — the
 * input and mocks of an existing case, with the Task's mock answering with the error (as many
 * times as its matching retrier retries, then once more so the Catch takes it). Pure.
 */
import { decodeStatePath, getState } from '../asl/paths';
import type { Catcher, Retrier, StateMachine, TaskState } from '../asl/types';
import { errorMatches } from '../interpreter/retry';
import type { CoverageItem } from '../run/coverage';
import type { MockResponse } from '../interpreter/types';
import type { SfnTestCase, SfnTestFile } from './format';

export interface CaseSuggestion {
  /** The coverage item it covers. */
  itemId: string;
  /** What to add, in a sentence ("No test reaches … : add a case where … throws …"). */
  text: string;
  testCase: SfnTestCase;
}

const CAUSE = 'added by ASL Studio to cover an error path';

/** Retries after the first attempt (ASL spec: MaxAttempts defaults to 3). */
function retriesOf(retrier: Retrier | undefined): number {
  return retrier === undefined ? 0 : Math.max(0, retrier.MaxAttempts ?? 3);
}

/** The first error of `errorEquals` (else States.TaskFailed) that none of `earlier` matches; undefined when each is taken earlier. */
function errorFor(errorEquals: readonly string[] | undefined, earlier: readonly { ErrorEquals?: string[] }[]): string | undefined {
  const named = (errorEquals ?? []).filter((e) => e !== 'States.ALL');
  const candidates = [...named, ...((errorEquals ?? []).includes('States.ALL') || named.length === 0 ? ['States.TaskFailed'] : [])];
  return candidates.find((e) => errorMatches(errorEquals, e) && !earlier.some((x) => errorMatches(x.ErrorEquals, e)));
}

function asList(mock: MockResponse | MockResponse[] | undefined): MockResponse[] {
  return mock === undefined ? [] : Array.isArray(mock) ? mock : [mock];
}

/** The case whose input and mocks the suggestion starts from: one that names the state, else the first without a MockConfigFile case. */
function baseCase(suite: SfnTestFile | undefined, stateName: string): SfnTestCase | undefined {
  const usable = (suite?.tests ?? []).filter((t) => t.mockTestCase === undefined);
  const reaches = (t: SfnTestCase) => t.mocks?.[stateName] !== undefined || t.expect?.path?.includes(stateName) || t.expect?.passesThrough?.includes(stateName);
  return usable.find(reaches) ?? usable[0];
}

function uniqueName(taken: Set<string>, base: string): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base} (${n})`;
  taken.add(name);
  return name;
}

/** Suggestions for the uncovered Catch and Retry items of Task states (other items get none). */
export function suggestCases(definition: StateMachine, suite: SfnTestFile | undefined, missing: readonly CoverageItem[]): CaseSuggestion[] {
  const taken = new Set((suite?.tests ?? []).map((t) => t.name));
  const out: CaseSuggestion[] = [];
  for (const item of missing) {
    if (item.covered || item.state === undefined || (item.kind !== 'catch' && item.kind !== 'retry')) continue;
    const path = decodeStatePath(item.state);
    const stateName = String(path[path.length - 1]);
    const state = getState(definition, path);
    if (state?.Type !== 'Task') continue;
    const task = state as TaskState;
    const base = baseCase(suite, stateName);
    const mocks: Record<string, MockResponse | MockResponse[]> = { ...(base?.mocks ?? {}) };
    const ok = asList(base?.mocks?.[stateName]);
    const testCase: SfnTestCase = { name: '', ...(base?.input !== undefined ? { input: structuredClone(base.input) } : {}), mocks };
    if (item.kind === 'catch') {
      const index = Number(/Catch #(\d+)/.exec(item.label)?.[1] ?? 0) - 1;
      const catcher: Catcher | undefined = task.Catch?.[index];
      if (!catcher) continue;
      const error = errorFor(catcher.ErrorEquals, task.Catch!.slice(0, index));
      if (!error) continue;
      const retries = retriesOf((task.Retry ?? []).find((r) => errorMatches(r.ErrorEquals, error)));
      mocks[stateName] = Array.from({ length: retries + 1 }, () => ({ Throw: { Error: error, Cause: CAUSE } }));
      testCase.name = uniqueName(taken, `${stateName} throws ${error}`);
      testCase.expect = { passesThrough: [catcher.Next] };
      const times = retries > 0 ? ` ${retries + 1} times (its Retry tries again ${retries} time${retries === 1 ? '' : 's'})` : '';
      out.push({ itemId: item.id, text: `No test reaches ${item.label}: add a case where ${stateName} throws ${error}${times}.`, testCase });
    } else {
      const index = Number(/#retry:(\d+)$/.exec(item.id)?.[1] ?? -1);
      const retrier = task.Retry?.[index];
      if (!retrier) continue;
      const error = errorFor(retrier.ErrorEquals, task.Retry!.slice(0, index));
      if (!error) continue;
      // One failure, then the answer the base case gives (or an empty result): the retry succeeds.
      mocks[stateName] = [{ Throw: { Error: error, Cause: CAUSE } }, ...(ok.length > 0 ? ok : [{ Return: {} }])];
      testCase.name = uniqueName(taken, `${stateName} retries ${error}`);
      testCase.expect = { states: { [stateName]: { retries: 1 } } };
      out.push({ itemId: item.id, text: `No test exercises ${item.label}: add a case where ${stateName} throws ${error} once, then answers.`, testCase });
    }
  }
  return out;
}

/**
 * The suggested case as it is added: run once, its observed status becomes its expected status
 * (the path expectation stays what the suggestion is about: a case that misses it fails, visibly).
 */
export async function withObservedStatus(definition: StateMachine, suite: SfnTestFile | undefined, suggestion: CaseSuggestion): Promise<SfnTestCase> {
  const testCase = suggestion.testCase;
  // Loaded here: the studio lists suggestions without loading the engine.
  const { runTestCase } = await import('./case');
  const { result } = await runTestCase(definition, suite ?? { workflow: '', tests: [] }, { ...testCase, expect: {} });
  return { ...testCase, expect: { status: result.status, ...testCase.expect } };
}
