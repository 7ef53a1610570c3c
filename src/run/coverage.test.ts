import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { startExecution } from '../interpreter/execution';
import type { MockShorthand } from '../interpreter/types';
import { coverageOf, type CoverageGroup } from './coverage';

/**
 * Check → (rule 1) Fan (Map of Double) | (rule 2) Both (Parallel L, R) | (Default) Charge
 * (Retry Throttled, Catch → Failed); all lead to Done.
 * Hand count: 9 states; 16 edges (start→Check; 3 Choice edges; Charge→Done, Charge catch→Failed;
 * Fan→Done; Both→Done; Done→end, Failed→end; Map body start→Double, Double→end; two branches ×
 * (start→L/R, L/R→end)); 1 retrier; 3 bodies (Fan's processor, Both's two branches).
 */
const flow = {
  StartAt: 'Check',
  States: {
    Check: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.kind', StringEquals: 'map', Next: 'Fan' },
        { Variable: '$.kind', StringEquals: 'par', Next: 'Both' },
      ],
      Default: 'Charge',
    },
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Retry: [{ ErrorEquals: ['Throttled'], MaxAttempts: 2, IntervalSeconds: 1 }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
      Next: 'Done',
    },
    Fan: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'Double', States: { Double: { Type: 'Pass', End: true } } }, Next: 'Done' },
    Both: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'L', States: { L: { Type: 'Pass', End: true } } },
        { StartAt: 'R', States: { R: { Type: 'Pass', End: true } } },
      ],
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
    Failed: { Type: 'Fail', Error: 'PaymentFailed' },
  },
} as unknown as StateMachine;

async function history(input: unknown, mocks: MockShorthand = {}) {
  return (await startExecution(flow, input, { mocks, seed: 1, startTime: 0 }).result).events;
}

const counts = (g: CoverageGroup) => [g.covered, g.total];
const missing = (g: CoverageGroup) => g.items.filter((i) => !i.covered).map((i) => i.label);

describe('coverageOf', () => {
  it('counts nothing covered without runs', () => {
    const c = coverageOf(flow, []);
    expect([counts(c.states), counts(c.transitions), counts(c.choiceRules), counts(c.catchers), counts(c.retriers), counts(c.bodies)]).toEqual([
      [0, 9], [0, 16], [0, 3], [0, 1], [0, 1], [0, 3],
    ]);
    expect(c.percent).toBe(0);
  });

  it('one run through the Default with a retry: Check, Charge, Done; 4 edges; the retrier', async () => {
    const run = await history({ kind: 'x' }, { Charge: [{ Throw: { Error: 'Throttled' } }, { Return: { ok: true } }] });
    const c = coverageOf(flow, [run]);
    expect(counts(c.states)).toEqual([3, 9]);
    expect(counts(c.transitions)).toEqual([4, 16]);
    expect(missing(c.choiceRules)).toEqual(['Check: rule #1 → Fan', 'Check: rule #2 → Both']);
    expect(counts(c.retriers)).toEqual([1, 1]);
    expect(counts(c.catchers)).toEqual([0, 1]);
    expect(counts(c.bodies)).toEqual([0, 3]);
    // (3 + 4 + 1 + 0) / (9 + 16 + 1 + 3) = 8/29 = 27.58…%
    expect(c.percent).toBe(27.5);
  });

  it('adds up runs: the Map run covers its body and rule #1, the catch run the Catch edge', async () => {
    const runs = [
      await history({ kind: 'x' }, { Charge: [{ Throw: { Error: 'Throttled' } }, { Return: {} }] }),
      await history({ kind: 'map', items: [1, 2] }),
      await history({ kind: 'x' }, { Charge: [{ Throw: { Error: 'Boom' } }] }),
    ];
    const c = coverageOf(flow, runs);
    // states: Check, Charge, Done, Fan, Double, Failed
    expect(counts(c.states)).toEqual([6, 9]);
    expect(missing(c.states)).toEqual(['Both', 'L', 'R']);
    // edges: start→Check, default, Charge→Done, Done→end, rule #1, Fan→Done, Map start→Double,
    // Double→end, Charge catch→Failed, Failed→end
    expect(counts(c.transitions)).toEqual([10, 16]);
    expect(missing(c.choiceRules)).toEqual(['Check: rule #2 → Both']);
    expect(counts(c.catchers)).toEqual([1, 1]);
    expect(missing(c.bodies)).toEqual(['Both: branch 1', 'Both: branch 2']);
    // (6 + 10 + 1 + 1) / 29 = 62.06…%
    expect(c.percent).toBe(62);
  });

  it('reaches 100% with a Parallel run added', async () => {
    const runs = [
      await history({ kind: 'x' }, { Charge: [{ Throw: { Error: 'Throttled' } }, { Return: {} }] }),
      await history({ kind: 'map', items: [1] }),
      await history({ kind: 'x' }, { Charge: [{ Throw: { Error: 'Boom' } }] }),
      await history({ kind: 'par' }),
    ];
    const c = coverageOf(flow, runs);
    expect(c.percent).toBe(100);
    expect(counts(c.bodies)).toEqual([3, 3]);
  });
});
