/**
 * Where a change of a state's input comes from in a test case: the execution input or a mocked
 * Task answer. The state's input was built from them by the states before it, so each changed
 * field is looked for where the case holds the same value (the same field, or an object around
 * it); each way of placing the changes is a candidate case, and the runner decides which one
 * really brings the wanted input to the state. Pure.
 */
import { isObj } from '../asl/objects';
import { deepEqual } from '../asl/deepEqual';
import type { MockResponse } from '../interpreter/types';
import type { SfnTestCase } from './format';
import { changesBetween, getIn, pathText, removeIn, setIn, type Change, type Key } from './jsonKeys';

/** A place in a case: its input, or the `Return` of the n-th mocked answer of a state. */
type Source = { kind: 'input' } | { kind: 'mock'; state: string; index: number };

interface Location {
  source: Source;
  keys: Key[];
}

export interface Placement {
  testCase: SfnTestCase;
  /** "input $.amount = 150, and Get order returns $.status = "ok"" */
  description: string;
}

function valueOfSource(testCase: SfnTestCase, mocks: Record<string, MockResponse[]>, source: Source): unknown {
  if (source.kind === 'input') return testCase.input ?? {};
  const answer = mocks[source.state]?.[source.index];
  return answer && 'Return' in answer ? answer.Return : undefined;
}

/** Every key path in `value` whose value equals `wanted` (objects and arrays walked; at most `limit`). */
function find(value: unknown, wanted: unknown, keys: Key[] = [], out: Key[][] = [], limit = 6): Key[][] {
  if (out.length >= limit) return out;
  if (deepEqual(value, wanted)) out.push(keys);
  if (isObj(value)) for (const [k, v] of Object.entries(value)) find(v, wanted, [...keys, k], out, limit);
  else if (Array.isArray(value)) value.forEach((v, i) => find(v, wanted, [...keys, i], out, limit));
  return out;
}

/** Places a change could go: the same keys in the input first, then where the case holds the changed field's value or an object around it. */
function locationsOf(change: Change, stateInput: unknown, testCase: SfnTestCase, mocks: Record<string, MockResponse[]>): Location[] {
  const sources: Source[] = [{ kind: 'input' }];
  for (const [state, list] of Object.entries(mocks)) list.forEach((_, index) => sources.push({ kind: 'mock', state, index }));
  const out: Location[] = [{ source: { kind: 'input' }, keys: change.keys }];
  for (let depth = change.keys.length; depth >= 0; depth--) {
    const anchor = getIn(stateInput, change.keys.slice(0, depth));
    // A lone primitive (0, true, "") is found everywhere; only a changed field itself or an object anchors.
    if (!anchor.found || (depth < change.keys.length && typeof anchor.value !== 'object') || anchor.value === null) continue;
    for (const source of sources) {
      for (const keys of find(valueOfSource(testCase, mocks, source), anchor.value)) out.push({ source, keys: [...keys, ...change.keys.slice(depth)] });
    }
  }
  // A field the states before compute from a Task's answer (`$states.result.Payload.inStock`):
  // the same name in the mocked answers, at their top or one object down.
  const last = change.keys[change.keys.length - 1];
  if (typeof last === 'string') {
    for (const source of sources.filter((s) => s.kind === 'mock')) {
      const value = valueOfSource(testCase, mocks, source);
      if (!isObj(value)) continue;
      out.push({ source, keys: [last] });
      for (const [k, v] of Object.entries(value)) if (isObj(v)) out.push({ source, keys: [k, last] });
    }
  }
  const seen = new Set<string>();
  return out.filter((l) => {
    const key = JSON.stringify(l);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, 10);
}

function describe(location: Location, change: Change): string {
  const at = pathText(location.keys);
  const what = change.removed ? `without ${at}` : `${at} = ${JSON.stringify(change.value)}`;
  return location.source.kind === 'input' ? `input ${what}` : `${location.source.state} returning ${what}`;
}

/**
 * Candidate cases that change `testCase` so that the state's input becomes `wanted` instead of
 * `stateInput`: the i-th candidate puts every change at its i-th place (or its last).
 * @param mocks the case's mocks per state as lists (the file's and its own)
 */
export function placements(testCase: SfnTestCase, mocks: Record<string, MockResponse[]>, stateInput: unknown, wanted: unknown): Placement[] {
  const changes = changesBetween(stateInput, wanted);
  if (changes.length === 0) return [];
  const places = changes.map((c) => locationsOf(c, stateInput, testCase, mocks));
  const count = Math.max(...places.map((p) => p.length));
  const out: Placement[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    let input: unknown = testCase.input ?? {};
    const lists: Record<string, MockResponse[]> = {};
    const parts: string[] = [];
    changes.forEach((change, c) => {
      const location = places[c]![Math.min(i, places[c]!.length - 1)]!;
      const edit = (value: unknown) => (change.removed ? removeIn(value, location.keys) : setIn(value, location.keys, change.value));
      if (location.source.kind === 'input') input = edit(input);
      else {
        const { state, index } = location.source;
        const list = (lists[state] ??= (mocks[state] ?? []).map((m) => structuredClone(m)));
        const answer = list[index];
        if (answer && 'Return' in answer) list[index] = { Return: edit(answer.Return) };
      }
      parts.push(describe(location, change));
    });
    const candidate: SfnTestCase = { ...testCase, input, ...(Object.keys(lists).length > 0 ? { mocks: { ...(testCase.mocks ?? {}), ...lists } } : {}) };
    const key = JSON.stringify([candidate.input, candidate.mocks]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ testCase: candidate, description: parts.join(', ') });
  }
  return out;
}
