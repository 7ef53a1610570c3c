import { describe, expect, it } from 'vitest';
import { TemplateReadError } from './errors';
import { readTemplate, type ImportedStateMachine } from './readTemplate';
import { readFixture } from './testing';

const imp = (...p: string[]) => readFixture('sam', 'import', ...p);
const only = (text: string, files?: Record<string, string>): ImportedStateMachine => {
  const result = readTemplate(text, files);
  expect(result.stateMachines).toHaveLength(1);
  return result.stateMachines[0] as ImportedStateMachine;
};
const errorOf = (fn: () => unknown): TemplateReadError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof TemplateReadError) return error;
    throw error;
  }
  throw new Error('expected a TemplateReadError');
};

describe('plain ASL', () => {
  it('reads ASL JSON and YAML as one machine named StateMachine', () => {
    const json = readTemplate('{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}');
    expect(json.kind).toBe('asl');
    expect(json.stateMachines[0]).toMatchObject({ logicalId: 'StateMachine', definition: { StartAt: 'A' }, settings: {}, substitutions: {} });
    expect(only('StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n').definition.States.A).toEqual({ Type: 'Pass', End: true });
  });
});

describe('SAM templates', () => {
  it('Infrastructure Composer shape: placeholders, substitutions, logging, policies, events', () => {
    const sm = only(imp('composer-inline.yaml'));
    expect(sm.logicalId).toBe('OrderStateMachine');
    expect(sm.source).toBe('Definition');
    expect(sm.definition.States.CheckStock).toMatchObject({ Parameters: { FunctionName: '${CheckStockArn}' } });
    expect(sm.substitutions).toEqual({
      CheckStockArn: { 'Fn::GetAtt': ['CheckStock', 'Arn'] },
      OrdersTableName: { Ref: 'OrdersTable' },
      QueueUrl: { Ref: 'AWS::NoValue' },
    });
    expect(sm.settings).toMatchObject({
      type: 'STANDARD', tracing: true, tags: { app: 'shop' },
      logging: { level: 'ALL', includeExecutionData: true },
    });
    expect(sm.settings.logging).not.toHaveProperty('logGroupName'); // the default vended-logs name
    expect(sm.settings.name).toBeUndefined();
    expect(sm.warnings).toEqual([expect.stringContaining('Name is computed')]);
    expect(sm.settings.policies).toEqual(expect.arrayContaining(['AWSXrayWriteOnlyAccess', { LambdaInvokePolicy: { FunctionName: { Ref: 'CheckStock' } } }]));
    expect(Object.keys(sm.settings.events ?? {})).toEqual(['Nightly', 'OrderPlaced', 'Http']);
    expect(sm.settings.substitutions).toEqual(sm.substitutions);
  });

  it('intrinsics inside an inline Definition become definition_substitution_N, as SAM does', () => {
    const sm = only(imp('inline-intrinsics.yaml'));
    expect(sm.definition.States.Invoke).toMatchObject({
      Parameters: { FunctionName: '${definition_substitution_1}', Payload: { table: '${definition_substitution_2}', region: '${definition_substitution_3}' } },
    });
    expect(sm.substitutions).toEqual({
      definition_substitution_1: { 'Fn::GetAtt': ['Worker', 'Arn'] },
      definition_substitution_2: { Ref: 'Table' },
      definition_substitution_3: { 'Fn::Sub': '${AWS::Region}' },
    });
    expect(sm.settings).toMatchObject({ type: 'EXPRESS', role: { 'Fn::GetAtt': ['FlowRole', 'Arn'] } });
  });

  it('DefinitionUri with the file dropped alongside (sam init stock-trader)', () => {
    const files = { 'statemachine/stock_trader.asl.json': imp('stock-trader', 'statemachine', 'stock_trader.asl.json') };
    const sm = only(imp('stock-trader', 'template.yaml'), files);
    expect(sm.source).toBe('DefinitionUri');
    expect(sm.definition.StartAt).toBe('Check Stock Value');
    expect(sm.definition.States['Check Stock Value']).toMatchObject({ Resource: '${StockCheckerFunctionArn}' });
    expect(sm.substitutions).toMatchObject({ DDBPutItem: { 'Fn::Sub': 'arn:${AWS::Partition}:states:::dynamodb:putItem' }, DDBTable: { Ref: 'TransactionTable' } });
    expect(sm.settings.events).toHaveProperty('HourlyTradingSchedule.Properties.Schedule', 'rate(1 hour)');
    // Its three policies are exactly what the studio derives (LambdaInvokePolicy ×2 on the functions,
    // DynamoDBWritePolicy on the table behind `Resource: ${DDBPutItem}`), so they are regenerated
    // on export and follow later edits instead of being kept.
    expect(sm.settings.policies).toBeUndefined();
  });

  it('finds the DefinitionUri file by its name when the folder differs', () => {
    const files = { 'C:\\Users\\me\\stock_trader.asl.json': imp('stock-trader', 'statemachine', 'stock_trader.asl.json') };
    expect(only(imp('stock-trader', 'template.yaml'), files).definition.StartAt).toBe('Check Stock Value');
  });

  it('Policies in all three forms are kept as written', () => {
    const result = readTemplate(imp('policies-forms.yaml'));
    const byId = Object.fromEntries(result.stateMachines.map((s) => [s.logicalId, s.settings.policies]));
    expect(byId.AsString).toBe('AWSLambdaRole');
    expect(byId.AsDocument).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: { Ref: 'Topic' } }] });
    expect(byId.AsList).toEqual([
      'arn:aws:iam::aws:policy/AWSStepFunctionsReadOnlyAccess',
      { SQSPollerPolicy: { QueueName: { 'Fn::GetAtt': ['Queue', 'QueueName'] } } },
      { Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::bucket/*' }] },
    ]);
  });

  it('reads the readable machines and says why the others were skipped', () => {
    const result = readTemplate(imp('mixed.yaml'));
    expect(result.stateMachines.map((s) => s.logicalId)).toEqual(['Local']);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]?.logicalId).toBe('Remote');
    expect(result.skipped[0]?.error.code).toBe('definition-uri-s3');
    expect(result.skipped[0]?.error.message).toMatch(/S3/);
  });
});

describe('CloudFormation templates', () => {
  it('DefinitionString with !Sub: implicit and mapped variables, the template role, logging, tags', () => {
    const result = readTemplate(imp('cfn-sub.yaml'));
    expect(result.kind).toBe('cloudformation');
    const sm = result.stateMachines[0] as ImportedStateMachine;
    expect(sm.source).toBe('DefinitionString');
    expect(sm.definition.States.Charge).toMatchObject({ Parameters: { FunctionName: '${ChargeArn}' } });
    expect(sm.definition.States.Record).toMatchObject({ Parameters: { TableName: '${TableName}', Item: { region: { S: '${AWSRegion}' } } } });
    expect(sm.definition.States.Notify).toMatchObject({ Parameters: { TopicArn: '${topic}' } });
    expect(sm.substitutions).toEqual({
      ChargeArn: { 'Fn::GetAtt': ['Charge', 'Arn'] },
      TableName: 'payments', // a parameter's default
      AWSRegion: { Ref: 'AWS::Region' },
      topic: { Ref: 'Alerts' },
    });
    expect(sm.settings).toMatchObject({
      name: 'payments', type: 'EXPRESS', tracing: true, tags: { team: 'payments' },
      logging: { level: 'ERROR', includeExecutionData: false, logGroupName: '/aws/vendedlogs/states/payments' },
    });
    expect(sm.settings.policies).toEqual([
      { Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': ['Charge', 'Arn'] } }] },
      'arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess',
    ]);
  });

  it('CDK output: DefinitionString built with Fn::Join, in JSON', () => {
    const sm = only(imp('cdk-join.json'));
    expect(sm.logicalId).toBe('MyStateMachine6C968CA5');
    expect(sm.definition.TimeoutSeconds).toBe(300);
    expect(sm.definition.States.Invoke).toMatchObject({ Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: '${definition_substitution_1}' } });
    expect(sm.substitutions).toEqual({ definition_substitution_1: { 'Fn::GetAtt': ['Fn9270CBC0', 'Arn'] } });
    expect(Object.keys(sm.definition.States)).toEqual(['Invoke', 'Choice', 'Yes', 'No']);
  });

  it('Definition + DefinitionSubstitutions in CloudFormation', () => {
    const sm = only([
      'Resources:',
      '  M:',
      '    Type: AWS::StepFunctions::StateMachine',
      '    Properties:',
      '      RoleArn: arn:aws:iam::111122223333:role/r',
      '      Definition: { StartAt: A, States: { A: { Type: Task, Resource: "${Fn}", End: true } } }',
      '      DefinitionSubstitutions: { Fn: !GetAtt F.Arn }',
    ].join('\n'));
    expect(sm.substitutions).toEqual({ Fn: { 'Fn::GetAtt': ['F', 'Arn'] } });
    expect(sm.settings.roleArn).toBe('arn:aws:iam::111122223333:role/r');
  });
});

describe('templates that cannot be read say why', () => {
  it('not YAML or JSON, with the line', () => {
    const error = errorOf(() => readTemplate('Resources:\n  A: [unclosed\n'));
    expect(error.code).toBe('not-yaml');
    expect(error.location?.line).toBeGreaterThan(0);
    expect(error.describe()).toMatch(/line \d+/);
  });
  it('not an object', () => {
    expect(errorOf(() => readTemplate('- a\n- b\n')).code).toBe('not-an-object');
  });
  it('neither ASL nor a template', () => {
    expect(errorOf(() => readTemplate('foo: 1\n')).message).toMatch(/neither an ASL definition/);
  });
  it('no state machine, listing what the template has', () => {
    const error = errorOf(() => readTemplate('Resources:\n  F:\n    Type: AWS::Serverless::Function\n'));
    expect(error.code).toBe('no-state-machine');
    expect(error.message).toContain('AWS::Serverless::Function');
  });
  it('DefinitionUri file not provided, naming the file', () => {
    const error = errorOf(() => readTemplate(imp('stock-trader', 'template.yaml')));
    expect(error.code).toBe('definition-uri-missing');
    expect(error.missingFiles).toEqual(['statemachine/stock_trader.asl.json']);
    expect(error.message).toContain('statemachine/stock_trader.asl.json');
    expect(error.location?.path).toEqual(['Resources', 'StockTradingStateMachine', 'Properties', 'DefinitionUri']);
  });
  it('S3 DefinitionUri / DefinitionS3Location', () => {
    expect(errorOf(() => readTemplate('Resources:\n  M:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: s3://b/k.json\n')).code).toBe('definition-uri-s3');
    expect(errorOf(() => readTemplate('Resources:\n  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionS3Location: { Bucket: b, Key: k }\n')).code).toBe('definition-uri-s3');
  });
  it('no definition at all', () => {
    expect(errorOf(() => readTemplate('Resources:\n  M:\n    Type: AWS::Serverless::StateMachine\n    Properties: {}\n')).code).toBe('definition-missing');
  });
  it('a DefinitionString that is not JSON, or not a state machine', () => {
    expect(errorOf(() => readTemplate('Resources:\n  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionString: "{ nope"\n')).code).toBe('definition-invalid');
    expect(errorOf(() => readTemplate('Resources:\n  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionString: "{}"\n')).message).toMatch(/StartAt and States/);
  });
  it('a DefinitionString built with an unsupported intrinsic', () => {
    const error = errorOf(() => readTemplate('Resources:\n  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionString: !If [C, a, b]\n'));
    expect(error.code).toBe('unsupported-intrinsic');
    expect(error.message).toContain('Fn::If');
  });
});

