import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import type { CoverageItem } from '../run/coverage';
import type { SfnTestFile } from './format';
import { runTestSuite, type SuiteResult } from './suite';
import { suggestCases, withObservedStatus, type CaseSuggestion } from './suggest';

function missingOf(result: SuiteResult): CoverageItem[] {
  const c = result.coverage;
  return [...c.states.items, ...c.transitions.items, ...c.retriers.items, ...c.bodies.items].filter((i) => !i.covered);
}

async function suggest(definition: StateMachine, suite: SfnTestFile): Promise<{ before: SuiteResult; suggestions: CaseSuggestion[] }> {
  const before = await runTestSuite(definition, suite);
  const suggestions = await suggestCases(definition, suite, missingOf(before), before.cases.map((c) => ({ name: c.name, events: c.result.events })));
  return { before, suggestions };
}

/** Adds the cases of the suggestions (as the studio's "Add this case" does) and runs the suite again. */
async function addAll(definition: StateMachine, suite: SfnTestFile, suggestions: readonly CaseSuggestion[]): Promise<SuiteResult> {
  const seen = new Set<string>();
  const tests = [...suite.tests];
  for (const s of suggestions) {
    if (!s.testCase || seen.has(s.testCase.name)) continue;
    seen.add(s.testCase.name);
    tests.push((await withObservedStatus(definition, suite, s))!);
  }
  return runTestSuite(definition, { ...suite, tests });
}

const bySuffix = (list: CaseSuggestion[], label: string) => list.find((s) => s.text.startsWith(`No test takes ${label}`));

/** JSONPath rules of every kind; the one case goes to the Default. */
const ROUTE: StateMachine = {
  StartAt: 'Route',
  States: {
    Route: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.amount', NumericGreaterThan: 1000, Next: 'Big' },
        { And: [{ Variable: '$.country', StringEquals: 'DE' }, { Not: { Variable: '$.express', IsPresent: true } }], Next: 'Domestic' },
        { Or: [{ Variable: '$.code', StringMatches: 'VIP-*' }, { Variable: '$.tags', IsNull: true }], Next: 'Vip' },
        { Variable: '$.due', TimestampLessThanEqualsPath: '$.now', Next: 'Late' },
      ],
      Default: 'Normal',
    },
    Big: { Type: 'Succeed' },
    Domestic: { Type: 'Succeed' },
    Vip: { Type: 'Succeed' },
    Late: { Type: 'Succeed' },
    Normal: { Type: 'Succeed' },
  },
};
const ROUTE_SUITE: SfnTestFile = {
  workflow: 'route.asl.json',
  tests: [{ name: 'normal', input: { amount: 5, country: 'US', express: true, code: 'A-1', tags: [], due: '2025-03-01T00:00:00Z', now: '2025-02-01T00:00:00Z' }, expect: { status: 'SUCCEEDED' } }],
};

describe('suggested cases for Choice rules, Defaults, Map/Parallel catchers and states', () => {
  it('derives an input for every JSONPath rule no test takes, from the input the case brings to the Choice; each added case takes its rule', async () => {
    const { suggestions } = await suggest(ROUTE, ROUTE_SUITE);
    expect(bySuffix(suggestions, 'Route: rule #1 → Big')?.text).toBe('No test takes Route: rule #1 → Big: add a case with input $.amount = 1001 (from “normal”).');
    // Rule #2 must match while rule #1 does not: amount stays 5; country set, express removed.
    expect(bySuffix(suggestions, 'Route: rule #2 → Domestic')?.text).toBe('No test takes Route: rule #2 → Domestic: add a case with input $.country = "DE", input without $.express (from “normal”).');
    expect(bySuffix(suggestions, 'Route: rule #3 → Vip')?.testCase?.input).toMatchObject({ amount: 5, country: 'US', code: 'VIP-' });
    expect(bySuffix(suggestions, 'Route: rule #4 → Late')?.testCase?.input).toMatchObject({ due: '2025-02-01T00:00:00Z' });
    expect(suggestions.filter((s) => s.text.startsWith('No test takes Route')).every((s) => s.verified)).toBe(true);
    const after = await addAll(ROUTE, ROUTE_SUITE, suggestions);
    expect(after.cases.every((c) => c.passed)).toBe(true);
    expect(after.coverage.choiceRules).toMatchObject({ covered: 5, total: 5 });
    expect(after.coverage.states).toMatchObject({ covered: 6, total: 6 });
    // The states behind the rules: the rule's case gets there.
    const big = suggestions.find((s) => s.itemId === 'Big');
    expect(big?.text).toBe('No test enters Big: the case suggested for Route: rule #1 → Big gets there too.');
    expect(big?.via).toBe('Route->choice:0->Big');
    expect(big?.testCase).toBe(bySuffix(suggestions, 'Route: rule #1 → Big')?.testCase);
  });

  it('stops after a budget of engine runs: the items left keep their labels, nothing untried is claimed', async () => {
    const before = await runTestSuite(ROUTE, ROUTE_SUITE);
    const runs = before.cases.map((c) => ({ name: c.name, events: c.result.events }));
    const limited = await suggestCases(ROUTE, ROUTE_SUITE, missingOf(before), runs, 2);
    expect(limited.filter((s) => s.text.startsWith('No test takes Route')).map((s) => [s.text.slice(0, 40), s.verified])).toEqual([
      ['No test takes Route: rule #1 → Big: add ', true],
      ['No test takes Route: rule #2 → Domestic:', true],
    ]);
    expect(limited.every((s) => s.verified || s.testCase === undefined)).toBe(true);
  });

  it('finds the Default (no rule matches) and carries a change into the mocked answer the Choice input came from', async () => {
    const def: StateMachine = {
      StartAt: 'Get order',
      States: {
        'Get order': { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', ResultSelector: { 'order.$': '$.Payload' }, ResultPath: '$.fetched', Next: 'Kind' },
        Kind: { Type: 'Choice', Choices: [{ Variable: '$.fetched.order.kind', StringEquals: 'gift', Next: 'Wrap' }], Default: 'Ship' },
        Wrap: { Type: 'Succeed' },
        Ship: { Type: 'Succeed' },
      },
    };
    // lambda:invoke: the mocked Return is the function's Payload.
    const suite: SfnTestFile = { workflow: 'w', tests: [{ name: 'gift', input: { id: 1 }, mocks: { 'Get order': { Return: { kind: 'gift', total: 3 } } }, expect: { status: 'SUCCEEDED', path: ['Get order', 'Kind', 'Wrap'] } }] };
    const { suggestions } = await suggest(def, suite);
    const dflt = bySuffix(suggestions, 'Kind: Default → Ship')!;
    expect(dflt.text).toBe('No test takes Kind: Default → Ship: add a case with Get order returning $.kind = "gift-other" (from “gift”).');
    expect(dflt.testCase!.mocks).toEqual({ 'Get order': [{ Return: { kind: 'gift-other', total: 3 } }] });
    expect(dflt.testCase!.input).toEqual({ id: 1 });
    const after = await addAll(def, suite, suggestions);
    expect(after.coverage.choiceRules).toMatchObject({ covered: 2, total: 2 });
    expect(after.cases.every((c) => c.passed)).toBe(true);
  });

  it('JSONata Conditions: candidate values of the fields they read, checked with the JSONata evaluator', async () => {
    const def: StateMachine = {
      QueryLanguage: 'JSONata',
      StartAt: 'Tier',
      States: {
        Tier: {
          Type: 'Choice',
          Choices: [
            { Condition: '{% $states.input.total > 100 and $states.input.customer.type = "b2b" %}', Next: 'Invoice' },
            { Condition: '{% $count($states.input.items) = 0 %}', Next: 'Empty' },
          ],
          Default: 'Card',
        },
        Invoice: { Type: 'Succeed' },
        Empty: { Type: 'Succeed' },
        Card: { Type: 'Succeed' },
      },
    };
    const suite: SfnTestFile = { workflow: 'w', tests: [{ name: 'card', input: { total: 20, customer: { type: 'b2c' }, items: [1] } }] };
    const { suggestions } = await suggest(def, suite);
    expect(bySuffix(suggestions, 'Tier: rule #1 → Invoice')?.testCase?.input).toEqual({ total: 101, customer: { type: 'b2b' }, items: [1] });
    expect(bySuffix(suggestions, 'Tier: rule #2 → Empty')?.testCase?.input).toMatchObject({ items: [] });
    const after = await addAll(def, suite, suggestions);
    expect(after.coverage.choiceRules).toMatchObject({ covered: 3, total: 3 });
    expect(after.cases.every((c) => c.passed)).toBe(true);
  });

  it('says so when no input takes a rule (a rule reading a variable), and the case it adds carries a note and fails visibly', async () => {
    const def: StateMachine = {
      StartAt: 'Set',
      States: {
        Set: { Type: 'Pass', Assign: { mode: 'live' }, Next: 'Mode' },
        Mode: { Type: 'Choice', Choices: [{ Variable: '$mode', StringEquals: 'test', Next: 'Test run' }], Default: 'Live run' },
        'Test run': { Type: 'Succeed' },
        'Live run': { Type: 'Succeed' },
      },
    };
    const suite: SfnTestFile = { workflow: 'w', tests: [{ name: 'live', input: {} }] };
    const { suggestions } = await suggest(def, suite);
    const rule = bySuffix(suggestions, 'Mode: rule #1 → Test run')!;
    expect(rule.verified).toBe(false);
    expect(rule.text).toBe('No test takes Mode: rule #1 → Test run: no input was found that takes it (a rule reads the context object or a variable, which a test input cannot set); the case added starts from “live” for you to edit.');
    expect(rule.testCase?.note).toMatch(/could not make this case cover it/);
    // The state behind it: the way in is named, nothing is claimed.
    expect(suggestions.find((s) => s.itemId === 'Test run')?.text).toBe('No test enters Test run: it is entered through Mode: rule #1 → Test run, which no test takes either.');
    expect(suggestions.find((s) => s.itemId === 'Test run')?.testCase).toBeUndefined();
    const after = await addAll(def, suite, [rule]);
    expect(after.cases.map((c) => c.passed)).toEqual([true, false]);
    expect(after.coverage.choiceRules.covered).toBe(1);
  });

  it('Catch and Retry of a Parallel and a Map: a Task inside throws; past the Map tolerance', async () => {
    const task = (next?: string) => ({ Type: 'Task' as const, Resource: 'arn:aws:states:::lambda:invoke', ...(next ? { Next: next } : { End: true }) });
    const def: StateMachine = {
      StartAt: 'Both',
      States: {
        Both: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'Price', States: { Price: task() } }, { StartAt: 'Stock', States: { Stock: task() } }],
          Retry: [{ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 1 }],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Parallel failed' }],
          ResultPath: '$.both',
          Next: 'Each',
        },
        Each: {
          Type: 'Map',
          ItemsPath: '$.items',
          ToleratedFailurePercentage: 50,
          ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'Pack', States: { Pack: task() } },
          Catch: [{ ErrorEquals: ['States.ExceedToleratedFailureThreshold'], Next: 'Too many failed' }],
          End: true,
        },
        'Parallel failed': { Type: 'Fail', Error: 'P' },
        'Too many failed': { Type: 'Fail', Error: 'M' },
      },
    };
    const ok = { Return: { ok: true } };
    const suite: SfnTestFile = { workflow: 'w', tests: [{ name: 'ok', input: { items: [1, 2, 3] }, mocks: { Price: ok, Stock: ok, Pack: ok } }] };
    const { suggestions } = await suggest(def, suite);
    expect(suggestions.find((s) => s.text.startsWith('No test reaches Both: Catch'))?.text).toBe(
      'No test reaches Both: Catch #1 [Catch States.ALL] → Parallel failed: add a case where Price (in a branch of Both) throws States.TaskFailed.',
    );
    expect(suggestions.find((s) => s.text.startsWith('No test exercises Both: Retry'))?.text).toBe('No test exercises Both: Retry #1 [States.TaskFailed]: add a case where Price (in a branch of Both) throws States.TaskFailed once, then answers.');
    expect(suggestions.find((s) => s.text.startsWith('No test reaches Each: Catch'))?.text).toBe(
      'No test reaches Each: Catch #1 [Catch States.ExceedToleratedFailureThreshold] → Too many failed: add a case where Pack (inside Each) throws States.TaskFailed in every iteration (more failures than the Map tolerates).',
    );
    expect(suggestions.filter((s) => s.testCase).every((s) => s.verified)).toBe(true);
    const after = await addAll(def, suite, suggestions);
    expect(after.cases.every((c) => c.passed)).toBe(true);
    expect(after.coverage.catchers).toMatchObject({ covered: 2, total: 2 });
    expect(after.coverage.retriers).toMatchObject({ covered: 1, total: 1 });
    expect(after.coverage.states.covered).toBe(after.coverage.states.total);
  });
});
