/**
 * Checking a run against a test case's expectations. Each unmet expectation is one mismatch
 * with what was expected, what happened and (for JSON values) a line diff.
 */
import { deepEqual } from '../asl/deepEqual';
import type { ExecutionResult } from '../interpreter/types';
import { buildVisits, type Visit } from '../run/visits';
import { jsonDiff } from './diff';
import type { Expectations, StateExpectation } from './format';

export interface Mismatch {
  /** What was checked: `status`, `output`, `states.Charge[2].retries`, … */
  what: string;
  expected: unknown;
  actual: unknown;
  message: string;
  /** Line diff (`- expected`, `+ actual`) for JSON values. */
  diff?: string[];
  /** Where the expectation sits in the case's `expect` (what `--update` rewrites). */
  at: (string | number)[];
  /** `--update`: set the expectation to the actual value, or remove it (a visit that did not happen, a name in a list). */
  fix?: { op: 'set'; value: unknown } | { op: 'remove' };
}

const set = (value: unknown) => ({ op: 'set' as const, value });
const REMOVE = { op: 'remove' as const };

/** True when `actual` has every member of `expected` with that value (objects recursively, arrays exactly). */
export function containsSubset(actual: unknown, expected: unknown): boolean {
  if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([k, v]) => k in actual && containsSubset((actual as Record<string, unknown>)[k], v));
  }
  return deepEqual(actual, expected);
}

/** Only the members of `actual` that `expected` names (for a focused diff of a subset check). */
function projected(actual: unknown, expected: unknown): unknown {
  if (!expected || typeof expected !== 'object' || Array.isArray(expected) || !actual || typeof actual !== 'object' || Array.isArray(actual)) return actual;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(expected)) if (k in actual) out[k] = projected((actual as Record<string, unknown>)[k], v);
  return out;
}

function valueMismatch(what: string, at: (string | number)[], expected: unknown, actual: unknown, subset: boolean): Mismatch | undefined {
  if (subset ? containsSubset(actual, expected) : deepEqual(actual, expected)) return undefined;
  const shown = subset ? projected(actual, expected) : actual;
  const message = subset ? `${what} does not contain the expected members` : `${what} differs`;
  return { what, at, expected, actual, message, diff: jsonDiff(expected, shown), fix: actual === undefined ? REMOVE : set(actual) };
}

function scalarMismatch(what: string, at: (string | number)[], expected: unknown, actual: unknown): Mismatch | undefined {
  if (deepEqual(actual, expected)) return undefined;
  const message = `${what}: expected ${JSON.stringify(expected)}, got ${actual === undefined ? '(none)' : JSON.stringify(actual)}`;
  return { what, at, expected, actual, message, fix: actual === undefined ? REMOVE : set(actual) };
}

/** The top-level states entered, in order (the main line of the run). */
export function topLevelPath(visits: readonly Visit[]): string[] {
  return visits.filter((v) => !v.path.includes('/')).map((v) => v.name);
}

function checkState(name: string, expectation: StateExpectation, at: (string | number)[], visits: readonly Visit[], out: Mismatch[]): void {
  const n = expectation.visit ?? 1;
  const mine = visits.filter((v) => v.name === name);
  const what = `states.${name}[visit ${n}]`;
  const visit = mine[n - 1];
  if (!visit) {
    out.push({ what, at, expected: `visit ${n}`, actual: `${mine.length} visit(s)`, message: `${name} was entered ${mine.length} time(s); visit ${n} was expected`, fix: REMOVE });
    return;
  }
  const push = (m: Mismatch | undefined) => m && out.push(m);
  if ('input' in expectation) push(valueMismatch(`${what}.input`, [...at, 'input'], expectation.input, visit.input, false));
  if ('inputContains' in expectation) push(valueMismatch(`${what}.input`, [...at, 'inputContains'], expectation.inputContains, visit.input, true));
  if ('output' in expectation) push(valueMismatch(`${what}.output`, [...at, 'output'], expectation.output, visit.output, false));
  if ('outputContains' in expectation) push(valueMismatch(`${what}.output`, [...at, 'outputContains'], expectation.outputContains, visit.output, true));
  if (expectation.retries !== undefined) push(scalarMismatch(`${what}.retries`, [...at, 'retries'], expectation.retries, visit.retries));
  if (expectation.caughtError !== undefined) push(scalarMismatch(`${what}.caughtError`, [...at, 'caughtError'], expectation.caughtError, visit.status === 'caught' ? visit.error : undefined));
}

/** Every unmet expectation of a run (empty when the run meets them all). */
export function checkExpectations(expect: Expectations | undefined, result: ExecutionResult, visits: readonly Visit[] = buildVisits(result.events)): Mismatch[] {
  const out: Mismatch[] = [];
  const push = (m: Mismatch | undefined) => m && out.push(m);
  const e = expect ?? {};
  push(scalarMismatch('status', ['status'], e.status ?? 'SUCCEEDED', result.status));
  if ('output' in e) push(valueMismatch('output', ['output'], e.output, result.output, false));
  if ('outputContains' in e) push(valueMismatch('output', ['outputContains'], e.outputContains, result.output, true));
  if (e.error !== undefined) push(scalarMismatch('error', ['error'], e.error, result.error));
  if (e.cause !== undefined) push(scalarMismatch('cause', ['cause'], e.cause, result.cause));
  if (e.path) {
    const path = topLevelPath(visits);
    if (!deepEqual(path, e.path)) {
      out.push({ what: 'path', at: ['path'], expected: e.path, actual: path, message: `path: expected ${e.path.join(' → ')}, got ${path.join(' → ')}`, diff: jsonDiff(e.path, path), fix: set(path) });
    }
  }
  const enteredNames = new Set(visits.map((v) => v.name));
  // Listed last to first so that removing them one by one (--update) keeps the earlier indexes right.
  const listed = (key: 'passesThrough' | 'neverEnters', bad: (name: string) => boolean, message: (name: string) => string) => {
    const names = e[key] ?? [];
    for (let i = names.length - 1; i >= 0; i--) {
      const name = names[i]!;
      if (bad(name)) out.push({ what: key, at: [key, i], expected: name, actual: undefined, message: message(name), fix: REMOVE });
    }
  };
  listed('passesThrough', (n) => !enteredNames.has(n), (n) => `${n} was never entered`);
  listed('neverEnters', (n) => enteredNames.has(n), (n) => `${n} was entered`);
  if (e.transitions !== undefined) push(scalarMismatch('transitions', ['transitions'], e.transitions, result.transitions));
  for (const [name, spec] of Object.entries(e.states ?? {})) {
    if (Array.isArray(spec)) spec.forEach((one, i) => checkState(name, one, ['states', name, i], visits, out));
    else checkState(name, spec, ['states', name], visits, out);
  }
  return out;
}
