/**
 * Replays every other corpus case that only needs JSONPath Pass/Choice/Succeed/Fail states
 * (outside the `choice_operators` and `intrinsic_functions` categories, which have their own
 * tests) through the data-flow and Choice toolkits — InputPath/OutputPath errors, `null` paths,
 * escaped bracket names, nested rules.
 */
import { describe, expect, it } from 'vitest';
import { expectedOutcome, isMiniMachine, loadCases, runMiniMachine } from './testing/miniMachine';

const cases = loadCases((c) => c.category !== 'choice_operators' && c.category !== 'intrinsic_functions' && isMiniMachine(c));

describe('conformance: other JSONPath Pass/Choice/Succeed/Fail cases', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(runMiniMachine(c)).toEqual(expectedOutcome(c));
  });
  it('finds the cases', () => {
    console.log(`data-flow conformance: ${cases.length} simple cases from other categories`);
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });
});
