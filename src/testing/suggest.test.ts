import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import type { SfnTestFile } from './format';
import { runTestSuite } from './suite';
import { suggestCases, withObservedStatus } from './suggest';

/** Save can be throttled (retried twice) and can fail for good (caught → Order failed). */
const ORDER: StateMachine = {
  StartAt: 'Validate',
  States: {
    Validate: { Type: 'Pass', Next: 'SaveOrder' },
    SaveOrder: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'save', 'Payload.$': '$' },
      Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'], MaxAttempts: 2 }, { ErrorEquals: ['States.ALL'], MaxAttempts: 1 }],
      Catch: [
        { ErrorEquals: ['Lambda.TooManyRequestsException'], Next: 'Throttled' },
        { ErrorEquals: ['States.ALL'], Next: 'Order failed' },
      ],
      Next: 'Done',
    },
    Throttled: { Type: 'Fail', Error: 'Throttled' },
    'Order failed': { Type: 'Fail', Error: 'OrderFailed' },
    Done: { Type: 'Succeed' },
  },
};

const SUITE: SfnTestFile = {
  workflow: 'order.asl.json',
  tests: [{ name: 'happy', input: { id: 7 }, mocks: { SaveOrder: [{ Return: { ok: true } }] }, expect: { status: 'SUCCEEDED', path: ['Validate', 'SaveOrder', 'Done'] } }],
};

describe('suggested cases for what no test covers', () => {
  it('names the Catch, the error and the retries, and the case covers exactly that when added', async () => {
    const before = await runTestSuite(ORDER, SUITE);
    const missing = [...before.coverage.transitions.items, ...before.coverage.retriers.items].filter((i) => !i.covered);
    const suggestions = await suggestCases(ORDER, SUITE, missing, before.cases.map((c) => ({ name: c.name, events: c.result.events })));
    expect(suggestions.filter((s) => !s.text.includes('gets there too')).map((s) => s.text)).toEqual([
      'No test reaches SaveOrder: Catch #1 [Catch Lambda.TooManyRequestsException] → Throttled: add a case where SaveOrder throws Lambda.TooManyRequestsException 3 times (its Retry tries again 2 times).',
      'No test reaches SaveOrder: Catch #2 [Catch States.ALL] → Order failed: add a case where SaveOrder throws States.TaskFailed 2 times (its Retry tries again 1 time).',
      'No test exercises SaveOrder: Retry #1 [Lambda.TooManyRequestsException]: add a case where SaveOrder throws Lambda.TooManyRequestsException once, then answers.',
      'No test exercises SaveOrder: Retry #2 [States.ALL]: add a case where SaveOrder throws States.TaskFailed once, then answers.',
    ]);
    // The Fail states' End edges: the catch cases get there.
    expect(suggestions.filter((s) => s.text.includes('gets there too')).map((s) => s.text)).toEqual([
      'No test takes Throttled → End: the case suggested for SaveOrder: Catch #1 [Catch Lambda.TooManyRequestsException] → Throttled gets there too.',
      'No test takes Order failed → End: the case suggested for SaveOrder: Catch #2 [Catch States.ALL] → Order failed gets there too.',
    ]);
    // The input and the other mocks come from the case that reaches the state.
    expect(suggestions[1]!.testCase).toMatchObject({ name: 'SaveOrder throws States.TaskFailed', input: { id: 7 }, expect: { passesThrough: ['Order failed'] } });
    expect(suggestions.every((s) => s.verified)).toBe(true);
    const added = (await Promise.all(suggestions.filter((s) => !s.text.includes('gets there too')).map((s) => withObservedStatus(ORDER, SUITE, s)))).filter((c) => c !== undefined);
    expect(added.map((c) => c.expect?.status)).toEqual(['FAILED', 'FAILED', 'SUCCEEDED', 'SUCCEEDED']);
    const after = await runTestSuite(ORDER, { ...SUITE, tests: [...SUITE.tests, ...added] });
    expect(after.cases.map((c) => [c.name, c.passed])).toEqual([
      ['happy', true],
      ['SaveOrder throws Lambda.TooManyRequestsException', true],
      ['SaveOrder throws States.TaskFailed', true],
      ['SaveOrder retries Lambda.TooManyRequestsException', true],
      ['SaveOrder retries States.TaskFailed', true],
    ]);
    expect(after.coverage.catchers.covered).toBe(after.coverage.catchers.total);
    expect(after.coverage.retriers.covered).toBe(after.coverage.retriers.total);
    expect(after.coverage.states.covered).toBe(after.coverage.states.total);
  });

  it('suggests nothing for a catcher every error of which an earlier one takes', async () => {
    const shadowed: StateMachine = {
      StartAt: 'T',
      States: {
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'A' }, { ErrorEquals: ['States.TaskFailed'], Next: 'B' }], End: true },
        A: { Type: 'Succeed' },
        B: { Type: 'Succeed' },
      },
    };
    const item = (label: string, kind: 'catch' | 'state' = 'catch') => ({ id: label, kind, state: 'T', label, covered: false });
    expect(await suggestCases(shadowed, undefined, [item('T: Catch #2 [States.TaskFailed] → B')])).toEqual([]);
    // Names stay unique next to the cases already there.
    const [first] = await suggestCases(shadowed, { workflow: 'w', tests: [{ name: 'T throws States.TaskFailed' }] }, [item('T: Catch #1 [States.ALL] → A')]);
    expect(first!.testCase!.name).toBe('T throws States.TaskFailed (2)');
  });
});
