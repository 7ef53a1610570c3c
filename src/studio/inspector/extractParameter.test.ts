/** Extract to parameter through the store: the field and the substitution change in one undo step. */
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../../asl/types';
import { extractCandidates, extractToParameter } from '../../sam/extractParameter';
import { createStudioStore } from '../../store/studioStore';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:charge';
const DEF: StateMachine = {
  StartAt: 'Charge',
  States: { Charge: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: FN, 'Payload.$': '$' }, End: true } },
};

describe('extract to parameter in the store', () => {
  it('in the store it is one undo step for the definition and the settings together', () => {
    const store = createStudioStore({ definition: DEF, settings: { name: 'Pay' } });
    const [candidate] = extractCandidates(DEF, ['Charge']);
    store.getState().edit('Extract', (d) => extractToParameter(d, store.getState().settings, ['Charge'], candidate!, 'ChargeFn').definition, 'inspector',
      (s) => ({ ...s, substitutions: { ...(s.substitutions ?? {}), ChargeFn: candidate!.literal } }));
    expect(store.getState().settings.substitutions).toEqual({ ChargeFn: FN });
    expect(store.getState().text).toContain('"FunctionName": "${ChargeFn}"');
    store.getState().undo();
    expect(store.getState().definition).toEqual(DEF);
    expect(store.getState().settings).toEqual({ name: 'Pay' });
  });
});
