/**
 * The compiled Choice rules the engine uses must behave exactly like `evaluateChoiceRule`:
 * same result, or the same error, for every rule and input (corpus rules, hand-made edge cases
 * and generated rules).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCases } from '../dataflow/testing/miniMachine';
import { compileChoiceRule } from './compile';
import { evaluateChoiceRule, type ChoiceContext } from './evaluate';

type Result = { value: boolean } | { error: string; cause: string };

function outcome(run: () => boolean): Result {
  try {
    return { value: run() };
  } catch (e) {
    const err = e as { error?: string; cause?: string; message?: string };
    return { error: String(err.error ?? err.message), cause: String(err.cause ?? '') };
  }
}

function expectSame(rule: unknown, input: unknown, ctx?: ChoiceContext): void {
  const compiled = compileChoiceRule(rule);
  expect(outcome(() => compiled(input, ctx))).toEqual(outcome(() => evaluateChoiceRule(rule, input, ctx)));
}

const ctx: ChoiceContext = { context: { Execution: { Name: 'run-1' } }, variables: { limit: 3, name: 'x' } };

describe('compiled Choice rules', () => {
  it('agree with the interpreter on hand-made rules, including every error path', () => {
    const inputs = [{ a: 1, b: 'text', c: true, d: null, t: '2024-01-01T00:00:00Z', list: [1, 2] }, {}, 5, null];
    const rules: unknown[] = [
      { Variable: '$.a', NumericLessThan: 2 },
      { Variable: '$.a', NumericEqualsPath: '$.missing' },
      { Variable: '$.a', NumericLessThanPath: '$limit' },
      { Variable: '$.b', StringMatches: 't*t' },
      { Variable: '$.b', StringEqualsPath: '$$.Execution.Name' },
      { Variable: '$.c', BooleanEquals: true },
      { Variable: '$.d', IsNull: true },
      { Variable: '$.nope', IsPresent: false },
      { Variable: '$.nope', IsString: true },
      { Variable: '$.t', TimestampGreaterThan: '2023-01-01T00:00:00Z' },
      { Variable: '$.list[5]', IsPresent: true },
      { Variable: '$.list[*]', IsPresent: true },
      { Variable: '$..a', IsPresent: true },
      { Variable: '$[', IsPresent: true },
      { Variable: 7, NumericEquals: 7 },
      { Variable: '$.a' },
      { And: [{ Variable: '$.a', NumericEquals: 1 }, { Not: { Variable: '$.b', StringEquals: 'no' } }] },
      { Or: [{ Variable: '$.zzz', NumericEquals: 1 }, { Variable: '$.a', NumericEquals: 1 }] },
      { Or: [{ Variable: '$.a', NumericEquals: 1 }, 'not a rule'] },
      { And: [{ Variable: '$.a', NumericEquals: 2 }, null] },
      { Not: null },
      null,
      'rule',
      { Variable: '$notAVariable', IsPresent: true },
    ];
    for (const rule of rules) for (const input of inputs) expectSame(rule, input, ctx);
  });

  it('agree with the interpreter on every Choice rule of the corpus', () => {
    const cases = loadCases((c) => Object.values(c.definition.States).some((s) => s.Type === 'Choice'));
    let compared = 0;
    for (const c of cases) {
      for (const state of Object.values(c.definition.States)) {
        if (state.Type !== 'Choice' || !Array.isArray(state.Choices)) continue;
        for (const rule of state.Choices as unknown[]) {
          expectSame(rule, c.input, { context: { Execution: { Input: c.input } }, variables: {} });
          compared += 1;
        }
      }
    }
    if (cases.length > 0) expect(compared).toBeGreaterThan(200);
  });

  it('agree with the interpreter on generated rules and inputs', () => {
    const path = fc.constantFrom('$.a', '$.b', '$.c', '$.missing', '$.a.deeper', '$.list[0]', '$.list[9]');
    const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('a', 'b', 'x*'), fc.boolean(), fc.constant(null));
    const operator = fc.constantFrom('NumericEquals', 'NumericLessThan', 'StringEquals', 'StringMatches', 'BooleanEquals', 'IsNull', 'IsNumeric', 'IsPresent', 'NumericGreaterThanPath', 'StringEqualsPath');
    const leaf = fc.tuple(path, operator, value, path).map(([variable, op, v, other]) =>
      op.endsWith('Path') ? { Variable: variable, [op]: other } : op.startsWith('Is') ? { Variable: variable, [op]: typeof v === 'boolean' ? v : true } : { Variable: variable, [op]: v },
    );
    const rule = fc.letrec<{ rule: unknown }>((tie) => ({
      rule: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.record({ Not: tie('rule') }), fc.record({ And: fc.array(tie('rule'), { maxLength: 3 }) }), fc.record({ Or: fc.array(tie('rule'), { maxLength: 3 }) })),
    })).rule;
    const input = fc.record({ a: value, b: value, c: value, list: fc.array(value, { maxLength: 2 }) }, { requiredKeys: [] });
    fc.assert(
      fc.property(rule, input, (r, i) => {
        expectSame(r, i, ctx);
      }),
      { seed: 42, numRuns: 400 },
    );
  });
});
