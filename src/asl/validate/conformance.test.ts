/**
 * Every definition of ../shared/conformance/cases.jsonl was accepted by AWS, so the validator must
 * report no error on any of them (warnings are fine).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDefinition } from './index';

const candidates = [
  path.resolve(__dirname, '../../../../shared/conformance/cases.jsonl'),
  path.resolve(process.cwd(), '../shared/conformance/cases.jsonl'),
];
const file = candidates.find((f) => existsSync(f));

describe('conformance corpus: the validator accepts every definition AWS accepted', () => {
  it.skipIf(!file)('reports zero errors on every case', () => {
    const lines = readFileSync(file as string, 'utf8').split('\n').filter((l) => l.trim() !== '');
    const failures: string[] = [];
    for (const line of lines) {
      const c = JSON.parse(line) as { id: string; definition: unknown };
      const errors = validateDefinition(c.definition).filter((d) => d.severity === 'error');
      if (errors.length > 0) failures.push(`${c.id}: ${errors.map((e) => `${e.code} at ${e.path.join('.')} (${e.message})`).join('; ')}`);
    }
    console.log(`conformance validator: ${lines.length - failures.length}/${lines.length} definitions accepted with zero errors`);
    expect(failures).toEqual([]);
  });
  if (!file) it('is skipped because ../shared/conformance/cases.jsonl is absent', () => undefined);
});
