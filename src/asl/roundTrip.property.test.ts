import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepEqual } from './deepEqual';
import { parseDefinition } from './parse';
import { serializeDefinition } from './serialize';
import { arbitraryDefinition } from './testing/arbitraries';

// Fixed in CI; FC_SEED explores other seeds locally.
const SEED = Number(process.env.FC_SEED ?? 20260314);

describe('parse ∘ serialize is the identity', () => {
  it.each(['json', 'yaml'] as const)('for %s', (format) => {
    fc.assert(
      fc.property(arbitraryDefinition(), fc.constantFrom(2, 4), (def, indent) => {
        const text = serializeDefinition(def, { format, indent });
        const parsed = parseDefinition(text);
        expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(parsed.format).toBe(format);
        expect(deepEqual(parsed.definition, def)).toBe(true);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
