import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { extractCandidates, extractToParameter, parameterNameProblem, withSubstitution } from './extractParameter';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:charge';
const DEF: StateMachine = {
  StartAt: 'Charge',
  States: {
    Charge: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: FN, 'Payload.$': '$' }, Next: 'Save' },
    Save: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: 'orders', Item: { id: { 'S.$': '$.id' } } }, Next: 'Archive' },
    Archive: { Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:s3:putObject', Parameters: { Bucket: 'my-archive', Key: 'a.json', 'Body.$': '$' }, End: true },
  },
};

describe('extract one field to a parameter', () => {
  it('offers the Lambda function ARN, the table name and the bucket, with names derived from the resource', () => {
    expect(extractCandidates(DEF, ['Charge']).map((c) => [c.field.join('.'), c.value, c.name])).toEqual([['Parameters.FunctionName', FN, 'ChargeFunctionArn']]);
    expect(extractCandidates(DEF, ['Save']).map((c) => [c.field.join('.'), c.literal, c.name])).toEqual([['Parameters.TableName', 'orders', expect.stringMatching(/^Orders/)]]);
    expect(extractCandidates(DEF, ['Archive']).map((c) => c.field.join('.'))).toEqual(['Parameters.Bucket']);
  });

  it('writes ${Name} and the DefinitionSubstitutions entry; a value the substitutions already hold reuses its name', () => {
    const [candidate] = extractCandidates(DEF, ['Charge']);
    const out = extractToParameter(DEF, { name: 'Pay' }, ['Charge'], candidate!, 'ChargeFn');
    expect((out.definition.States['Charge'] as { Parameters: unknown }).Parameters).toEqual({ FunctionName: '${ChargeFn}', 'Payload.$': '$' });
    expect(out.settings).toEqual({ name: 'Pay', substitutions: { ChargeFn: FN } });
    expect(DEF.States['Charge']).toMatchObject({ Parameters: { FunctionName: FN } });
    expect(extractCandidates(DEF, ['Charge'], { Existing: FN })[0]!.name).toBe('Existing');
    // Names in use are not suggested again.
    expect(extractCandidates(DEF, ['Charge'], { ChargeFunctionArn: 'other' })[0]!.name).toBe('ChargeFunctionArn2');
  });

  it('offers the ItemReader and ResultWriter buckets of a distributed Map, a Credentials role ARN, and any Task payload ARN (not the states inside the Map)', () => {
    const role = 'arn:aws:iam::123456789012:role/cross-account';
    const def: StateMachine = {
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' }, Parameters: { Bucket: 'input-bucket', Key: 'items.csv' } },
          ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'results-bucket', Prefix: 'out' } },
          ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'Inner', States: { Inner: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: FN }, End: true } } },
          Next: 'Start',
        },
        Start: { Type: 'Task', Resource: 'arn:aws:states:::states:startExecution', Credentials: { RoleArn: role }, Parameters: { StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:child', Input: { 'x.$': '$' } }, End: true },
      },
    };
    expect(extractCandidates(def, ['Each']).map((c) => [c.field.join('.'), c.literal])).toEqual([
      ['ItemReader.Parameters.Bucket', 'input-bucket'], ['ResultWriter.Parameters.Bucket', 'results-bucket'],
    ]);
    expect(extractCandidates(def, ['Start']).map((c) => [c.field.join('.'), c.literal])).toEqual([
      ['Credentials.RoleArn', role], ['Parameters.StateMachineArn', 'arn:aws:states:us-east-1:123456789012:stateMachine:child'],
    ]);
    // The Map's own Task is offered on that state, not on the Map.
    expect(extractCandidates(def, ['Each', 0, 'Inner']).map((c) => c.field.join('.'))).toEqual(['Parameters.FunctionName']);
  });

  it('as a template Parameter: the substitution is listed in parameterSubstitutions, never with a value holding ${…} nor when an existing substitution is reused', () => {
    const [candidate] = extractCandidates(DEF, ['Charge']);
    const out = extractToParameter(DEF, { name: 'Pay', parameterSubstitutions: ['Zed'] }, ['Charge'], candidate!, 'ChargeFn', true);
    expect(out.settings).toEqual({ name: 'Pay', substitutions: { ChargeFn: FN }, parameterSubstitutions: ['ChargeFn', 'Zed'] });
    expect(withSubstitution({}, 'B', 'bucket-${AWS::AccountId}', true)).toEqual({ substitutions: { B: 'bucket-${AWS::AccountId}' } });
    expect(withSubstitution({ substitutions: { Existing: FN } }, 'Existing', FN, true)).toEqual({ substitutions: { Existing: FN } });
    expect(withSubstitution({}, 'Plain', FN)).toEqual({ substitutions: { Plain: FN } });
  });

  it('refuses a bad name or one holding another value, and offers nothing for placeholders or paths', () => {
    expect(parameterNameProblem('1x', FN, {})).toMatch(/starts with a letter/);
    expect(parameterNameProblem('Fn', FN, { Fn: 'other' })).toBe('Fn already holds another value ("other").');
    expect(parameterNameProblem('Fn', FN, { Fn: FN })).toBeUndefined();
    const done: StateMachine = { StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: '${Fn}', 'Payload.$': '$.x' }, End: true } } };
    expect(extractCandidates(done, ['A'])).toEqual([]);
  });

});
