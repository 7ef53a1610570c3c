/**
 * Runs the `intrinsic_functions` cases of the shared conformance corpus (results recorded against
 * real AWS) through this toolkit directly, with a tiny Pass-state driver: InputPath → Parameters
 * (intrinsics) → ResultPath → OutputPath for JSONPath states, and `Output` for the JSONata ones,
 * whose Step Functions functions ($partition, $range, $parse) are bound to the same
 * implementations as the intrinsics. The real interpreter runs every case end to end elsewhere.
 */
import { readFileSync } from 'node:fs';
import jsonata from 'jsonata';
import { describe, expect, it } from 'vitest';
import { deepEqual } from '../deepEqual';
import { evaluatePath, PathNotFoundError, setAtReferencePath } from '../jsonpath';
import { StatesError, stateFailureCause } from '../statesError';
import { evaluateIntrinsic, INTRINSICS, isIntrinsic } from './index';
import { CONFORMANCE_CASES } from '../../testing/fixturePaths';


interface Case {
  id: string;
  category: string;
  definition: { StartAt: string; States: Record<string, Record<string, unknown>>; QueryLanguage?: string };
  input: unknown;
  expected: { status: string; output?: unknown; error?: string; cause?: string };
}
type Outcome = { status: 'SUCCEEDED'; output: unknown } | { status: 'FAILED'; error: string; cause: string };

interface Scope {
  input: unknown;
  context: unknown;
  variables: Record<string, unknown>;
}

function resolveTemplate(template: unknown, scope: Scope): unknown {
  if (Array.isArray(template)) return template.map((item) => resolveTemplate(item, scope));
  if (typeof template !== 'object' || template === null) return template;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(template)) {
    if (!key.endsWith('.$')) {
      out[key] = resolveTemplate(value, scope);
      continue;
    }
    const expr = String(value);
    try {
      out[key.slice(0, -2)] = isIntrinsic(expr) ? evaluateIntrinsic(expr, scope) : evaluatePath(scope.input, expr, scope);
    } catch (error) {
      if (!(error instanceof PathNotFoundError)) throw error;
      throw new StatesError('States.Runtime', `The JSONPath '${error.path}' specified for the field '${key}' could not be found in the input '${JSON.stringify(scope.input)}'`);
    }
  }
  return out;
}

const spec = (name: string) => {
  const found = INTRINSICS[name];
  if (!found) throw new Error(name);
  return found;
};

async function evaluateJsonata(value: unknown, input: unknown, field: string): Promise<unknown> {
  if (typeof value === 'string' && value.startsWith('{%') && value.endsWith('%}')) {
    const source = value.slice(2, -2).trim();
    const expression = jsonata(source);
    expression.registerFunction('partition', (a: unknown, n: unknown) => spec('States.ArrayPartition').impl([a, n], {}));
    expression.registerFunction('range', (a: unknown, b: unknown, s: unknown) => spec('States.ArrayRange').impl([a, b, s], {}));
    expression.registerFunction('parse', (s: unknown) => spec('States.StringToJson').impl([s], {}));
    try {
      return await expression.evaluate({}, { states: { input } });
    } catch (error) {
      const jsonataError = error as { code?: string; message?: string };
      throw new StatesError(
        'States.QueryEvaluationError',
        `The JSONata expression '${source}' specified for the field '${field}' threw an error during evaluation. ${jsonataError.code}: ${jsonataError.message}`,
      );
    }
  }
  if (Array.isArray(value)) return Promise.all(value.map((v, i) => evaluateJsonata(v, input, `${field}/${i}`)));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await evaluateJsonata(v, input, `${field}/${k}`);
    return out;
  }
  return value;
}

async function runPassMachine(c: Case): Promise<Outcome> {
  let name = c.definition.StartAt;
  let data = c.input;
  const context = { Execution: { Input: c.input, Name: 'conformance' }, StateMachine: { Name: 'conformance' } };
  for (let enteredEventId = 2; ; enteredEventId += 2) {
    const state = c.definition.States[name];
    if (!state || state.Type !== 'Pass') throw new Error(`driver only runs Pass states (${c.id})`);
    try {
      if ((state.QueryLanguage ?? c.definition.QueryLanguage) === 'JSONata') {
        data = 'Output' in state ? await evaluateJsonata(state.Output, data, 'Output') : data;
      } else {
        const scope = (input: unknown): Scope => ({ input, context: { ...context, State: { Name: name } }, variables: {} });
        const effective = typeof state.InputPath === 'string' ? evaluatePath(data, state.InputPath) : state.InputPath === null ? {} : data;
        const result = 'Parameters' in state ? resolveTemplate(state.Parameters, scope(effective)) : 'Result' in state ? state.Result : effective;
        const resultPath = state.ResultPath;
        const combined = resultPath === null ? data : typeof resultPath === 'string' ? setAtReferencePath(data, resultPath, result) : result;
        data = typeof state.OutputPath === 'string' ? evaluatePath(combined, state.OutputPath) : state.OutputPath === null ? {} : combined;
      }
    } catch (error) {
      if (!(error instanceof StatesError)) throw error;
      return { status: 'FAILED', error: error.error, cause: stateFailureCause(name, enteredEventId, error.cause) };
    }
    if (state.End === true) return { status: 'SUCCEEDED', output: data };
    name = String(state.Next);
  }
}

const cases: Case[] = readFileSync(CONFORMANCE_CASES, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Case)
  .filter((c) => c.category === 'intrinsic_functions');

describe('conformance: intrinsic_functions (fixtures/conformance/cases.jsonl)', () => {
  const outcomes: { id: string; ok: boolean; causeOk: boolean }[] = [];

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const actual = await runPassMachine(c);
    const ok =
      actual.status === c.expected.status &&
      (actual.status === 'SUCCEEDED' ? deepEqual(actual.output, c.expected.output) : actual.error === c.expected.error);
    const causeOk = actual.status !== 'FAILED' || c.expected.cause === undefined || actual.cause === c.expected.cause;
    outcomes.push({ id: c.id, ok, causeOk });
    if (actual.status === 'SUCCEEDED') expect({ status: actual.status, output: actual.output }).toEqual({ status: c.expected.status, output: c.expected.output });
    else expect({ status: actual.status, error: actual.error, cause: actual.cause }).toEqual({ status: c.expected.status, error: c.expected.error, cause: c.expected.cause });
  });

  it('reports the pass rate', () => {
    const passed = outcomes.filter((o) => o.ok).length;
    const causes = outcomes.filter((o) => o.causeOk).length;
    console.log(`intrinsic_functions conformance: ${passed}/${cases.length} passed, causes ${causes}/${cases.length}`);
    expect(cases.length).toBe(113);
  });
});
