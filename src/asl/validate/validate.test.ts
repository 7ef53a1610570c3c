import { describe, expect, it } from 'vitest';
import { validateDefinition } from './index';

describe('validateDefinition', () => {
  it('accepts a minimal machine', () => {
    expect(validateDefinition({ StartAt: 'A', States: { A: { Type: 'Succeed' } } })).toEqual([]);
  });

  it('reports a missing Next target with its JSON path', () => {
    const d = validateDefinition({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' } } });
    expect(d.map((x) => [x.code, x.path])).toContainEqual(['NEXT_TARGET_MISSING', ['States', 'A', 'Next']]);
  });

  it('never throws on odd shapes', () => {
    for (const v of [null, 1, 'x', [], {}, { States: [] }, { States: { A: null } }, { StartAt: 1, States: { A: { Type: 'Map', ItemProcessor: 3 } } }]) {
      expect(() => validateDefinition(v)).not.toThrow();
      expect(validateDefinition(v).some((d) => d.code === 'RULE_FAILED')).toBe(false);
    }
  });
});
