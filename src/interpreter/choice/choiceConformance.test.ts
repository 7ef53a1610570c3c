/**
 * Replays the `choice_operators` cases of the shared conformance corpus (results recorded against
 * real AWS) through `evaluateChoiceRule` and the data-flow stages, with the mini driver of
 * `dataflow/testing`. The real interpreter runs every case end to end elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { expectedOutcome, isMiniMachine, loadCases, runMiniMachine } from '../dataflow/testing/miniMachine';

const cases = loadCases((c) => c.category === 'choice_operators');

describe('conformance: choice_operators (fixtures/conformance/cases.jsonl)', () => {
  const passed: string[] = [];

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(isMiniMachine(c)).toBe(true);
    expect(runMiniMachine(c)).toEqual(expectedOutcome(c));
    passed.push(c.id);
  });

  it('reports the pass rate', () => {
    console.log(`choice_operators conformance: ${passed.length}/${cases.length} passed`);
    expect(cases.length).toBe(226);
  });
});
