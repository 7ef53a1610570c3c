import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { buildSamTemplate } from './buildTemplate';
import { extractCandidates, extractToParameter } from './extractParameter';
import type { SamExportOptions } from './settings';
import { parseCfnYaml } from './cfnYaml';
import { toAslText, aslFileName } from './aslExport';
import { toSamProjectZip } from './project';
import { toSamTemplate } from './index';
import type { TemplateObject } from './intrinsics';

type Props = Record<string, unknown>;
const props = (t: TemplateObject, id = 'StateMachine') => (t.Resources as Record<string, { Properties: Props; Type: string }>)[id] as { Properties: Props; Type: string };

const twoCalls: StateMachine = {
  StartAt: 'P',
  States: {
    P: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:111122223333:function:Work', 'Payload.$': '$' }, End: true } } },
        { StartAt: 'B', States: { B: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:111122223333:function:Work', 'Payload.$': '$' }, End: true } } },
        { StartAt: 'C', States: { C: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'arn:aws:lambda:eu-west-1:111122223333:function:Work', 'Payload.$': '$' }, Credentials: { RoleArn: 'arn:aws:iam::444455556666:role/CrossAccount' }, End: true } } },
      ],
      End: true,
    },
  },
};

describe('placeholders', () => {
  it('walks nested branches, reuses one placeholder per value and numbers clashes', () => {
    const out = buildSamTemplate(twoCalls);
    const branches = (out.definition.States.P as unknown as { Branches: StateMachine[] }).Branches;
    const fn = (i: number, name: string) => (branches[i]?.States[name] as { Parameters: Props }).Parameters.FunctionName;
    expect(fn(0, 'A')).toBe('${WorkFunctionArn}');
    expect(fn(1, 'B')).toBe('${WorkFunctionArn}');
    expect(fn(2, 'C')).toBe('${WorkFunctionArn2}');
    expect((branches[2]?.States.C as { Credentials: Props }).Credentials.RoleArn).toBe('${CrossAccountRoleArn}');
    expect(props(out.template).Properties.DefinitionSubstitutions).toEqual({
      WorkFunctionArn: { Ref: 'WorkFunctionArn' },
      WorkFunctionArn2: { Ref: 'WorkFunctionArn2' },
      CrossAccountRoleArn: { Ref: 'CrossAccountRoleArn' },
    });
    expect(out.template.Parameters).toMatchObject({
      WorkFunctionArn: { Type: 'String', Default: 'arn:aws:lambda:us-east-1:111122223333:function:Work' },
      WorkFunctionArn2: { Type: 'String', Default: 'arn:aws:lambda:eu-west-1:111122223333:function:Work' },
    });
  });

  it('never changes the input definition', () => {
    const before = JSON.stringify(twoCalls);
    buildSamTemplate(twoCalls, { generatePlaceholderResources: true });
    expect(JSON.stringify(twoCalls)).toBe(before);
  });

  it('keeps existing placeholders and takes their values from the settings', () => {
    const def: StateMachine = {
      StartAt: 'A',
      States: {
        A: { Type: 'Task', Resource: '${FnArn}', Next: 'B' },
        B: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', Parameters: { QueueUrl: '${Queue}', MessageBody: 'x' }, Next: 'C' },
        C: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:getItem', Parameters: { TableName: '${Unset}', Key: {} }, End: true },
      },
    };
    const out = buildSamTemplate(def, { substitutions: { FnArn: { 'Fn::GetAtt': ['Fn', 'Arn'] }, Queue: 'https://sqs.us-east-1.amazonaws.com/111122223333/q' }, baseTemplate: { Resources: { Fn: { Type: 'AWS::Serverless::Function', Properties: {} } } } });
    expect(out.definition).toEqual(def);
    const p = props(out.template).Properties;
    expect(p.DefinitionSubstitutions).toEqual({ FnArn: { 'Fn::GetAtt': ['Fn', 'Arn'] }, Queue: { Ref: 'Queue' }, Unset: { Ref: 'Unset' } });
    expect(out.template.Parameters).toMatchObject({ Queue: { Default: 'https://sqs.us-east-1.amazonaws.com/111122223333/q' }, Unset: { Type: 'String' } });
    expect((out.template.Parameters as Props).Unset).not.toHaveProperty('Default');
    expect(p.Policies).toEqual([
      { LambdaInvokePolicy: { FunctionName: { Ref: 'Fn' } } },
      { SQSSendMessagePolicy: { QueueName: { 'Fn::Select': [4, { 'Fn::Split': ['/', { Ref: 'Queue' }] }] } } },
      { DynamoDBReadPolicy: { TableName: { Ref: 'Unset' } } },
    ]);
  });

  it('never puts a value holding ${…} into a parameter default (CloudFormation would not substitute it): Fn::Sub instead', () => {
    const def: StateMachine = { StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', Parameters: { QueueUrl: '${Queue}', MessageBody: 'x' }, End: true } } };
    const out = buildSamTemplate(def, { substitutions: { Queue: 'https://sqs.${AWS::Region}.amazonaws.com/${AWS::AccountId}/q' } });
    expect(props(out.template).Properties.DefinitionSubstitutions).toEqual({ Queue: { 'Fn::Sub': 'https://sqs.${AWS::Region}.amazonaws.com/${AWS::AccountId}/q' } });
    expect(JSON.stringify(out.template.Parameters ?? {})).not.toContain('${');
  });

  it('names extracted in the inspector (Extract to parameter) become template Parameters with their value as Default, SAM and CloudFormation', () => {
    const fn = 'arn:aws:lambda:us-east-1:123456789012:function:charge';
    const definition: StateMachine = { StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: '${ChargeFn}' }, End: true } } };
    const settings = extractToParameter(
      { StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: fn }, End: true } } },
      {}, ['A'], extractCandidates({ StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: fn }, End: true } } }, ['A'])[0]!, 'ChargeFn', true,
    ).settings;
    for (const format of ['sam', 'cloudformation'] as const) {
      const built = buildSamTemplate(definition, { ...settings as SamExportOptions, format, cloudFormationDefinition: 'object' });
      expect(built.template.Parameters).toMatchObject({ ChargeFn: { Type: 'String', Default: fn } });
      expect(props(built.template).Properties.DefinitionSubstitutions).toEqual({ ChargeFn: { Ref: 'ChargeFn' } });
      expect(built.files['template.yaml']).not.toContain('parameterSubstitutions');
    }
  });

  it('generates stand-in resources when asked', () => {
    const out = buildSamTemplate(twoCalls, { generatePlaceholderResources: true });
    const resources = out.template.Resources as Record<string, { Type: string }>;
    expect(resources.WorkFunction?.Type).toBe('AWS::Serverless::Function');
    expect(resources.WorkFunction2?.Type).toBe('AWS::Serverless::Function');
    expect(props(out.template).Properties.DefinitionSubstitutions).toMatchObject({ WorkFunctionArn: { 'Fn::GetAtt': ['WorkFunction', 'Arn'] } });
    // Resources without a stand-in (an IAM role) stay parameters.
    expect(out.template.Parameters).toHaveProperty('CrossAccountRoleArn');
  });

  it('placeholder names avoid the logical ids of a base template', () => {
    const def: StateMachine = { StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Parameters: { TopicArn: 'arn:aws:sns:us-east-1:111122223333:Alerts' }, End: true } } };
    const out = buildSamTemplate(def, { extractLiterals: true, baseTemplate: { Resources: { AlertsTopicArn: { Type: 'AWS::SNS::Topic' } } } });
    expect(out.placeholders.map((p) => p.name)).toEqual(['AlertsTopicArn2']);
  });
});

describe('SAM resource', () => {
  it('writes settings as SAM properties', () => {
    const out = buildSamTemplate(twoCalls, {
      name: 'Flow', type: 'EXPRESS', tracing: true, tags: { team: 'a' }, autoPublishAlias: 'live',
      logging: { level: 'ERROR', includeExecutionData: true, logGroupName: '/aws/vendedlogs/states/flow' },
      events: { Nightly: { Type: 'Schedule', Properties: { Schedule: 'rate(1 day)' } } },
    });
    const p = props(out.template).Properties;
    expect(p).toMatchObject({
      Name: 'Flow', Type: 'EXPRESS', Tracing: { Enabled: true }, Tags: { team: 'a' }, AutoPublishAlias: 'live',
      Logging: { Level: 'ERROR', IncludeExecutionData: true, Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: { 'Fn::GetAtt': ['StateMachineLogGroup', 'Arn'] } } }] },
      Events: { Nightly: { Type: 'Schedule' } },
    });
    expect(props(out.template, 'StateMachineLogGroup')).toEqual({ Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: '/aws/vendedlogs/states/flow' } });
    expect(out.template.Transform).toBe('AWS::Serverless-2016-10-31');
    expect(out.template.Outputs).toEqual({ StateMachineArn: { Description: 'ARN of the state machine', Value: { Ref: 'StateMachine' } } });
  });

  it('an existing role replaces the generated policies; an existing log group adds no resource', () => {
    const out = buildSamTemplate(twoCalls, { roleArn: 'arn:aws:iam::111122223333:role/sfn', logging: { level: 'ALL', logGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:/x:*' } });
    const p = props(out.template).Properties;
    expect(p.Role).toBe('arn:aws:iam::111122223333:role/sfn');
    expect(p).not.toHaveProperty('Policies');
    expect(out.template.Resources).not.toHaveProperty('StateMachineLogGroup');
  });

  it('kept policies are exported as they are', () => {
    const policies = ['AWSXrayWriteOnlyAccess', { LambdaInvokePolicy: { FunctionName: 'x' } }];
    expect(props(buildSamTemplate(twoCalls, { policies }).template).Properties.Policies).toEqual(policies);
  });

  it('DefinitionUri mode writes the ASL file and a README', () => {
    const out = buildSamTemplate(twoCalls, { definitionMode: 'uri', name: 'Order Flow' });
    expect(props(out.template).Properties.DefinitionUri).toBe('statemachine/order-flow.asl.json');
    expect(props(out.template).Properties).not.toHaveProperty('Definition');
    expect(JSON.parse(out.files['statemachine/order-flow.asl.json'] as string)).toEqual(out.definition);
    expect(out.files['README.md']).toContain('sam deploy --guided');
    expect(out.files['README.md']).toContain('WorkFunctionArn');
  });

  it('the project zip holds the folder, byte-identical for the same input', () => {
    const zip = toSamProjectZip(twoCalls, { name: 'flow' });
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['sam-app/README.md', 'sam-app/statemachine/flow.asl.json', 'sam-app/template.yaml']);
    expect(strFromU8(unzipSync(zip)['sam-app/template.yaml'] as Uint8Array)).toContain('DefinitionUri: statemachine/flow.asl.json');
    expect(toSamProjectZip(twoCalls, { name: 'flow' })).toEqual(zip);
  });

  it('a base template keeps its other resources, parameters and outputs', () => {
    const base: TemplateObject = {
      Transform: 'AWS::Serverless-2016-10-31',
      Parameters: { Stage: { Type: 'String', Default: 'dev' } },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] } },
      Resources: {
        Api: { Type: 'AWS::Serverless::Api', Properties: { StageName: { Ref: 'Stage' } } },
        Flow: { Type: 'AWS::Serverless::StateMachine', Properties: { Definition: { StartAt: 'x', States: {} } } },
      },
      Outputs: { ApiId: { Value: { Ref: 'Api' } } },
    };
    const out = buildSamTemplate(twoCalls, { baseTemplate: base, logicalId: 'Flow', extractLiterals: true });
    expect(Object.keys(out.template.Resources as object)).toEqual(['Api', 'Flow']);
    expect(out.template.Conditions).toEqual(base.Conditions);
    expect(Object.keys(out.template.Parameters as object)).toEqual(['Stage', 'WorkFunctionArn', 'WorkFunctionArn2', 'CrossAccountRoleArn']);
    expect(Object.keys(out.template.Outputs as object)).toEqual(['ApiId', 'FlowArn']);
    expect(base.Resources).toHaveProperty('Flow.Properties.Definition.StartAt', 'x');
  });

  it('a Ref that nothing declares becomes a required parameter; a dangling GetAtt is a warning', () => {
    const def: StateMachine = { StartAt: 'A', States: { A: { Type: 'Task', Resource: '${X}', Next: 'B' }, B: { Type: 'Task', Resource: '${Y}', End: true } } };
    const out = buildSamTemplate(def, { substitutions: { X: { Ref: 'Imported' }, Y: { 'Fn::GetAtt': ['Gone', 'Arn'] } } });
    expect(out.template.Parameters).toHaveProperty('Imported.Type', 'String');
    expect(out.warnings).toEqual([expect.stringContaining('Gone')]);
  });

  it('YAML uses short-form tags and quotes YAML 1.1 booleans', () => {
    const text = toSamTemplate(twoCalls, { logging: { level: 'OFF' } });
    expect(text).toContain('WorkFunctionArn: !Ref WorkFunctionArn');
    expect(text).toContain('Level: "OFF"');
    expect(text).toContain('AWSTemplateFormatVersion: "2010-09-09"');
    expect(text).not.toContain('Fn::');
  });
});

describe('CloudFormation', () => {
  it('DefinitionString is a !Sub of the JSON with a generated role', () => {
    const out = buildSamTemplate(twoCalls, { format: 'cloudformation', name: 'Flow', type: 'STANDARD', tags: { a: 'b' }, tracing: false });
    const sm = props(out.template);
    expect(sm.Type).toBe('AWS::StepFunctions::StateMachine');
    expect(out.template).not.toHaveProperty('Transform');
    const sub = (sm.Properties.DefinitionString as { 'Fn::Sub': string })['Fn::Sub'];
    expect(typeof sub).toBe('string'); // every placeholder is a parameter of the same name
    expect(JSON.parse(sub)).toEqual(out.definition);
    expect(sm.Properties).toMatchObject({ StateMachineName: 'Flow', StateMachineType: 'STANDARD', RoleArn: { 'Fn::GetAtt': ['StateMachineRole', 'Arn'] }, Tags: [{ Key: 'a', Value: 'b' }], TracingConfiguration: { Enabled: false } });
    const role = props(out.template, 'StateMachineRole');
    expect(role.Type).toBe('AWS::IAM::Role');
    expect(JSON.stringify(role.Properties)).toContain('lambda:InvokeFunction');
  });

  it('placeholder resources go in the Fn::Sub variable map', () => {
    const out = buildSamTemplate(twoCalls, { format: 'cloudformation', generatePlaceholderResources: true });
    const [, vars] = (props(out.template).Properties.DefinitionString as { 'Fn::Sub': [string, Props] })['Fn::Sub'];
    expect(vars).toEqual({ WorkFunctionArn: { 'Fn::GetAtt': ['WorkFunction', 'Arn'] }, WorkFunctionArn2: { 'Fn::GetAtt': ['WorkFunction2', 'Arn'] } });
  });

  it('object mode uses Definition + DefinitionSubstitutions; alias becomes version + alias resources', () => {
    const out = buildSamTemplate(twoCalls, { format: 'cloudformation', cloudFormationDefinition: 'object', autoPublishAlias: 'live', roleArn: 'arn:aws:iam::111122223333:role/r' });
    const p = props(out.template).Properties;
    expect(p.Definition).toEqual(out.definition);
    expect(p.DefinitionSubstitutions).toHaveProperty('WorkFunctionArn');
    expect(p.RoleArn).toBe('arn:aws:iam::111122223333:role/r');
    expect(props(out.template, 'StateMachineAlias').Properties).toMatchObject({ Name: 'live' });
    expect(out.template.Resources).not.toHaveProperty('StateMachineRole');
  });

  it('kept SAM policies are expanded into the role', () => {
    const out = buildSamTemplate(twoCalls, { format: 'cloudformation', policies: ['AWSXrayWriteOnlyAccess', { SQSSendMessagePolicy: { QueueName: 'q' } }, { Statement: [{ Effect: 'Allow', Action: 'x:Y', Resource: '*' }] }] });
    const role = props(out.template, 'StateMachineRole').Properties;
    expect(role.ManagedPolicyArns).toEqual([{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AWSXrayWriteOnlyAccess' }]);
    expect(JSON.stringify(role.Policies)).toContain('sqs:SendMessage*');
    expect(JSON.stringify(role.Policies)).toContain('x:Y');
  });

  it('the YAML text reads back to the same object', () => {
    const out = buildSamTemplate(twoCalls, { format: 'cloudformation' });
    expect(parseCfnYaml(out.files['template.yaml'] as string)).toEqual(JSON.parse(JSON.stringify(out.template)));
  });
});

describe('raw ASL export', () => {
  it('JSON and YAML through the ASL serializer', () => {
    expect(JSON.parse(toAslText(twoCalls, 'json'))).toEqual(twoCalls);
    expect(toAslText(twoCalls, 'yaml')).toContain('StartAt: P');
    expect(aslFileName('Order flow', 'yaml')).toBe('Order-flow.asl.yaml');
  });
});
