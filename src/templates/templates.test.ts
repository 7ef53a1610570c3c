import { describe, expect, it } from 'vitest';
import { STARTER_TEMPLATES } from './index';
import { validateDefinition } from '../asl';
import { startExecution } from '../interpreter';

describe('starter templates', () => {
  it('offers at least 12 templates with unique ids', () => {
    expect(STARTER_TEMPLATES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(STARTER_TEMPLATES.map((t) => t.id)).size).toBe(STARTER_TEMPLATES.length);
  });

  for (const template of STARTER_TEMPLATES) {
    it(`${template.id}: is valid and finishes ${template.expectedStatus} with its mocks`, async () => {
      expect(validateDefinition(template.definition).filter((d) => d.severity === 'error')).toEqual([]);
      const result = await startExecution(template.definition, template.input, { mocks: template.mocks }).result;
      expect({ status: result.status, error: result.error }).toMatchObject({ status: template.expectedStatus });
    });
  }

  it('templates produce the outputs they promise', async () => {
    const run = async (id: string) => {
      const t = STARTER_TEMPLATES.find((x) => x.id === id)!;
      return (await startExecution(t.definition, t.input, { mocks: t.mocks }).result).output;
    };
    expect(await run('hello-world')).toEqual({ greeting: 'Hello, World!' });
    expect(await run('jsonata-variables')).toEqual({ subtotal: 37, discount: 3.7, total: 33.3, items: 2 });
    expect(await run('distributed-map-csv')).toEqual({ batches: 3 });
    expect(await run('choice-branching')).toMatchObject({ route: 'standard' });
  });
});
