/**
 * The service integrations the palette offers (Step Functions developer guide, "Integrating
 * services"): optimized integrations, the HTTP task and the generic AWS SDK integration.
 * Request fields follow each service's API; mock results follow each API's response shape.
 */
import type { IntegrationCategory, IntegrationEntry, IntegrationPattern } from './types';

interface Spec {
  service: string;
  action: string;
  serviceLabel: string;
  actionLabel: string;
  description: string;
  icon?: string;
  category: IntegrationCategory;
  popular?: boolean;
  /** Overrides `arn:aws:states:::<service>:<action>`. */
  resource?: string;
  patterns: IntegrationPattern[];
  /** Request fields; JSONPath `Parameters` and JSONata `Arguments` are derived unless given. */
  request: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  arguments?: Record<string, unknown>;
  mockResult: unknown;
  defaultStateName: string;
}

function define(spec: Spec): IntegrationEntry {
  const label = `${spec.serviceLabel}: ${spec.actionLabel}`;
  return {
    id: `${spec.service}:${spec.action}`,
    service: spec.service,
    action: spec.action,
    serviceLabel: spec.serviceLabel,
    actionLabel: spec.actionLabel,
    label,
    description: spec.description,
    icon: spec.icon ?? spec.service,
    category: spec.category,
    ...(spec.popular ? { popular: true } : {}),
    resource: spec.resource ?? `arn:aws:states:::${spec.service}:${spec.action}`,
    patterns: spec.patterns,
    parameters: spec.parameters ?? spec.request,
    arguments: spec.arguments ?? spec.request,
    mockResult: spec.mockResult,
    defaultStateName: spec.defaultStateName,
  };
}

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

export const INTEGRATIONS: readonly IntegrationEntry[] = [
  define({
    service: 'lambda', actionLabel: 'Invoke', action: 'invoke', serviceLabel: 'Lambda', category: 'Compute', popular: true,
    description: 'Invoke a Lambda function', patterns: ['request-response', 'waitForTaskToken'],
    request: {},
    parameters: { FunctionName: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:MyFunction:$LATEST`, 'Payload.$': '$' },
    arguments: { FunctionName: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:MyFunction:$LATEST`, Payload: '{% $states.input %}' },
    mockResult: { ExecutedVersion: '$LATEST', Payload: { statusCode: 200, body: 'ok' }, SdkHttpMetadata: { HttpStatusCode: 200 }, StatusCode: 200 },
    defaultStateName: 'Lambda Invoke',
  }),
  define({
    service: 'sns', action: 'publish', serviceLabel: 'SNS', actionLabel: 'Publish', category: 'Messaging', popular: true,
    description: 'Publish a message to an SNS topic', patterns: ['request-response', 'waitForTaskToken'],
    request: {},
    parameters: { TopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:MyTopic`, 'Message.$': '$' },
    arguments: { TopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:MyTopic`, Message: '{% $states.input %}' },
    mockResult: { MessageId: '5b6a3c2e-0000-4f6f-9c1b-7d0c1e2f3a4b', SdkHttpMetadata: { HttpStatusCode: 200 } },
    defaultStateName: 'SNS Publish',
  }),
  define({
    service: 'sqs', action: 'sendMessage', serviceLabel: 'SQS', actionLabel: 'SendMessage', category: 'Messaging', popular: true,
    description: 'Send a message to an SQS queue (optionally wait for a task token)', patterns: ['request-response', 'waitForTaskToken'],
    request: {},
    parameters: { QueueUrl: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/MyQueue`, 'MessageBody.$': '$' },
    arguments: { QueueUrl: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/MyQueue`, MessageBody: '{% $states.input %}' },
    mockResult: { MD5OfMessageBody: 'd41d8cd98f00b204e9800998ecf8427e', MessageId: '0e7f3a0c-1111-4b1c-8c55-2f9d1e0a7b6c' },
    defaultStateName: 'SQS SendMessage',
  }),
  ...(['getItem', 'putItem', 'updateItem', 'deleteItem'] as const).map((action) => dynamo(action)),
  define({
    service: 'aws-sdk', action: 'dynamodb:query', serviceLabel: 'DynamoDB', actionLabel: 'Query', category: 'Database', icon: 'dynamodb',
    resource: 'arn:aws:states:::aws-sdk:dynamodb:query', description: 'Query a DynamoDB table (AWS SDK integration)', patterns: ['request-response'],
    request: { TableName: 'MyTable', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'value' } } },
    mockResult: { Count: 1, Items: [{ pk: { S: 'value' } }], ScannedCount: 1 },
    defaultStateName: 'DynamoDB Query',
  }),
  define({
    service: 'events', action: 'putEvents', serviceLabel: 'EventBridge', actionLabel: 'PutEvents', category: 'Messaging', icon: 'eventbridge', popular: true,
    description: 'Send custom events to an event bus', patterns: ['request-response', 'waitForTaskToken'],
    request: {},
    parameters: { Entries: [{ 'Detail.$': '$', DetailType: 'MyDetailType', EventBusName: 'default', Source: 'my.source' }] },
    arguments: { Entries: [{ Detail: '{% $states.input %}', DetailType: 'MyDetailType', EventBusName: 'default', Source: 'my.source' }] },
    mockResult: { Entries: [{ EventId: '11710aed-b79e-4468-a20b-bb3c0c3b4860' }], FailedEntryCount: 0 },
    defaultStateName: 'EventBridge PutEvents',
  }),
  define({
    service: 'states', action: 'startExecution', serviceLabel: 'Step Functions', actionLabel: 'StartExecution', category: 'Workflow', icon: 'stepfunctions', popular: true,
    description: 'Start a nested state machine execution (wait for it with .sync)', patterns: ['request-response', 'sync', 'sync:2', 'waitForTaskToken'],
    request: {},
    parameters: { StateMachineArn: `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:MyStateMachine`, 'Input.$': '$' },
    arguments: { StateMachineArn: `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:MyStateMachine`, Input: '{% $states.input %}' },
    mockResult: { ExecutionArn: `arn:aws:states:${REGION}:${ACCOUNT}:execution:MyStateMachine:run-1`, StartDate: '2024-01-01T00:00:00.000Z' },
    defaultStateName: 'Step Functions StartExecution',
  }),
  define({
    service: 'ecs', action: 'runTask', serviceLabel: 'ECS', actionLabel: 'RunTask', category: 'Compute',
    description: 'Run an Amazon ECS or Fargate task', patterns: ['sync', 'request-response', 'waitForTaskToken'],
    request: { LaunchType: 'FARGATE', Cluster: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/MyCluster`, TaskDefinition: `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/MyTask:1` },
    mockResult: { Tasks: [{ LastStatus: 'STOPPED', StopCode: 'EssentialContainerExited', Containers: [{ ExitCode: 0 }] }] },
    defaultStateName: 'ECS RunTask',
  }),
  define({
    service: 'batch', action: 'submitJob', serviceLabel: 'Batch', actionLabel: 'SubmitJob', category: 'Compute',
    description: 'Submit an AWS Batch job', patterns: ['sync', 'request-response'],
    request: { JobDefinition: `arn:aws:batch:${REGION}:${ACCOUNT}:job-definition/MyJob:1`, JobName: 'my-job', JobQueue: `arn:aws:batch:${REGION}:${ACCOUNT}:job-queue/MyQueue` },
    mockResult: { JobId: '4ad9b46f-0000-4a0f-9a3c-1234567890ab', JobName: 'my-job', Status: 'SUCCEEDED' },
    defaultStateName: 'Batch SubmitJob',
  }),
  define({
    service: 'glue', action: 'startJobRun', serviceLabel: 'Glue', actionLabel: 'StartJobRun', category: 'Analytics',
    description: 'Start an AWS Glue job run', patterns: ['sync', 'request-response'],
    request: { JobName: 'MyGlueJob' },
    mockResult: { Id: 'jr_0123456789abcdef', JobName: 'MyGlueJob', JobRunState: 'SUCCEEDED' },
    defaultStateName: 'Glue StartJobRun',
  }),
  define({
    service: 'athena', action: 'startQueryExecution', serviceLabel: 'Athena', actionLabel: 'StartQueryExecution', category: 'Analytics',
    description: 'Run an Athena SQL query', patterns: ['sync', 'request-response'],
    request: { QueryString: 'SELECT 1', WorkGroup: 'primary' },
    mockResult: { QueryExecution: { QueryExecutionId: 'a1b2c3d4-0000-4e5f-8a9b-0c1d2e3f4a5b', Status: { State: 'SUCCEEDED' } } },
    defaultStateName: 'Athena StartQueryExecution',
  }),
  define({
    service: 'sagemaker', action: 'createTrainingJob', serviceLabel: 'SageMaker', actionLabel: 'CreateTrainingJob', category: 'Machine learning',
    description: 'Train a SageMaker model', patterns: ['sync', 'request-response'],
    request: {
      TrainingJobName: 'my-training-job',
      AlgorithmSpecification: { TrainingImage: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/my-image:latest`, TrainingInputMode: 'File' },
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/SageMakerRole`,
      OutputDataConfig: { S3OutputPath: 's3://my-bucket/output' },
      ResourceConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large', VolumeSizeInGB: 10 },
      StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    },
    mockResult: { TrainingJobArn: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:training-job/my-training-job`, TrainingJobStatus: 'Completed' },
    defaultStateName: 'SageMaker CreateTrainingJob',
  }),
  define({
    service: 'bedrock', action: 'invokeModel', serviceLabel: 'Bedrock', actionLabel: 'InvokeModel', category: 'Machine learning', popular: true,
    description: 'Invoke a foundation model', patterns: ['request-response'],
    request: {},
    parameters: { ModelId: `arn:aws:bedrock:${REGION}::foundation-model/amazon.titan-text-express-v1`, Body: { 'inputText.$': '$.prompt' } },
    arguments: { ModelId: `arn:aws:bedrock:${REGION}::foundation-model/amazon.titan-text-express-v1`, Body: { inputText: '{% $states.input.prompt %}' } },
    mockResult: { Body: { results: [{ outputText: 'Hello from the model', completionReason: 'FINISH' }] }, ContentType: 'application/json' },
    defaultStateName: 'Bedrock InvokeModel',
  }),
  define({
    service: 'apigateway', action: 'invoke', serviceLabel: 'API Gateway', actionLabel: 'Invoke', category: 'Integration', icon: 'apigateway',
    description: 'Call an API Gateway REST API', patterns: ['request-response', 'waitForTaskToken'],
    request: { ApiEndpoint: `abc123.execute-api.${REGION}.amazonaws.com`, Method: 'GET', Stage: 'prod', Path: '/items', AuthType: 'NO_AUTH' },
    mockResult: { Headers: { 'Content-Type': ['application/json'] }, ResponseBody: { items: [] }, StatusCode: 200, StatusText: 'OK' },
    defaultStateName: 'API Gateway Invoke',
  }),
  define({
    service: 'aws-sdk', action: 'sesv2:sendEmail', serviceLabel: 'SES', actionLabel: 'SendEmail', category: 'Messaging', icon: 'ses', popular: true,
    resource: 'arn:aws:states:::aws-sdk:sesv2:sendEmail', description: 'Send an email with Amazon SES (AWS SDK integration)', patterns: ['request-response'],
    request: {},
    parameters: { FromEmailAddress: 'sender@example.com', Destination: { ToAddresses: ['recipient@example.com'] }, Content: { Simple: { Subject: { Data: 'Hello' }, Body: { Text: { 'Data.$': '$.message' } } } } },
    arguments: { FromEmailAddress: 'sender@example.com', Destination: { ToAddresses: ['recipient@example.com'] }, Content: { Simple: { Subject: { Data: 'Hello' }, Body: { Text: { Data: '{% $states.input.message %}' } } } } },
    mockResult: { MessageId: '010001234567890a-abcdef01-2345-6789-abcd-ef0123456789-000000' },
    defaultStateName: 'SES SendEmail',
  }),
  define({
    service: 'http', action: 'invoke', serviceLabel: 'HTTP', actionLabel: 'Invoke', category: 'Integration', icon: 'http', popular: true,
    description: 'Call a third-party HTTPS API (EventBridge connection for auth)', patterns: ['request-response'],
    request: { ApiEndpoint: 'https://api.example.com/items', Method: 'GET', Authentication: { ConnectionArn: `arn:aws:events:${REGION}:${ACCOUNT}:connection/MyConnection/00000000-0000-0000-0000-000000000000` } },
    mockResult: { Headers: { 'content-type': ['application/json'] }, ResponseBody: { ok: true }, StatusCode: 200, StatusText: 'OK' },
    defaultStateName: 'Call HTTPS API',
  }),
  define({
    service: 'aws-sdk', action: '*', serviceLabel: 'AWS SDK', actionLabel: 'Any API', category: 'Integration', icon: 'aws-sdk',
    resource: 'arn:aws:states:::aws-sdk:s3:listBuckets', description: 'Call any AWS API: arn:aws:states:::aws-sdk:<service>:<action>', patterns: ['request-response', 'waitForTaskToken'],
    request: {},
    mockResult: {},
    defaultStateName: 'AWS SDK call',
  }),
];

function dynamo(action: 'getItem' | 'putItem' | 'updateItem' | 'deleteItem'): IntegrationEntry {
  const actionLabel = action[0]!.toUpperCase() + action.slice(1);
  const key = { pk: { S: 'value' } };
  const requests: Record<typeof action, { parameters: Record<string, unknown>; arguments: Record<string, unknown>; mock: unknown }> = {
    getItem: { parameters: { TableName: 'MyTable', Key: key }, arguments: { TableName: 'MyTable', Key: key }, mock: { Item: { pk: { S: 'value' } } } },
    putItem: {
      parameters: { TableName: 'MyTable', Item: { pk: { 'S.$': '$.id' } } },
      arguments: { TableName: 'MyTable', Item: { pk: { S: '{% $states.input.id %}' } } },
      mock: { SdkHttpMetadata: { HttpStatusCode: 200 } },
    },
    updateItem: {
      parameters: { TableName: 'MyTable', Key: key, UpdateExpression: 'SET #s = :s', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':s': { S: 'done' } } },
      arguments: { TableName: 'MyTable', Key: key, UpdateExpression: 'SET #s = :s', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':s': { S: 'done' } } },
      mock: { SdkHttpMetadata: { HttpStatusCode: 200 } },
    },
    deleteItem: { parameters: { TableName: 'MyTable', Key: key }, arguments: { TableName: 'MyTable', Key: key }, mock: { SdkHttpMetadata: { HttpStatusCode: 200 } } },
  };
  const r = requests[action];
  return define({
    service: 'dynamodb', action, serviceLabel: 'DynamoDB', actionLabel, category: 'Database', popular: action === 'putItem' || action === 'getItem',
    description: `${actionLabel} on a DynamoDB table`, patterns: ['request-response'],
    request: {}, parameters: r.parameters, arguments: r.arguments,
    mockResult: r.mock,
    defaultStateName: `DynamoDB ${actionLabel}`,
  });
}
