/**
 * Step Functions Local `MockConfigFile` import and export. The studio edits mocks per state as
 * lists (the n-th entry answers the n-th invocation); a file holds several test cases, each
 * mapping Task state names to named responses keyed by invocation numbers or ranges (`"1-2"`).
 */
import type { MockConfigFile, MockResponse } from '../interpreter/types';
import { isObj } from '../asl/objects';

export type StateMocks = Record<string, MockResponse[]>;

export interface ImportedMockConfig {
  file?: MockConfigFile;
  /** Test case names per state machine name. */
  testCases: Record<string, string[]>;
  errors: string[];
}

function responseError(value: unknown): string | undefined {
  if (!isObj(value)) return 'is not an object';
  const hasReturn = 'Return' in value;
  const hasThrow = 'Throw' in value;
  if (hasReturn === hasThrow) return 'must have exactly one of Return or Throw';
  if (hasThrow) {
    const t = value['Throw'];
    if (!isObj(t)) return 'Throw must be an object with Error and Cause';
    if (t['Error'] !== undefined && typeof t['Error'] !== 'string') return 'Throw.Error must be a string';
    if (t['Cause'] !== undefined && typeof t['Cause'] !== 'string') return 'Throw.Cause must be a string';
  }
  return undefined;
}

const INVOCATION_KEY = /^(\d+)(?:-(\d+))?$/;

/** Parses and checks a MockConfigFile text; errors name the offending entry. */
export function importMockConfig(text: string): ImportedMockConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { testCases: {}, errors: [`Not JSON: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const errors: string[] = [];
  if (!isObj(value)) return { testCases: {}, errors: ['A MockConfigFile is a JSON object.'] };
  const machines = value['StateMachines'];
  const responses = value['MockedResponses'];
  if (!isObj(machines)) errors.push('"StateMachines" must be an object of state machines.');
  if (!isObj(responses)) errors.push('"MockedResponses" must be an object of named responses.');
  if (!isObj(machines) || !isObj(responses)) return { testCases: {}, errors };
  const testCases: Record<string, string[]> = {};
  for (const [machine, body] of Object.entries(machines)) {
    const cases = isObj(body) ? body['TestCases'] : undefined;
    if (!isObj(cases)) {
      errors.push(`StateMachines.${machine}.TestCases must be an object.`);
      continue;
    }
    testCases[machine] = Object.keys(cases);
    for (const [name, mapping] of Object.entries(cases)) {
      if (!isObj(mapping)) {
        errors.push(`Test case ${name} must map state names to response names.`);
        continue;
      }
      for (const [state, response] of Object.entries(mapping)) {
        if (typeof response !== 'string' || !(response in responses)) {
          errors.push(`Test case ${name}: state "${state}" names the unknown response ${JSON.stringify(response)}.`);
        }
      }
    }
  }
  for (const [name, entries] of Object.entries(responses)) {
    if (!isObj(entries)) {
      errors.push(`MockedResponses.${name} must be an object keyed by invocation number.`);
      continue;
    }
    for (const [key, entry] of Object.entries(entries)) {
      if (!INVOCATION_KEY.test(key)) errors.push(`MockedResponses.${name}: "${key}" is not an invocation number or range like "1-2".`);
      const problem = responseError(entry);
      if (problem) errors.push(`MockedResponses.${name}["${key}"] ${problem}.`);
    }
  }
  return { file: value as unknown as MockConfigFile, testCases, errors };
}

/** The per-state lists of a test case (ranges expanded; gaps are left as the previous entry). */
export function testCaseMocks(file: MockConfigFile, machine: string, testCase: string): StateMocks {
  const mapping = file.StateMachines[machine]?.TestCases[testCase] ?? {};
  const out: StateMocks = {};
  for (const [state, responseName] of Object.entries(mapping)) {
    const entries = file.MockedResponses[responseName] ?? {};
    const list: MockResponse[] = [];
    for (const [key, response] of Object.entries(entries)) {
      const m = INVOCATION_KEY.exec(key);
      if (!m) continue;
      const from = Number(m[1]);
      const to = m[2] === undefined ? from : Number(m[2]);
      for (let i = from; i <= to && i < from + 1000; i++) list[i] = response;
    }
    for (let i = 0; i < list.length; i++) list[i] ??= list[i - 1] ?? list.find((r) => r !== undefined)!;
    if (list.length > 0) out[state] = list;
  }
  return out;
}

function sameResponse(a: MockResponse, b: MockResponse): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `[r, r, s]` → `{"0-1": r, "2": s}`. */
export function compressResponses(list: readonly MockResponse[]): Record<string, MockResponse> {
  const out: Record<string, MockResponse> = {};
  let start = 0;
  for (let i = 1; i <= list.length; i++) {
    const first = list[start];
    if (first === undefined) break;
    if (i < list.length && sameResponse(list[i]!, first)) continue;
    out[start === i - 1 ? String(start) : `${start}-${i - 1}`] = first;
    start = i;
  }
  return out;
}

/** A response name unique within the file, readable (`ChargeCard_AllGood`). */
function responseName(state: string, testCase: string, taken: Set<string>): string {
  const base = `${state}_${testCase}`.replace(/[^\w.-]+/g, '_');
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

/**
 * Writes the per-state mocks as test case `testCase` of `machine`, into a copy of `base` (other
 * test cases and responses are kept; a previous version of the same test case is replaced).
 */
export function exportMockConfig(machine: string, testCase: string, mocks: StateMocks, base?: MockConfigFile): MockConfigFile {
  const file: MockConfigFile = {
    StateMachines: structuredClone(base?.StateMachines ?? {}),
    MockedResponses: structuredClone(base?.MockedResponses ?? {}),
  };
  const machineEntry = (file.StateMachines[machine] ??= { TestCases: {} });
  const previous = machineEntry.TestCases[testCase] ?? {};
  const stillUsed = new Set(Object.values(file.StateMachines).flatMap((m) =>
    Object.entries(m.TestCases).filter(([name]) => m !== machineEntry || name !== testCase).flatMap(([, c]) => Object.values(c))));
  for (const name of Object.values(previous)) if (!stillUsed.has(name)) delete file.MockedResponses[name];
  const taken = new Set(Object.keys(file.MockedResponses));
  const mapping: Record<string, string> = {};
  for (const [state, list] of Object.entries(mocks)) {
    if (list.length === 0) continue;
    const name = responseName(state, testCase, taken);
    file.MockedResponses[name] = compressResponses(list);
    mapping[state] = name;
  }
  machineEntry.TestCases[testCase] = mapping;
  return file;
}
