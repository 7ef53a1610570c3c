/**
 * Mocked Task answers. Accepts the Step Functions Local `MockConfigFile` (invocation numbers
 * `"0"`, ranges `"1-2"`, selected by test case) and the per-state shorthand
 * `{ "State": [ {Return} | {Throw} ] }`. The n-th entry answers the n-th invocation of that state
 * (retries count); the last entry repeats.
 */
import { getOwn } from '../asl/objects';
import type { MockConfigFile, MockResponse, MockShorthand } from './types';

export interface MockTable {
  /** True when the table has any entry for the state. */
  has(stateName: string): boolean;
  /** The answer for the 0-based `invocation` of `stateName`, or undefined. */
  answer(stateName: string, invocation: number): MockResponse | undefined;
}

export function isMockConfigFile(value: unknown): value is MockConfigFile {
  return (
    typeof value === 'object' &&
    value !== null &&
    'MockedResponses' in value &&
    typeof (value as { MockedResponses: unknown }).MockedResponses === 'object'
  );
}

function isResponse(value: unknown): value is MockResponse {
  return typeof value === 'object' && value !== null && ('Return' in value || 'Throw' in value);
}

function fromShorthand(mocks: MockShorthand): MockTable {
  const table = new Map<string, MockResponse[]>();
  for (const [name, entries] of Object.entries(mocks)) {
    const list = Array.isArray(entries) ? entries.filter(isResponse) : isResponse(entries) ? [entries] : [];
    if (list.length > 0) table.set(name, list);
  }
  return {
    has: (name) => table.has(name),
    answer(name, invocation) {
      const list = table.get(name);
      if (!list) return undefined;
      return list[Math.min(invocation, list.length - 1)];
    },
  };
}

/** Expands `{"0": r, "1-2": r2}` into an array indexed by invocation. */
function expandResponses(entries: Record<string, MockResponse>): (MockResponse | undefined)[] {
  const out: (MockResponse | undefined)[] = [];
  for (const [key, response] of Object.entries(entries)) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(key);
    if (!m || !isResponse(response)) continue;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    for (let i = from; i <= to && i < from + 100_000; i++) out[i] = response;
  }
  return out;
}

function fromConfigFile(file: MockConfigFile, testCase: string | undefined, stateMachineName: string | undefined): MockTable {
  // Names come from the file and the user: only own properties count (a test case may be
  // called `constructor`).
  const machines = Object.entries(file.StateMachines ?? {});
  const machine =
    (stateMachineName ? getOwn<(typeof machines)[number][1]>(file.StateMachines, stateMachineName) : undefined) ??
    machines.find(([, m]) => testCase !== undefined && getOwn(m.TestCases, testCase))?.[1] ??
    machines[0]?.[1];
  const cases = machine?.TestCases ?? {};
  const chosen = (testCase !== undefined ? getOwn<Record<string, string>>(cases, testCase) : Object.values(cases)[0]) ?? {};
  const table = new Map<string, (MockResponse | undefined)[]>();
  for (const [stateName, responseName] of Object.entries(chosen)) {
    const entries = typeof responseName === 'string' ? getOwn<Record<string, MockResponse>>(file.MockedResponses, responseName) : undefined;
    if (entries) table.set(stateName, expandResponses(entries));
  }
  return {
    has: (name) => table.has(name),
    // Step Functions Local fails when an invocation number is missing; we repeat the last one
    // only when the file defines no later invocation either (same as the shorthand).
    answer(name, invocation) {
      const list = table.get(name);
      if (!list) return undefined;
      if (invocation < list.length) return list[invocation];
      return list[list.length - 1];
    },
  };
}

/**
 * Builds the lookup table for a run.
 * @throws Error when a test case is named but does not exist in the MockConfigFile
 */
export function createMockTable(mocks: MockShorthand | MockConfigFile | undefined, testCase?: string, stateMachineName?: string): MockTable {
  if (!mocks) return { has: () => false, answer: () => undefined };
  if (isMockConfigFile(mocks)) {
    if (testCase !== undefined) {
      const found = Object.values(mocks.StateMachines ?? {}).some((m) => getOwn(m.TestCases, testCase) !== undefined);
      if (!found) throw new Error(`Test case '${testCase}' is not defined in the mock config file.`);
    }
    return fromConfigFile(mocks, testCase, stateMachineName);
  }
  return fromShorthand(mocks);
}
