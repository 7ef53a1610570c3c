/**
 * Forms real SAM projects write that must not be errors (synthetic examples): `${…}` placeholders
 * in number fields, and stray entries inside States opening with their error in place.
 */
import { describe, expect, it } from 'vitest';
import { validateDefinition } from './index';
import { parseDefinition } from '../parse';
import { isUsableDefinition } from '../shape';
import { aslToGraph } from '../../graph';

const errorsOf = (definition: unknown) => validateDefinition(definition).filter((d) => d.severity === 'error');

describe('SAM placeholders in typed fields', () => {
  const definition = {
    StartAt: 'Remind',
    TimeoutSeconds: '${MachineTimeout}',
    States: {
      Remind: { Type: 'Wait', Seconds: '${ReminderDelay}', Next: 'Fan' },
      Fan: {
        Type: 'Map', MaxConcurrency: '${Width}', ToleratedFailurePercentage: '${Tolerance}',
        ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'Work', States: { Work: { Type: 'Task', Resource: '${WorkArn}', TimeoutSeconds: '${T}', HeartbeatSeconds: '${H}', End: true,
          Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: '${Attempts}', IntervalSeconds: '${Interval}', BackoffRate: '${Rate}' }] } } },
        Next: 'At',
      },
      At: { Type: 'Wait', Timestamp: '${DeadlineIso}', End: true },
    },
  };
  it('are warnings naming the placeholder, never errors', () => {
    const diagnostics = validateDefinition(definition);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const warned = diagnostics.filter((d) => d.code === 'PLACEHOLDER_VALUE');
    expect(warned.map((d) => d.path.join('.')).sort()).toEqual([
      'States.At.Timestamp',
      'States.Fan.ItemProcessor.States.Work.HeartbeatSeconds',
      'States.Fan.ItemProcessor.States.Work.Retry.0.BackoffRate',
      'States.Fan.ItemProcessor.States.Work.Retry.0.IntervalSeconds',
      'States.Fan.ItemProcessor.States.Work.Retry.0.MaxAttempts',
      'States.Fan.ItemProcessor.States.Work.TimeoutSeconds',
      'States.Fan.MaxConcurrency',
      'States.Fan.ToleratedFailurePercentage',
      'States.Remind.Seconds',
      'TimeoutSeconds',
    ]);
    expect(warned.find((d) => d.path.join('.') === 'States.Remind.Seconds')?.message).toContain('${ReminderDelay}');
  });
  it('a string that is not a placeholder is still an error', () => {
    const bad = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 'ten', End: true } } };
    expect(errorsOf(bad).map((d) => d.code)).toEqual(['INVALID_FIELD_TYPE']);
  });
});

describe('a stray non-state entry inside States', () => {
  const text = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, Comment: 'left here by hand', B: { Type: 'Succeed' } } }, null, 2);
  it('opens: the canvas draws the states and the validator reports the entry where it is', () => {
    const parsed = parseDefinition(text);
    expect(isUsableDefinition(parsed)).toBe(true);
    const graph = aslToGraph(parsed.definition!);
    expect(graph.nodes.filter((n) => n.kind === 'state').map((n) => n.state?.name)).toEqual(['A', 'B']);
    const errors = errorsOf(parsed.definition);
    expect(errors.map((d) => [d.code, d.path.join('.')])).toContainEqual(['STATE_NOT_OBJECT', 'States.Comment']);
  });
});
