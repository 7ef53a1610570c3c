import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { defaultStateMocks, mocksToSend } from './defaultMocks';

const DEF: StateMachine = {
  StartAt: 'A',
  States: {
    A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'B' },
    B: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Next: 'C' },
    C: { Type: 'Pass', End: true },
  },
};

describe('mocksToSend', () => {
  it('counts only Task states of the definition that have answers', () => {
    const mocks = { ...defaultStateMocks(DEF), B: [], Renamed: [{ Return: 1 }], C: [{ Return: 2 }] };
    expect(Object.keys(mocksToSend(DEF, mocks))).toEqual(['A']);
  });
});
