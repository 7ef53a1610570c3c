/**
 * Every definition of fixtures/conformance/cases.jsonl was accepted by AWS, so the validator must
 * report no error on any of them (warnings are fine).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from './index';
import { CONFORMANCE_CASES } from '../../testing/fixturePaths';

describe('conformance corpus: the validator accepts every definition AWS accepted', () => {
  it('reports zero errors on every case', () => {
    const lines = readFileSync(CONFORMANCE_CASES, 'utf8').split('\n').filter((l) => l.trim() !== '');
    const failures: string[] = [];
    for (const line of lines) {
      const c = JSON.parse(line) as { id: string; definition: unknown };
      const errors = validateDefinition(c.definition).filter((d) => d.severity === 'error');
      if (errors.length > 0) failures.push(`${c.id}: ${errors.map((e) => `${e.code} at ${e.path.join('.')} (${e.message})`).join('; ')}`);
    }
    console.log(`conformance validator: ${lines.length - failures.length}/${lines.length} definitions accepted with zero errors`);
    expect(failures).toEqual([]);
  });
});
