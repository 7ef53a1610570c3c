import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { buildVisits } from './visits';
import { deriveRunView } from './runView';
import { takenEdgeIds } from './edges';
import { history, RETRY_THEN_CATCH } from './testEvents';

const DEF: StateMachine = {
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Ship',
      Retry: [{ ErrorEquals: ['Boom'], MaxAttempts: 1 }],
      Catch: [{ ErrorEquals: ['Other'], Next: 'Ship' }, { ErrorEquals: ['States.ALL'], Next: 'Handle' }],
    },
    Handle: { Type: 'Pass', Next: 'Failed' },
    Failed: { Type: 'Fail', Error: 'PaymentFailed' },
    Ship: { Type: 'Succeed' },
  },
};

describe('takenEdgeIds', () => {
  it('names the start edge, the catcher that caught, next edges and the end edge', () => {
    const events = history(RETRY_THEN_CATCH);
    const visits = buildVisits(events);
    const view = deriveRunView(visits, events, events.length - 1, ['Charge', 'Handle', 'Failed', 'Ship']);
    expect(takenEdgeIds(DEF, visits, view.transitions).sort()).toEqual([
      '#start->start:0->Charge',
      'Charge->catch:1->Handle',
      'Failed->end:0->#end',
      'Handle->next:0->Failed',
    ]);
  });

  it('names Choice rules by index and branch start edges by scope', () => {
    const def: StateMachine = {
      StartAt: 'P',
      States: {
        P: { Type: 'Parallel', End: true, Branches: [{ StartAt: 'C', States: {
          C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'Y' }], Default: 'Y' },
          Y: { Type: 'Pass', End: true },
        } }] },
      },
    };
    const events = history([
      { type: 'ExecutionStarted' },
      { type: 'ParallelStateEntered', path: 'P' },
      { type: 'ChoiceStateEntered', path: 'P/0/C' },
      { type: 'ChoiceStateExited', path: 'P/0/C' },
      { type: 'PassStateEntered', path: 'P/0/Y' },
    ]);
    const visits = buildVisits(events);
    const view = deriveRunView(visits, events, events.length - 1, []);
    expect(takenEdgeIds(def, visits, view.transitions).sort()).toEqual([
      '#start->start:0->P',
      'P/0#start->start:0->P/0/C',
      'P/0/C->choice:0->P/0/Y',
      'P/0/C->default:0->P/0/Y',
    ]);
  });
});
