import { describe, expect, it } from 'vitest';
import { parseDefinition } from './parse';
import { validateDefinition } from './validate';
import { MESSAGES, SEVERITY } from './validate/messages';
import { loadInvalidFixtures, loadValidFixtures } from './testing/fixtures';
import { STATE_TYPES } from './types';
import { forEachState } from './paths';

const valid = loadValidFixtures();
const invalid = loadInvalidFixtures();

function diagnosticsOf(text: string) {
  const parsed = parseDefinition(text);
  return [...parsed.diagnostics, ...(parsed.definition ? validateDefinition(parsed.definition) : [])];
}

describe('valid fixtures', () => {
  it('has at least 40 definitions covering every state type', () => {
    expect(valid.length).toBeGreaterThanOrEqual(40);
    const types = new Set<string>();
    for (const f of valid) forEachState(f.definition, ({ state }) => types.add(state.Type));
    expect([...types].sort()).toEqual([...STATE_TYPES].sort());
  });

  it.each(valid.map((f) => [f.name, f] as const))('%s has no error', (_name, f) => {
    const errors = diagnosticsOf(f.text).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });
});

describe('invalid fixtures', () => {
  it('exist for every diagnostic code', () => {
    const codes = new Set(invalid.map((f) => f.expectedCode));
    // RULE_FAILED needs a crashing rule; NOT_JSON_VALUE a BigInt, function or NaN, which no JSON text holds.
    const missing = Object.keys(MESSAGES).filter((code) => code !== 'RULE_FAILED' && code !== 'NOT_JSON_VALUE' && !codes.has(code));
    expect(missing).toEqual([]);
  });

  it.each(invalid.map((f) => [f.name, f] as const))('%s yields its code', (_name, f) => {
    const diagnostics = diagnosticsOf(f.text);
    const hit = diagnostics.find((d) => d.code === f.expectedCode);
    expect(hit, JSON.stringify(diagnostics)).toBeDefined();
    expect(hit?.severity).toBe(SEVERITY[f.expectedCode as keyof typeof SEVERITY] ?? 'error');
  });
});
