/** The sample's first run succeeds on the happy path; its scenarios lead where they say. */
import { describe, expect, it } from 'vitest';
import { startExecution } from '../interpreter';
import type { MockShorthand } from '../interpreter/types';
import { validateDefinition } from '../asl';
import { defaultInputFor, SAMPLE_SCENARIOS, SAMPLE_WORKFLOW, scenariosFor } from './sampleWorkflow';
import { defaultStateMocks } from '../run/defaultMocks';
import { buildVisits } from '../run/visits';

async function visitsOf(input: unknown, mocks: MockShorthand) {
  const result = await startExecution(SAMPLE_WORKFLOW, input, { mocks, seed: 1 }).result;
  return { status: result.status, error: result.error, path: buildVisits(result.events).map((v) => `${v.name}:${v.status}`) };
}

describe('the sample workflow', () => {
  it('is valid', () => {
    expect(validateDefinition(SAMPLE_WORKFLOW).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('succeeds on its first run with its default input and the catalog default mocks (the happy path)', async () => {
    const run = await visitsOf(JSON.parse(defaultInputFor(SAMPLE_WORKFLOW)), defaultStateMocks(SAMPLE_WORKFLOW));
    expect(run.status).toBe('SUCCEEDED');
    expect(run.path).toEqual(['Check stock:succeeded', 'In stock?:succeeded', 'Charge card:succeeded', 'Notify customer:succeeded']);
  });

  it('has scenarios for the failure paths, each ending as it says', async () => {
    const runs = await Promise.all(SAMPLE_SCENARIOS.map((s) => visitsOf(s.input, { ...defaultStateMocks(SAMPLE_WORKFLOW), ...s.mocks })));
    expect(runs.map((r) => r.status)).toEqual(SAMPLE_SCENARIOS.map((s) => s.expectedStatus));
    expect(runs[1]).toMatchObject({ error: 'OutOfStock', path: ['Check stock:succeeded', 'In stock?:succeeded', 'Out of stock:failed'] });
    expect(runs[2]).toMatchObject({ error: 'OrderFailed', path: ['Check stock:caught', 'Order failed:failed'] });
  });

  it('offers its scenarios only while the workflow still has the sample states', () => {
    expect(scenariosFor(SAMPLE_WORKFLOW)).toHaveLength(3);
    const { ['Out of stock']: _removed, ...rest } = SAMPLE_WORKFLOW.States;
    expect(scenariosFor({ ...SAMPLE_WORKFLOW, States: rest })).toEqual([]);
  });
});
