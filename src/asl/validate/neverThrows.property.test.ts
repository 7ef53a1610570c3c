import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../parse';
import { arbitraryDefinition } from '../testing/arbitraries';
import { validateDefinition } from './index';

// Fixed in CI; FC_SEED explores other seeds locally.
const SEED = Number(process.env.FC_SEED ?? 20260314);

function noCrash(value: unknown): void {
  const diagnostics = validateDefinition(value);
  expect(diagnostics.filter((d) => d.code === 'RULE_FAILED')).toEqual([]);
}

/** A generated machine with one random field overwritten by arbitrary JSON, deep inside. */
const mangled = fc.tuple(arbitraryDefinition(), fc.jsonValue({ maxDepth: 3 }), fc.nat(), fc.constantFrom(
  'Type', 'Next', 'End', 'States', 'StartAt', 'Choices', 'Catch', 'Retry', 'Branches', 'ItemProcessor', 'Parameters',
  'ResultPath', 'Seconds', 'Timestamp', 'TimeoutSeconds', 'QueryLanguage', 'Assign', 'Output', 'Arguments', 'ItemReader',
)).map(([def, value, n, field]) => {
  const targets: Record<string, unknown>[] = [def];
  const walk = (v: unknown): void => {
    if (v && typeof v === 'object') {
      if (!Array.isArray(v)) targets.push(v as Record<string, unknown>);
      Object.values(v).forEach(walk);
    }
  };
  walk(def.States);
  const target = targets[n % targets.length] as Record<string, unknown>;
  target[field] = value;
  return def;
});

describe('validateDefinition never throws', () => {
  it('on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), noCrash), { seed: SEED, numRuns: 300 });
  });

  it('on state machines with a mangled field', () => {
    fc.assert(fc.property(mangled, noCrash), { seed: SEED, numRuns: 300 });
  });

  it('on arbitrary text through parseDefinition', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1))), (text) => {
        const parsed = parseDefinition(text);
        expect(Array.isArray(parsed.diagnostics)).toBe(true);
        if (parsed.definition) noCrash(parsed.definition);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
