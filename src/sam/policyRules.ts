/**
 * Which permissions each service integration needs: a data table from the integration (as written
 * in a Task `Resource`) to SAM policy templates and/or IAM actions. The catalog can read it to show
 * the policy an integration will get.
 */
import type { BundledPolicyTemplate } from './policyTemplates.data';
import type { ResourceKindId } from './resourceKinds';

/** A field of the task payload naming the resource an integration acts on. */
export interface TargetField {
  /** Field of `Parameters`/`Arguments` (without `.$`); `Entries[].EventBusName` walks an array. */
  field: string;
  kind: ResourceKindId;
  /** The value the service assumes when the field is absent (EventBridge's `default` bus). */
  absent?: string;
  /** false: the field names something not worth a `${Placeholder}` (Athena work group). */
  substitute?: boolean;
}

export interface IntegrationPolicyRule {
  /**
   * `service:action` of an optimized integration (`arn:aws:states:::service:action`), `service:*`
   * for all its actions, or `aws-sdk:service:action` / `aws-sdk:service:*` for SDK integrations.
   */
  integration: string;
  /** SAM policy template applied once per target (its single parameter takes the target's name). */
  template?: BundledPolicyTemplate;
  targets?: TargetField[];
  /** IAM actions granted by a `Statement` (Resource `*` unless `resourceArn` says otherwise). */
  actions?: string[];
  /** `Fn::Sub` pattern of the statement's Resource, `${name}` = a target's name. */
  resourceArn?: string;
  /** Extra permissions of the `.sync` pattern: polling actions and the managed EventBridge rule. */
  sync?: { actions: string[]; rule?: string; resourceArn?: string };
}

const lambdaTarget: TargetField[] = [{ field: 'FunctionName', kind: 'lambdaFunction' }];
const tableTarget: TargetField[] = [{ field: 'TableName', kind: 'dynamodbTable' }];
const bucketTarget: TargetField[] = [{ field: 'Bucket', kind: 's3Bucket' }];
const busTarget: TargetField[] = [{ field: 'Entries[].EventBusName', kind: 'eventBus', absent: 'default' }];
const machineTarget: TargetField[] = [{ field: 'StateMachineArn', kind: 'stateMachine' }];
const executionSync = {
  actions: ['states:DescribeExecution', 'states:StopExecution'],
  resourceArn: 'arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${name}:*',
  rule: 'StepFunctionsGetEventsForStepFunctionsExecutionRule',
};

const dynamoRead = ['getItem', 'query', 'scan', 'batchGetItem', 'describeTable'];
const dynamoWrite = ['putItem', 'updateItem', 'batchWriteItem'];
const s3Read = ['getObject', 'listObjectsV2', 'listObjects', 'headObject', 'getObjectAttributes'];
const s3Write = ['putObject'];

function dynamoRules(prefix: string): IntegrationPolicyRule[] {
  return [
    ...dynamoRead.map((a) => ({ integration: `${prefix}dynamodb:${a}`, template: 'DynamoDBReadPolicy' as const, targets: tableTarget })),
    ...dynamoWrite.map((a) => ({ integration: `${prefix}dynamodb:${a}`, template: 'DynamoDBWritePolicy' as const, targets: tableTarget })),
    { integration: `${prefix}dynamodb:*`, template: 'DynamoDBCrudPolicy', targets: tableTarget },
  ];
}

/** The table. The first rule whose `integration` matches wins (specific actions before `*`). */
export const INTEGRATION_POLICY_RULES: readonly IntegrationPolicyRule[] = [
  { integration: 'lambda:invoke', template: 'LambdaInvokePolicy', targets: lambdaTarget },
  { integration: 'aws-sdk:lambda:invoke', template: 'LambdaInvokePolicy', targets: lambdaTarget },
  ...dynamoRules(''),
  ...dynamoRules('aws-sdk:'),
  { integration: 'sqs:sendMessage', template: 'SQSSendMessagePolicy', targets: [{ field: 'QueueUrl', kind: 'sqsQueue' }] },
  { integration: 'aws-sdk:sqs:sendMessage', template: 'SQSSendMessagePolicy', targets: [{ field: 'QueueUrl', kind: 'sqsQueue' }] },
  { integration: 'sns:publish', template: 'SNSPublishMessagePolicy', targets: [{ field: 'TopicArn', kind: 'snsTopic' }, { field: 'TargetArn', kind: 'snsTopic' }] },
  { integration: 'aws-sdk:sns:publish', template: 'SNSPublishMessagePolicy', targets: [{ field: 'TopicArn', kind: 'snsTopic' }, { field: 'TargetArn', kind: 'snsTopic' }] },
  { integration: 'states:startExecution', template: 'StepFunctionsExecutionPolicy', targets: machineTarget, sync: executionSync },
  { integration: 'aws-sdk:sfn:startExecution', template: 'StepFunctionsExecutionPolicy', targets: machineTarget },
  { integration: 'events:putEvents', template: 'EventBridgePutEventsPolicy', targets: busTarget },
  { integration: 'aws-sdk:eventbridge:putEvents', template: 'EventBridgePutEventsPolicy', targets: busTarget },
  ...s3Read.map((a) => ({ integration: `s3:${a}`, template: 'S3ReadPolicy' as const, targets: bucketTarget })),
  ...s3Write.map((a) => ({ integration: `s3:${a}`, template: 'S3WritePolicy' as const, targets: bucketTarget })),
  ...s3Read.map((a) => ({ integration: `aws-sdk:s3:${a}`, template: 'S3ReadPolicy' as const, targets: bucketTarget })),
  ...s3Write.map((a) => ({ integration: `aws-sdk:s3:${a}`, template: 'S3WritePolicy' as const, targets: bucketTarget })),
  { integration: 'aws-sdk:s3:*', template: 'S3CrudPolicy', targets: bucketTarget },
  {
    integration: 'athena:*', template: 'AthenaQueryPolicy',
    targets: [{ field: 'WorkGroup', kind: 'arn', absent: 'primary', substitute: false }],
    // Query results go to S3 and tables live in the Glue Data Catalog.
    actions: ['s3:GetBucketLocation', 's3:GetObject', 's3:ListBucket', 's3:ListBucketMultipartUploads',
      's3:ListMultipartUploadParts', 's3:AbortMultipartUpload', 's3:CreateBucket', 's3:PutObject',
      'glue:GetDatabase', 'glue:GetDatabases', 'glue:GetTable', 'glue:GetTables', 'glue:GetPartition', 'glue:GetPartitions'],
  },
  {
    integration: 'ecs:runTask', actions: ['ecs:RunTask', 'iam:PassRole'],
    targets: [{ field: 'Cluster', kind: 'arn' }, { field: 'TaskDefinition', kind: 'arn' }],
    sync: { actions: ['ecs:StopTask', 'ecs:DescribeTasks'], rule: 'StepFunctionsGetEventsForECSTaskRule' },
  },
  {
    integration: 'batch:submitJob', actions: ['batch:SubmitJob'],
    targets: [{ field: 'JobQueue', kind: 'arn' }, { field: 'JobDefinition', kind: 'arn' }],
    sync: { actions: ['batch:DescribeJobs', 'batch:TerminateJob'], rule: 'StepFunctionsGetEventsForBatchJobsRule' },
  },
  {
    integration: 'glue:startJobRun', actions: ['glue:StartJobRun', 'glue:GetJobRun', 'glue:GetJobRuns', 'glue:BatchStopJobRun'],
    targets: [{ field: 'JobName', kind: 'glueJob' }],
    resourceArn: 'arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:job/${name}',
  },
  {
    integration: 'sagemaker:createTrainingJob', actions: ['sagemaker:CreateTrainingJob', 'sagemaker:AddTags', 'iam:PassRole'],
    sync: { actions: ['sagemaker:DescribeTrainingJob', 'sagemaker:StopTrainingJob'], rule: 'StepFunctionsGetEventsForSageMakerTrainingJobsRule' },
  },
  {
    integration: 'sagemaker:createTransformJob', actions: ['sagemaker:CreateTransformJob', 'sagemaker:AddTags'],
    sync: { actions: ['sagemaker:DescribeTransformJob', 'sagemaker:StopTransformJob'], rule: 'StepFunctionsGetEventsForSageMakerTransformJobsRule' },
  },
  {
    integration: 'bedrock:invokeModel', actions: ['bedrock:InvokeModel'],
    targets: [{ field: 'ModelId', kind: 'arn', substitute: false }],
    resourceArn: 'arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/${name}',
  },
  { integration: 'apigateway:invoke', actions: ['execute-api:Invoke', 'execute-api:ManageConnections'] },
  {
    integration: 'http:invoke',
    actions: ['states:InvokeHTTPEndpoint', 'events:RetrieveConnectionCredentials', 'secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
    targets: [{ field: 'Authentication.ConnectionArn', kind: 'arn' }],
  },
];

/** Statements for the state machine's own settings. */
export const LOG_DELIVERY_ACTIONS = [
  'logs:CreateLogDelivery', 'logs:GetLogDelivery', 'logs:UpdateLogDelivery', 'logs:DeleteLogDelivery',
  'logs:ListLogDeliveries', 'logs:PutResourcePolicy', 'logs:DescribeResourcePolicies', 'logs:DescribeLogGroups',
];
export const XRAY_ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets'];
/** A Distributed Map starts child executions of its own state machine. */
export const DISTRIBUTED_MAP_ACTIONS = ['states:StartExecution', 'states:DescribeExecution', 'states:StopExecution'];

/** SDK service names whose IAM prefix differs (aws-sdk:<service>:<action> → <prefix>:<Action>). */
export const SDK_IAM_PREFIX: Readonly<Record<string, string>> = {
  sfn: 'states', eventbridge: 'events', cloudwatchlogs: 'logs', elasticloadbalancingv2: 'elasticloadbalancing',
  sesv2: 'ses', apigatewayv2: 'apigateway', efs: 'elasticfilesystem', iotdata: 'iot', mediastoredata: 'mediastore',
  emrcontainers: 'emr-containers', emrserverless: 'emr-serverless', sagemakerruntime: 'sagemaker', bedrockruntime: 'bedrock',
  bedrockagentruntime: 'bedrock', costexplorer: 'ce', opensearch: 'es', databrew: 'databrew',
};

/** The rule for an integration key, or undefined (generic action statement). */
export function findRule(key: string): IntegrationPolicyRule | undefined {
  const exact = INTEGRATION_POLICY_RULES.find((r) => r.integration === key);
  if (exact) return exact;
  const service = key.slice(0, key.lastIndexOf(':'));
  return INTEGRATION_POLICY_RULES.find((r) => r.integration === `${service}:*`);
}

/** SAM policy template names a given integration uses (for the catalog's permission preview). */
export function policyTemplatesFor(key: string): string[] {
  const rule = findRule(key);
  return rule?.template ? [rule.template] : [];
}
