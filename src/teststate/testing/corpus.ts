/**
 * Helpers of the TestState corpus suite (`fixtures/teststate`): run one recorded request through
 * `testState` and compare with AWS's response by the corpus README's rules (wildcard paths only
 * need to be present; members AWS did not return must not be returned either).
 */
import { deepEqual } from '../../asl/deepEqual';
import { testState } from '../testState';
import { TestStateError, type TestStateRequest } from '../types';

export interface TestStateCase {
  id: string;
  request: TestStateRequest & { roleArn?: string };
  expected: Record<string, unknown> & { exception?: { code: string; message: string } };
  wildcards?: string[];
  needsService?: string;
}

export interface TestStateReport {
  id: string;
  pass: boolean;
  /** For refused requests: whether AWS's message matched too (the softer check). */
  messageMatches?: boolean;
  reason?: string;
}

function unescape(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Replaces the value at each wildcard pointer of `actual` by the expected one, when present. */
function applyWildcards(actual: Record<string, unknown>, expected: Record<string, unknown>, wildcards: string[]): string | undefined {
  for (const pointer of wildcards) {
    const keys = pointer.split('/').slice(1).map(unescape);
    let a: unknown = actual;
    let e: unknown = expected;
    for (let i = 0; i < keys.length - 1; i++) {
      a = (a as Record<string, unknown> | undefined)?.[keys[i]!];
      e = (e as Record<string, unknown> | undefined)?.[keys[i]!];
    }
    const last = keys[keys.length - 1]!;
    if (typeof a !== 'object' || a === null || !(last in a)) return `missing ${pointer}`;
    (a as Record<string, unknown>)[last] = (e as Record<string, unknown>)[last];
  }
  return undefined;
}

/**
 * The service's result for a case AWS answered by calling the real service (`needsService`):
 * what the recorded response shows the service returned.
 */
function serviceAnswer(c: TestStateCase): unknown {
  const inspection = c.expected.inspectionData as { result?: unknown } | undefined;
  return inspection?.result ?? c.expected.output;
}

export async function runTestStateCase(c: TestStateCase): Promise<TestStateReport> {
  const options = c.needsService ? { taskHandlers: { [c.needsService]: () => structuredClone(serviceAnswer(c)) } } : {};
  let actual: Record<string, unknown>;
  try {
    actual = JSON.parse(JSON.stringify(await testState(c.request, options))) as Record<string, unknown>;
  } catch (e) {
    if (!(e instanceof TestStateError)) return { id: c.id, pass: false, reason: `threw ${String(e)}` };
    const expected = c.expected.exception;
    if (!expected) return { id: c.id, pass: false, reason: `refused: ${e.code}: ${e.message}` };
    const pass = expected.code === e.code;
    return { id: c.id, pass, messageMatches: expected.message === e.message, ...(pass ? {} : { reason: `code ${e.code} ≠ ${expected.code}` }) };
  }
  if (c.expected.exception) return { id: c.id, pass: false, reason: `expected ${c.expected.exception.code}: ${c.expected.exception.message}; got status ${String(actual.status)}` };
  const missing = applyWildcards(actual, c.expected, c.wildcards ?? []);
  if (missing) return { id: c.id, pass: false, reason: missing };
  const problems: string[] = [];
  for (const key of new Set([...Object.keys(c.expected), ...Object.keys(actual)])) {
    if (!deepEqual(actual[key], c.expected[key])) problems.push(`${key}: expected ${JSON.stringify(c.expected[key])}, got ${JSON.stringify(actual[key])}`);
  }
  return problems.length === 0 ? { id: c.id, pass: true } : { id: c.id, pass: false, reason: problems.join('; ') };
}
