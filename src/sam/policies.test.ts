import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { buildSamTemplate } from './buildTemplate';
import { derivePolicies, expandPolicies, iamAction, type DerivedPolicies } from './policies';
import { findRule, INTEGRATION_POLICY_RULES, policyTemplatesFor } from './policyRules';
import { POLICY_TEMPLATE_DEFINITIONS, POLICY_TEMPLATE_PARAMETERS } from './policyTemplates.data';
import { integrationDefinitions, readFixture, SAM_POLICY_TEMPLATES } from './testing';

const official = JSON.parse(readFileSync(SAM_POLICY_TEMPLATES, 'utf8')) as {
  Templates: Record<string, { Definition: unknown; Parameters?: Record<string, unknown> }>;
};

function policiesOf(name: string, options = {}): DerivedPolicies {
  const def = integrationDefinitions().find(([n]) => n === name)?.[1] as StateMachine;
  return buildSamTemplate(def, options).policies;
}

const actionsOf = (d: DerivedPolicies) => d.statements.flatMap((s) => s.Action);

describe('bundled policy template data', () => {
  it('lists every official template with its parameters', () => {
    expect(Object.keys(POLICY_TEMPLATE_PARAMETERS).sort()).toEqual(Object.keys(official.Templates).sort());
    for (const [name, t] of Object.entries(official.Templates)) {
      expect(POLICY_TEMPLATE_PARAMETERS[name], name).toEqual(Object.keys(t.Parameters ?? {}));
    }
  });
  it('holds the official definitions of the templates it expands', () => {
    for (const [name, definition] of Object.entries(POLICY_TEMPLATE_DEFINITIONS)) {
      expect(definition, name).toEqual(official.Templates[name]?.Definition);
    }
  });
  it('every rule names a bundled template', () => {
    for (const rule of INTEGRATION_POLICY_RULES) {
      if (rule.template) expect(POLICY_TEMPLATE_DEFINITIONS[rule.template], rule.integration).toBeDefined();
    }
  });
});

describe('derived policies per integration', () => {
  it('Lambda: LambdaInvokePolicy with the function name taken from the ARN parameter', () => {
    expect(policiesOf('lambda:invoke').templates).toEqual([
      { template: 'LambdaInvokePolicy', parameters: { FunctionName: { 'Fn::Select': [6, { 'Fn::Split': [':', { Ref: 'ScoreFunctionArn' }] }] } } },
    ]);
    expect(policiesOf('lambda:invoke (name)').templates[0]?.parameters).toEqual({ FunctionName: { Ref: 'ScoreFunctionName' } });
    expect(policiesOf('lambda (direct ARN)').templates[0]?.template).toBe('LambdaInvokePolicy');
    expect(policiesOf('lambda:invoke (JSONata)').templates[0]?.template).toBe('LambdaInvokePolicy');
  });
  it('a function known only at run time gets a wildcard', () => {
    expect(policiesOf('lambda (dynamic)').templates).toEqual([{ template: 'LambdaInvokePolicy', parameters: { FunctionName: '*' } }]);
  });
  it('with placeholder resources the policy references the resource directly', () => {
    expect(policiesOf('lambda:invoke', { generatePlaceholderResources: true }).templates[0]?.parameters).toEqual({ FunctionName: { Ref: 'ScoreFunction' } });
    expect(policiesOf('sqs:sendMessage', { generatePlaceholderResources: true }).templates[0]?.parameters).toEqual({ QueueName: { 'Fn::GetAtt': ['JobsQueue', 'QueueName'] } });
    expect(policiesOf('sns:publish', { generatePlaceholderResources: true }).templates[0]?.parameters).toEqual({ TopicName: { 'Fn::GetAtt': ['AlertsTopic', 'TopicName'] } });
  });
  it('DynamoDB: read, write, crud by action', () => {
    expect(policiesOf('dynamodb:getItem').templates[0]?.template).toBe('DynamoDBReadPolicy');
    expect(policiesOf('dynamodb:putItem').templates[0]?.template).toBe('DynamoDBWritePolicy');
    expect(policiesOf('dynamodb:updateItem').templates[0]?.template).toBe('DynamoDBWritePolicy');
    expect(policiesOf('dynamodb:deleteItem').templates[0]?.template).toBe('DynamoDBCrudPolicy');
    expect(policiesOf('aws-sdk:dynamodb:query').templates[0]?.template).toBe('DynamoDBReadPolicy');
  });
  it('read and write on the same table merge into one DynamoDBCrudPolicy', () => {
    const def: StateMachine = {
      StartAt: 'A',
      States: {
        A: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:getItem', Parameters: { TableName: 'T', Key: {} }, Next: 'B' },
        B: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: 'T', Item: {} }, Next: 'C' },
        C: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:getItem', Parameters: { TableName: 'Other', Key: {} }, End: true },
      },
    };
    expect(buildSamTemplate(def).policies.templates).toEqual([
      { template: 'DynamoDBCrudPolicy', parameters: { TableName: { Ref: 'TTableName' } } },
      { template: 'DynamoDBReadPolicy', parameters: { TableName: { Ref: 'OtherTableName' } } },
    ]);
  });
  it('SQS and SNS: name from the queue URL and topic ARN', () => {
    expect(policiesOf('sqs:sendMessage.waitForTaskToken').templates).toEqual([
      { template: 'SQSSendMessagePolicy', parameters: { QueueName: { 'Fn::Select': [4, { 'Fn::Split': ['/', { Ref: 'ApprovalsQueueUrl' }] }] } } },
    ]);
    expect(policiesOf('sns:publish').templates[0]?.template).toBe('SNSPublishMessagePolicy');
  });
  it('EventBridge: one policy per bus, the default bus when none is named', () => {
    const t = policiesOf('events:putEvents').templates;
    expect(t.map((x) => x.parameters.EventBusName)).toEqual(['default', { 'Fn::Select': [1, { 'Fn::Split': ['/', { Ref: 'AuditEventBusArn' }] }] }]);
  });
  it('StartExecution .sync adds DescribeExecution/StopExecution and the managed rule', () => {
    const d = policiesOf('states:startExecution.sync:2');
    expect(d.templates[0]?.template).toBe('StepFunctionsExecutionPolicy');
    expect(actionsOf(d)).toEqual(expect.arrayContaining(['states:DescribeExecution', 'states:StopExecution', 'events:PutRule']));
    expect(JSON.stringify(d.statements)).toContain('StepFunctionsGetEventsForStepFunctionsExecutionRule');
    expect(actionsOf(policiesOf('states:startExecution'))).toEqual([]);
  });
  it('ECS, Batch, Glue, SageMaker .sync: statements with the polling actions and rules', () => {
    expect(actionsOf(policiesOf('ecs:runTask.sync'))).toEqual(expect.arrayContaining(['ecs:RunTask', 'iam:PassRole', 'ecs:StopTask', 'ecs:DescribeTasks', 'events:PutTargets']));
    expect(JSON.stringify(policiesOf('ecs:runTask.sync').statements)).toContain('StepFunctionsGetEventsForECSTaskRule');
    expect(actionsOf(policiesOf('batch:submitJob.sync'))).toEqual(expect.arrayContaining(['batch:SubmitJob', 'batch:DescribeJobs', 'batch:TerminateJob']));
    const glue = policiesOf('glue:startJobRun.sync');
    expect(actionsOf(glue)).toEqual(['glue:StartJobRun', 'glue:GetJobRun', 'glue:GetJobRuns', 'glue:BatchStopJobRun']);
    expect(glue.statements[0]?.Resource).toEqual({ 'Fn::Sub': ['arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:job/${name}', { name: { Ref: 'CleanDataGlueJobName' } }] });
    expect(actionsOf(policiesOf('sagemaker:createTrainingJob.sync'))).toEqual(expect.arrayContaining(['sagemaker:CreateTrainingJob', 'sagemaker:DescribeTrainingJob', 'iam:PassRole']));
  });
  it('Athena: AthenaQueryPolicy on the work group plus S3/Glue access', () => {
    const d = policiesOf('athena:startQueryExecution.sync');
    expect(d.templates).toEqual([{ template: 'AthenaQueryPolicy', parameters: { WorkGroupName: 'primary' } }]);
    expect(actionsOf(d)).toEqual(expect.arrayContaining(['s3:PutObject', 'glue:GetTable']));
  });
  it('Bedrock: InvokeModel on the foundation model', () => {
    const d = policiesOf('bedrock:invokeModel');
    expect(d.statements).toEqual([{ Effect: 'Allow', Action: ['bedrock:InvokeModel'], Resource: { 'Fn::Sub': ['arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/${name}', { name: 'anthropic.claude-3-haiku-20240307-v1:0' }] } }]);
  });
  it('API Gateway and HTTP endpoints', () => {
    expect(actionsOf(policiesOf('apigateway:invoke'))).toContain('execute-api:Invoke');
    expect(actionsOf(policiesOf('http:invoke'))).toEqual(expect.arrayContaining(['states:InvokeHTTPEndpoint', 'events:RetrieveConnectionCredentials', 'secretsmanager:GetSecretValue']));
  });
  it('S3 through the SDK: read and write templates', () => {
    expect(policiesOf('aws-sdk:s3:getObject').templates[0]?.template).toBe('S3ReadPolicy');
    expect(policiesOf('aws-sdk:s3:putObject').templates[0]?.template).toBe('S3WritePolicy');
  });
  it('generic SDK and optimized integrations: the IAM action of the call', () => {
    expect(actionsOf(policiesOf('aws-sdk:ec2:describeInstances'))).toEqual(['ec2:DescribeInstances']);
    expect(actionsOf(policiesOf('aws-sdk:sfn:listExecutions'))).toEqual(['states:ListExecutions']);
    expect(actionsOf(policiesOf('codebuild:startBuild.sync'))).toEqual(['codebuild:StartBuild', 'codebuild:DescribeBuild']);
    expect(iamAction('eventbridge', 'putRule', true)).toBe('events:PutRule');
  });
  it('activities need no permission', () => {
    expect(policiesOf('activity')).toEqual({ templates: [], statements: [] });
  });
  it('logging and tracing add the log delivery and X-Ray statements', () => {
    const d = policiesOf('activity', { logging: { level: 'ALL' }, tracing: true });
    expect(actionsOf(d)).toEqual(expect.arrayContaining(['logs:CreateLogDelivery', 'logs:DescribeLogGroups', 'xray:PutTraceSegments']));
  });
  it('a Distributed Map may start executions of its own state machine', () => {
    const def = JSON.parse(readFixture('sam', 'definitions', 'nested-distributed.asl.json')) as StateMachine;
    const d = buildSamTemplate(def, { name: 'Files' }).policies;
    const own = d.statements.find((s) => s.Action.includes('states:StartExecution'));
    expect(JSON.stringify(own?.Resource)).toContain('stateMachine:Files');
    expect(d.templates.map((t) => t.template)).toEqual(['LambdaInvokePolicy', 'S3ReadPolicy', 'S3WritePolicy', 'DynamoDBWritePolicy']);
  });
  it('without substitution values, read and write on unknown buckets widen to crud on *', () => {
    const def = buildSamTemplate(JSON.parse(readFixture('sam', 'definitions', 'nested-distributed.asl.json')) as StateMachine).definition;
    const d = derivePolicies(def, { substitutions: {}, literals: {}, resourceTypes: {} });
    expect(d.templates).toContainEqual({ template: 'S3CrudPolicy', parameters: { BucketName: '*' } });
    expect(d.statements.find((s) => s.Action.includes('states:StartExecution'))?.Resource).toBe('*');
  });
  it('expands templates into IAM statements for CloudFormation', () => {
    const statements = expandPolicies({ templates: [{ template: 'SQSSendMessagePolicy', parameters: { QueueName: 'q' } }], statements: [] });
    expect(statements).toEqual([{ Action: ['sqs:SendMessage*'], Effect: 'Allow', Resource: { 'Fn::Sub': ['arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${queueName}', { queueName: 'q' }] } }]);
  });
  it('the catalog can look up the template names of an integration', () => {
    expect(policyTemplatesFor('lambda:invoke')).toEqual(['LambdaInvokePolicy']);
    expect(policyTemplatesFor('dynamodb:transactWriteItems')).toEqual(['DynamoDBCrudPolicy']);
    expect(findRule('aws-sdk:ec2:describeInstances')).toBeUndefined();
  });
});
