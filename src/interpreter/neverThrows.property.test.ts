/**
 * Properties of the engine over generated definitions, inputs and mocks (issue #16):
 * `startExecution`, `validateDefinition`, `parseDefinition` and `testState` never throw, every
 * run settles on the simulated clock with a readable history, a definition the validator accepts
 * never ends in an internal error, and nothing pollutes Object.prototype — with `__proto__`,
 * `constructor` and `prototype` keys in definitions, inputs, Parameters, Assign, ResultPath and
 * mocks. Fixed seed; `ASL_PROPERTY_RUNS` sets the number of cases (the nightly run uses 50,000).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../asl/parse';
import { arbitraryDefinition } from '../asl/testing/arbitraries';
import { validateDefinition } from '../asl/validate';
import { testState } from '../teststate';
import { TestStateError } from '../teststate/types';
import { startExecution } from './execution';

const SEED = Number(process.env.FC_SEED ?? 16_2026);
/** Generated definition + input + mock cases per CI run. */
const RUNS = Number(process.env.ASL_PROPERTY_RUNS ?? 5000);

const POLLUTING = ['__proto__', 'constructor', 'prototype'];

/** JSON text with polluting keys, parsed as a file would be (own `__proto__` members). */
const jsonWithOddKeys: fc.Arbitrary<unknown> = fc
  .letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('null', 'true', '0', '-1.5', '1e300', '"x"', '"$.a"', '"{% $states.input %}"', '"States.Format(\'{}\', $.a)"'),
      fc.array(tie('value') as fc.Arbitrary<string>, { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
      fc
        .array(fc.tuple(fc.oneof(fc.constantFrom(...POLLUTING, 'a', 'x', 's', 'items', 'a.$'), fc.string({ maxLength: 4 })), tie('value') as fc.Arbitrary<string>), { maxLength: 3 })
        .map((members) => `{${members.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
    ),
  }))
  .value.map((text) => JSON.parse(text as string) as unknown);

/** Field values that reach the engine's corners: paths, intrinsics, JSONata, polluting keys. */
const nastyField: fc.Arbitrary<unknown> = fc.oneof(
  jsonWithOddKeys,
  fc.constantFrom(
    '$', '$.a', '$.__proto__', '$.constructor.prototype', '$$.Execution.Id', '$.items[0]', '$.nope.deeper', '$[', '',
    'States.StringToJson($.s)', 'States.ArrayRange(1, 3, 1)', 'States.Format(\'{}\', $.__proto__)',
    '{% $states.input %}', '{% $states.input.__proto__ %}', '{% $range(1, 3) %}', '{% $partition([1,2], 1) %}', '{% $error("x") %}', '{% $x.y %}',
  ),
  fc.constantFrom(
    { 'x.$': '$.__proto__' },
    { '__proto__.$': '$.a' },
    JSON.parse('{"__proto__": {"polluted": true}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
    { 'y.$': 'States.JsonMerge($.a, $.b, false)' },
    [{ ErrorEquals: ['States.ALL'], MaxAttempts: 2, IntervalSeconds: 1 }],
  ),
);

const MANGLED_FIELDS = [
  'Parameters', 'ResultPath', 'Assign', 'InputPath', 'OutputPath', 'ResultSelector', 'ItemsPath', 'Items', 'ItemSelector', 'Arguments',
  'Output', 'Seconds', 'SecondsPath', 'Retry', 'TimeoutSeconds', 'QueryLanguage', 'Result', 'Error', 'Cause', 'Choices', 'Default', 'MaxConcurrency',
];

/** A generated machine with up to two fields somewhere set to nasty values. */
const definition = fc
  .tuple(arbitraryDefinition(2), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...MANGLED_FIELDS), nastyField), { maxLength: 2 }), fc.nat(5))
  .map(([def, edits, language]) => {
    const targets: Record<string, unknown>[] = [];
    const walk = (v: unknown): void => {
      if (v && typeof v === 'object') {
        if (!Array.isArray(v) && 'Type' in v) targets.push(v as Record<string, unknown>);
        Object.values(v).forEach(walk);
      }
    };
    walk(def.States);
    // Keep most machines valid (the generator's extras are not ASL), so the runs go deep.
    delete def['x-extra'];
    for (const t of targets) if (t.Type === 'Wait') t.Seconds = 1 + ((t.Seconds as number) % 100);
    for (const [n, field, value] of edits) {
      const target = targets[n % targets.length];
      if (target) Object.defineProperty(target, field, { value, enumerable: true, writable: true, configurable: true });
    }
    if (language === 0) def.QueryLanguage = 'JSONata';
    return def;
  });

/** Mocks answering (or failing) any Task by name, with odd keys in their results. */
const mocks = fc.option(
  fc.array(fc.oneof(jsonWithOddKeys.map((Return) => ({ Return })), fc.constantFrom({ Throw: { Error: 'E', Cause: 'c' } }, { Throw: {} })), { minLength: 1, maxLength: 3 }),
);

function taskNames(def: unknown): string[] {
  const names: string[] = [];
  const walk = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    const states = (v as { States?: unknown }).States;
    if (states && typeof states === 'object') {
      for (const [name, state] of Object.entries(states)) if ((state as { Type?: unknown })?.Type === 'Task') names.push(name);
    }
    Object.values(v).forEach(walk);
  };
  walk(def);
  return names;
}

const prototypeSnapshot = (): string => JSON.stringify([Object.getOwnPropertyNames(Object.prototype).sort(), Object.getOwnPropertyNames(Array.prototype).length]);

function expectNoPollution(before: string): void {
  expect(prototypeSnapshot()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('engine properties over generated definitions, inputs and mocks', () => {
  it(`startExecution and validateDefinition never throw, always settle with a readable history, pollute nothing (${RUNS} cases)`, async () => {
    const before = prototypeSnapshot();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(definition, jsonWithOddKeys, mocks, fc.constantFrom('fail', 'input', 'empty'), async (def, input, answers, policy) => {
        const diagnostics = validateDefinition(def);
        const valid = diagnostics.every((d) => d.severity !== 'error');
        const shorthand = answers === null ? undefined : Object.fromEntries(taskNames(def).map((name) => [name, answers]));
        const execution = startExecution(def, input, {
          seed: 1,
          ...(shorthand ? { mocks: shorthand } : {}),
          defaultMockPolicy: policy as 'fail' | 'input' | 'empty',
          maxTransitions: 100,
          maxEvents: 1000,
          skipValidation: !valid && input !== null && typeof input === 'object',
        });
        const result = await execution.result;
        expect(['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED']).toContain(result.status);
        expect(() => JSON.stringify(result.events)).not.toThrow();
        for (const e of result.events) expect(Number.isFinite(Date.parse(e.timestamp as unknown as string))).toBe(true);
        if (valid) {
          accepted += 1;
          expect(result.cause ?? '').not.toMatch(/Internal error/);
        }
        expectNoPollution(before);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generator must keep producing runnable machines, or the property proves little.
    expect(accepted).toBeGreaterThan(RUNS / 5);
  }, 300_000);

  it('parseDefinition never throws on generated text, and what it accepts validates without a crash', () => {
    const before = prototypeSnapshot();
    const text = fc.oneof(
      definition.map((d) => JSON.stringify(d)),
      definition.map((d) => JSON.stringify(d).slice(0, -3)),
      fc.string({ maxLength: 60 }),
      fc.constantFrom('\uFEFF{"StartAt":"A"}', '{"__proto__":{"polluted":1},"StartAt":"A","States":{}}', '[[[[[[', '{"a":1,"a":2}', 'a: &x [1]\nb: *x\n', '--- !Ref x'),
    );
    fc.assert(
      fc.property(text, (t) => {
        const parsed = parseDefinition(t);
        expect(Array.isArray(parsed.diagnostics)).toBe(true);
        if (parsed.definition) expect(validateDefinition(parsed.definition).filter((d) => d.code === 'RULE_FAILED')).toEqual([]);
        expectNoPollution(before);
      }),
      { seed: SEED, numRuns: Math.ceil(RUNS / 5) },
    );
  });

  it('testState resolves or refuses with a TestStateError, never anything else', async () => {
    const before = prototypeSnapshot();
    await fc.assert(
      fc.asyncProperty(definition, jsonWithOddKeys, fc.option(jsonWithOddKeys), async (def, input, mockResult) => {
        const [name, state] = Object.entries(def.States)[0] ?? ['A', {}];
        const request = { definition: state, input, ...(mockResult === null ? {} : { mock: { result: JSON.stringify(mockResult), fieldValidationMode: 'NONE' as const } }) };
        try {
          const response = await testState(request, { seed: 1 });
          expect(typeof response.status).toBe('string');
        } catch (e) {
          expect(e, `${name}: ${String(e)}`).toBeInstanceOf(TestStateError);
        }
        expectNoPollution(before);
      }),
      { seed: SEED, numRuns: Math.ceil(RUNS / 5) },
    );
  }, 300_000);
});
