/** The run form's `${Placeholder}` values: from the template (literals and parameter defaults), then filled in for the local run. */
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../../asl/types';
import { resolvePlaceholders } from '../../sam/resolve';
import { initialPlaceholderValues } from './PlaceholderFields';

const DEF = {
  StartAt: 'Remind',
  States: {
    Remind: { Type: 'Wait', Seconds: '${ReminderTimeout}', Next: 'Notify' },
    Notify: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Parameters: { TopicArn: '${TopicArn}', Message: 'x' }, TimeoutSeconds: '${T}', End: true },
  },
} as unknown as StateMachine;

describe('run form placeholders', () => {
  it('start from the substitutions (a !Ref parameter default reads as its value); an intrinsic or a missing one is asked for (empty)', () => {
    const values = initialPlaceholderValues(DEF, { substitutions: { ReminderTimeout: '300', TopicArn: { 'Fn::GetAtt': ['Topic', 'TopicArn'] } }, parameterSubstitutions: ['ReminderTimeout'] });
    expect(values).toEqual({ ReminderTimeout: '300', T: '', TopicArn: '' });
  });

  it('filled in, numeric fields get numbers and strings are substituted; empty ones stay as written', () => {
    const filled = resolvePlaceholders(DEF, { ReminderTimeout: '300', TopicArn: 'arn:aws:sns:us-east-1:123456789012:t' });
    expect(filled.States['Remind']).toMatchObject({ Seconds: 300 });
    expect(filled.States['Notify']).toMatchObject({ Parameters: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:t' }, TimeoutSeconds: '${T}' });
  });
});
