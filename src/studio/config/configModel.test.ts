import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../../asl/types';
import { buildSamTemplate } from '../../sam';
import { expressConflicts } from './expressLimits';
import { createdPlaceholders, placeholderRows } from './placeholders';
import { formatSubstitution, parseSubstitution } from './substitutionValue';
import { aliasProblem, logGroupNameProblem, nameProblem, roleArnProblem, tagKeyProblem, tagValueProblem, timeoutProblem } from './validation';

describe('validation', () => {
  it('state machine names follow the AWS rule and say what is wrong', () => {
    expect(nameProblem('Order_flow-2')).toBeUndefined();
    expect(nameProblem('Order flow!')).toMatch(/space, “!”/);
    expect(nameProblem('x'.repeat(81))).toMatch(/81 characters/);
  });
  it('role ARNs', () => {
    expect(roleArnProblem('arn:aws:iam::123456789012:role/service-role/My.Role')).toBeUndefined();
    expect(roleArnProblem('arn:aws-us-gov:iam::123456789012:role/R')).toBeUndefined();
    expect(roleArnProblem('MyRole')).toMatch(/starts with/);
    expect(roleArnProblem('arn:aws:iam::1234:role/R')).toMatch(/12-digit/);
    expect(roleArnProblem('arn:aws:iam::123456789012:user/R')).toBeDefined();
  });
  it('log groups, aliases, tags and timeouts', () => {
    expect(logGroupNameProblem('/aws/vendedlogs/states/orders')).toBeUndefined();
    expect(logGroupNameProblem('bad name')).toBeDefined();
    expect(aliasProblem('live')).toBeUndefined();
    expect(aliasProblem('42')).toMatch(/digits/);
    expect(aliasProblem('a b')).toBeDefined();
    expect(tagKeyProblem('team')).toBeUndefined();
    expect(tagKeyProblem('aws:x')).toMatch(/reserved/);
    expect(tagKeyProblem('team', ['team'])).toMatch(/already/);
    expect(tagKeyProblem('')).toBeDefined();
    expect(tagValueProblem('payments team')).toBeUndefined();
    expect(tagValueProblem('x'.repeat(257))).toBeDefined();
    expect(timeoutProblem('300')).toBeUndefined();
    expect(timeoutProblem('0')).toBeDefined();
    expect(timeoutProblem('1.5')).toBeDefined();
  });
});

describe('substitution values', () => {
  it('literals stay text, intrinsics round-trip through their short form', () => {
    expect(parseSubstitution('arn:aws:lambda:us-east-1:123456789012:function:F')).toEqual({ value: 'arn:aws:lambda:us-east-1:123456789012:function:F' });
    expect(parseSubstitution('  ')).toEqual({ value: undefined });
    const getAtt = parseSubstitution('!GetAtt CheckStock.Arn');
    expect(getAtt.value).toEqual({ 'Fn::GetAtt': ['CheckStock', 'Arn'] });
    expect(formatSubstitution(getAtt.value)).toBe('!GetAtt CheckStock.Arn');
    expect(formatSubstitution({ Ref: 'AWS::NoValue' })).toBe('!Ref AWS::NoValue');
    expect(parseSubstitution('{"Ref": "Table"}').value).toEqual({ Ref: 'Table' });
    expect(parseSubstitution('!Sub arn:${AWS::Partition}:x').value).toEqual({ 'Fn::Sub': 'arn:${AWS::Partition}:x' });
  });
  it('refuses what is not one intrinsic', () => {
    expect(parseSubstitution('{"a": 1, "b": 2}').error).toMatch(/intrinsic/);
    expect(parseSubstitution('!GetAtt [unclosed').error).toBeDefined();
  });
});

const def = (states: Record<string, unknown>): StateMachine => ({ StartAt: Object.keys(states)[0] as string, States: states } as unknown as StateMachine);

describe('placeholders', () => {
  const definition = def({
    A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: '${FnArn}' }, Next: 'B' },
    B: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', Parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/q', MessageBody: 'x' }, End: true },
  });
  it('rows: placeholders of the definition, then unused values', () => {
    const rows = placeholderRows(definition, { substitutions: { Old: 'x', FnArn: { Ref: 'Fn' } } });
    expect(rows).toEqual([
      { name: 'FnArn', used: true, value: { Ref: 'Fn' }, hasValue: true },
      { name: 'Old', used: false, value: 'x', hasValue: true },
    ]);
    expect(placeholderRows(definition, {})[0]).toMatchObject({ name: 'FnArn', hasValue: false });
  });
  it('the export would create a placeholder for the concrete queue URL only', () => {
    const created = createdPlaceholders(buildSamTemplate(definition, {}));
    expect(created).toHaveLength(1);
    expect(created[0]?.literal).toBe('https://sqs.us-east-1.amazonaws.com/123456789012/q');
  });
});

describe('expressConflicts', () => {
  it('finds .sync, .waitForTaskToken and activities, also inside Parallel branches', () => {
    const conflicts = expressConflicts(def({
      P: { Type: 'Parallel', Branches: [{ StartAt: 'Job', States: { Job: { Type: 'Task', Resource: 'arn:aws:states:::glue:startJobRun.sync', End: true } } }], Next: 'W' },
      W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Next: 'Act' },
      Act: { Type: 'Task', Resource: 'arn:aws:states:us-east-1:123456789012:activity:review', Next: 'Ok' },
      Ok: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true },
    }));
    expect(conflicts.map((c) => c.state)).toEqual(['Job', 'W', 'Act']);
  });
});
