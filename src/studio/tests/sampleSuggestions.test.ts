import { describe, expect, it } from 'vitest';
import { SAMPLE_WORKFLOW } from '../sampleWorkflow';
import type { SfnTestFile } from '../../testing/format';
import { runTestSuite } from '../../testing/suite';
import { suggestCases, withObservedStatus } from '../../testing/suggest';

describe('suggestions on the sample workflow', () => {
  it('the sample: its Choice reads a field the Task before computes from its answer; the same field in the mocked answer takes the Default', async () => {
    const suite: SfnTestFile = { workflow: 'w', tests: [{ name: 'happy', input: { orderId: 'o-1' }, mocks: { 'Check stock': { Return: { StatusCode: 200, Payload: {} } }, 'Charge card': { Return: {} }, 'Notify customer': { Return: {} } } }] };
    const before = await runTestSuite(SAMPLE_WORKFLOW, suite);
    const c = before.coverage;
    const missing = [...c.states.items, ...c.transitions.items, ...c.retriers.items].filter((i) => !i.covered);
    const suggestions = await suggestCases(SAMPLE_WORKFLOW, suite, missing, before.cases.map((r) => ({ name: r.name, events: r.result.events })));
    const dflt = suggestions.find((s) => s.text.startsWith('No test takes In stock?: Default'))!;
    expect(dflt.text).toBe('No test takes In stock?: Default → Out of stock: add a case with Check stock returning $.Payload.inStock = false (from “happy”).');
    // Every case suggested, added once each (several items share one).
    const added = new Map<string, NonNullable<Awaited<ReturnType<typeof withObservedStatus>>>>();
    for (const s of suggestions) if (s.testCase && !added.has(s.testCase.name)) added.set(s.testCase.name, (await withObservedStatus(SAMPLE_WORKFLOW, suite, s))!);
    const after = await runTestSuite(SAMPLE_WORKFLOW, { ...suite, tests: [...suite.tests, ...added.values()] });
    expect(after.coverage.choiceRules).toMatchObject({ covered: 2, total: 2 });
    expect(after.coverage.catchers).toMatchObject({ covered: 1, total: 1 });
    expect(after.coverage.states.covered).toBe(after.coverage.states.total);
    expect(after.cases.every((c) => c.passed)).toBe(true);
  });

});
