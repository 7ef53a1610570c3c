import { describe, expect, it } from 'vitest';
import { runTestSuite } from '../testing/runner';
import { STARTER_TEMPLATES } from '.';
import { templateTestFile } from './tests';

describe('starter template test files', () => {
  it.each(STARTER_TEMPLATES.map((t) => [t.id, t] as const))('%s: every case passes and every state is covered', async (_id, template) => {
    const suite = templateTestFile(template);
    const result = await runTestSuite(template.definition, suite);
    expect(result.cases.filter((c) => !c.passed).map((c) => `${c.name}: ${c.mismatches.map((m) => m.message).join('; ')}`)).toEqual([]);
    const missing = result.coverage.states.items.filter((i) => !i.covered).map((i) => i.label);
    expect(missing).toEqual([]);
    expect(result.coverage.states.covered).toBe(result.coverage.states.total);
  });
});
