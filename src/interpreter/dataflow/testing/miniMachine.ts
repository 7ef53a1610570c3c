/**
 * Test helper (not shipped): a tiny driver for JSONPath machines made of Pass, Choice, Succeed
 * and Fail states, built only from the data-flow and Choice toolkits. The conformance tests of
 * this toolkit use it to replay recorded AWS cases; the real interpreter lives elsewhere.
 */
import { readFileSync } from 'node:fs';
import { CONFORMANCE_CASES } from '../../../testing/fixturePaths';
import { StatesError, stateFailureCause } from '../../../asl/statesError';
import { evaluateChoiceRule } from '../../choice';
import { applyInputPath, applyOutputPath, applyResultPath, resolvePayloadTemplate } from '../index';

export interface ConformanceCase {
  id: string;
  category: string;
  definition: { StartAt: string; States: Record<string, Record<string, unknown>>; QueryLanguage?: string };
  input: unknown;
  expected: { status: string; output?: unknown; error?: string; cause?: string };
}

export type Outcome = { status: 'SUCCEEDED'; output: unknown } | { status: 'FAILED'; error?: string; cause?: string };

/** The corpus cases accepted by `filter` (a missing corpus throws: see src/testing/fixturePaths.ts). */
export function loadCases(filter: (c: ConformanceCase) => boolean): ConformanceCase[] {
  return readFileSync(CONFORMANCE_CASES, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ConformanceCase)
    .filter(filter);
}

const SUPPORTED = new Set(['Pass', 'Choice', 'Succeed', 'Fail']);

/** True when the mini driver can run the case: only JSONPath Pass/Choice/Succeed/Fail, no Assign. */
export function isMiniMachine(c: ConformanceCase): boolean {
  if (c.definition.QueryLanguage === 'JSONata') return false;
  return Object.values(c.definition.States).every((s) => SUPPORTED.has(String(s.Type)) && s.QueryLanguage !== 'JSONata' && !('Assign' in s));
}

const optPath = (value: unknown): string | null | undefined => (typeof value === 'string' || value === null ? value : undefined);

/** Runs the machine; state failures come back as AWS-shaped FAILED outcomes. */
export function runMiniMachine(c: ConformanceCase): Outcome {
  let name = c.definition.StartAt;
  let data = c.input;
  const variables = {};
  for (let enteredEventId = 2; ; enteredEventId += 2) {
    const state = c.definition.States[name];
    if (!state) throw new Error(`no state ${name}`);
    const io = { context: { Execution: { Input: c.input }, State: { Name: name } }, variables };
    try {
      if (state.Type === 'Fail') {
        const failed: Outcome = { status: 'FAILED' };
        if (typeof state.Error === 'string') failed.error = state.Error;
        if (typeof state.Cause === 'string') failed.cause = state.Cause;
        return failed;
      }
      const effective = applyInputPath(data, optPath(state.InputPath), io);
      if (state.Type === 'Choice') {
        const rules = Array.isArray(state.Choices) ? (state.Choices as Record<string, unknown>[]) : [];
        const next = rules.find((rule) => evaluateChoiceRule(rule, effective, io))?.Next ?? state.Default;
        if (typeof next !== 'string') {
          return { status: 'FAILED', error: 'States.NoChoiceMatched', cause: stateFailureCause(name, enteredEventId, 'No Choice Rule matched and no Default') };
        }
        data = applyOutputPath(effective, optPath(state.OutputPath), io);
        name = next;
        continue;
      }
      if (state.Type === 'Succeed') return { status: 'SUCCEEDED', output: applyOutputPath(effective, optPath(state.OutputPath), io) };
      const result = 'Parameters' in state ? resolvePayloadTemplate(state.Parameters, { input: effective, ...io }) : 'Result' in state ? state.Result : effective;
      data = applyOutputPath(applyResultPath(data, result, optPath(state.ResultPath)), optPath(state.OutputPath), io);
    } catch (error) {
      if (!(error instanceof StatesError)) throw error;
      return { status: 'FAILED', error: error.error, cause: stateFailureCause(name, enteredEventId, error.cause) };
    }
    if (state.End === true) return { status: 'SUCCEEDED', output: data };
    name = String(state.Next);
  }
}

/** The expected outcome in the same shape as {@link runMiniMachine}'s. */
export function expectedOutcome(c: ConformanceCase): Outcome {
  if (c.expected.status === 'SUCCEEDED') return { status: 'SUCCEEDED', output: c.expected.output };
  const failed: Outcome = { status: 'FAILED' };
  if (c.expected.error !== undefined) failed.error = c.expected.error;
  if (c.expected.cause !== undefined) failed.cause = c.expected.cause;
  return failed;
}
