/**
 * Data from AWS SAM's `policy_templates.json` (github.com/aws/serverless-application-model,
 * samtranslator/policy_templates_data/policy_templates.json, version 0.0.1).
 *
 * NOTICE: Copyright Amazon.com, Inc. or its affiliates. Licensed under the Apache License,
 * Version 2.0 (see fixtures/sam/official/LICENSE). Kept as data: the names and parameters of all
 * templates, and the full definitions of the templates the exporter emits (needed to expand them
 * into plain IAM statements for CloudFormation, which has no SAM transform). `policyTemplates.test.ts`
 * checks this file against the official JSON.
 */

/** Every SAM policy template name with its parameter names (81 templates). */
export const POLICY_TEMPLATE_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  AMIDescribePolicy: [],
  AWSSecretsManagerGetSecretValuePolicy: ["SecretArn"],
  AWSSecretsManagerRotationPolicy: ["FunctionName"],
  AcmGetCertificatePolicy: ["CertificateArn"],
  AthenaQueryPolicy: ["WorkGroupName"],
  CloudFormationDescribeStacksPolicy: [],
  CloudWatchDashboardPolicy: [],
  CloudWatchDescribeAlarmHistoryPolicy: [],
  CloudWatchPutMetricPolicy: [],
  CodeCommitCrudPolicy: ["RepositoryName"],
  CodeCommitReadPolicy: ["RepositoryName"],
  CodePipelineLambdaExecutionPolicy: [],
  CodePipelineReadOnlyPolicy: ["PipelineName"],
  ComprehendBasicAccessPolicy: [],
  CostExplorerReadOnlyPolicy: [],
  DynamoDBBackupFullAccessPolicy: ["TableName"],
  DynamoDBCrudPolicy: ["TableName"],
  DynamoDBReadPolicy: ["TableName"],
  DynamoDBReconfigurePolicy: ["TableName"],
  DynamoDBRestoreFromBackupPolicy: ["TableName"],
  DynamoDBStreamReadPolicy: ["StreamName", "TableName"],
  DynamoDBWritePolicy: ["TableName"],
  EC2CopyImagePolicy: ["ImageId"],
  EC2DescribePolicy: [],
  EFSWriteAccessPolicy: ["AccessPoint", "FileSystem"],
  EKSDescribePolicy: [],
  EcsRunTaskPolicy: ["TaskDefinition"],
  ElasticMapReduceAddJobFlowStepsPolicy: ["ClusterId"],
  ElasticMapReduceCancelStepsPolicy: ["ClusterId"],
  ElasticMapReduceModifyInstanceFleetPolicy: ["ClusterId"],
  ElasticMapReduceModifyInstanceGroupsPolicy: ["ClusterId"],
  ElasticMapReduceSetTerminationProtectionPolicy: ["ClusterId"],
  ElasticMapReduceTerminateJobFlowsPolicy: ["ClusterId"],
  ElasticsearchHttpPostPolicy: ["DomainName"],
  EventBridgePutEventsPolicy: ["EventBusName"],
  FilterLogEventsPolicy: ["LogGroupName"],
  FirehoseCrudPolicy: ["DeliveryStreamName"],
  FirehoseWritePolicy: ["DeliveryStreamName"],
  KMSDecryptPolicy: ["KeyId"],
  KMSEncryptPolicy: ["KeyId"],
  KMSEncryptPolicy_v2: ["KeyId"],
  KinesisCrudPolicy: ["StreamName"],
  KinesisStreamReadPolicy: ["StreamName"],
  LambdaInvokePolicy: ["FunctionName"],
  MobileAnalyticsWriteOnlyAccessPolicy: [],
  OrganizationsListAccountsPolicy: [],
  PinpointEndpointAccessPolicy: ["PinpointApplicationId"],
  PollyFullAccessPolicy: ["LexiconName"],
  RekognitionDetectOnlyPolicy: [],
  RekognitionFacesManagementPolicy: ["CollectionId"],
  RekognitionFacesPolicy: [],
  RekognitionLabelsPolicy: [],
  RekognitionNoDataAccessPolicy: ["CollectionId"],
  RekognitionReadPolicy: ["CollectionId"],
  RekognitionWriteOnlyAccessPolicy: ["CollectionId"],
  Route53ChangeResourceRecordSetsPolicy: ["HostedZoneId"],
  S3CrudPolicy: ["BucketName"],
  S3FullAccessPolicy: ["BucketName"],
  S3ReadPolicy: ["BucketName"],
  S3WritePolicy: ["BucketName"],
  SESBulkTemplatedCrudPolicy: ["IdentityName"],
  SESBulkTemplatedCrudPolicy_v2: ["IdentityName", "TemplateName"],
  SESCrudPolicy: ["IdentityName"],
  SESEmailTemplateCrudPolicy: [],
  SESSendBouncePolicy: ["IdentityName"],
  SNSCrudPolicy: ["TopicName"],
  SNSPublishMessagePolicy: ["TopicName"],
  SQSPollerPolicy: ["QueueName"],
  SQSSendMessagePolicy: ["QueueName"],
  SSMParameterReadPolicy: ["ParameterName"],
  SSMParameterWithSlashPrefixReadPolicy: ["ParameterName"],
  SageMakerCreateEndpointConfigPolicy: ["EndpointConfigName"],
  SageMakerCreateEndpointPolicy: ["EndpointName"],
  ServerlessRepoReadWriteAccessPolicy: [],
  StepFunctionsCallbackPolicy: ["StateMachineName"],
  StepFunctionsExecutionPolicy: ["StateMachineName"],
  StepFunctionsExecutionPolicy_v2: ["StateMachineName"],
  TextractDetectAnalyzePolicy: [],
  TextractGetResultPolicy: [],
  TextractPolicy: [],
  VPCAccessPolicy: [],
};

/** Names of the templates whose statements are bundled below. */
export type BundledPolicyTemplate =
  | 'LambdaInvokePolicy'
  | 'DynamoDBCrudPolicy'
  | 'DynamoDBReadPolicy'
  | 'DynamoDBWritePolicy'
  | 'SQSSendMessagePolicy'
  | 'SNSPublishMessagePolicy'
  | 'StepFunctionsExecutionPolicy'
  | 'EventBridgePutEventsPolicy'
  | 'S3ReadPolicy'
  | 'S3WritePolicy'
  | 'S3CrudPolicy'
  | 'AthenaQueryPolicy';

/** Official `Definition` of each bundled template; `{ Ref: <Parameter> }` marks a parameter. */
export const POLICY_TEMPLATE_DEFINITIONS: Readonly<Record<BundledPolicyTemplate, { Statement: unknown[] }>> = {
  LambdaInvokePolicy: {"Statement": [{"Action": ["lambda:InvokeFunction"], "Effect": "Allow", "Resource": {"Fn::Sub": ["arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${functionName}*", {"functionName": {"Ref": "FunctionName"}}]}}]},
  DynamoDBCrudPolicy: {"Statement": [{"Action": ["dynamodb:GetItem", "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem", "dynamodb:BatchGetItem", "dynamodb:DescribeTable", "dynamodb:ConditionCheckItem"], "Effect": "Allow", "Resource": [{"Fn::Sub": ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}", {"tableName": {"Ref": "TableName"}}]}, {"Fn::Sub": ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}/index/*", {"tableName": {"Ref": "TableName"}}]}]}]},
  DynamoDBReadPolicy: {"Statement": [{"Action": ["dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:DescribeTable"], "Effect": "Allow", "Resource": [{"Fn::Sub": ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}", {"tableName": {"Ref": "TableName"}}]}, {"Fn::Sub": ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}/index/*", {"tableName": {"Ref": "TableName"}}]}]}]},
  DynamoDBWritePolicy: {"Statement": [{"Action": ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"], "Effect": "Allow", "Resource": [{"Fn::Sub": ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}", {"tableName": {"Ref": "TableName"}}]}, {"Fn::Sub": ["arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}/index/*", {"tableName": {"Ref": "TableName"}}]}]}]},
  SQSSendMessagePolicy: {"Statement": [{"Action": ["sqs:SendMessage*"], "Effect": "Allow", "Resource": {"Fn::Sub": ["arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${queueName}", {"queueName": {"Ref": "QueueName"}}]}}]},
  SNSPublishMessagePolicy: {"Statement": [{"Action": ["sns:Publish"], "Effect": "Allow", "Resource": {"Fn::Sub": ["arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${topicName}", {"topicName": {"Ref": "TopicName"}}]}}]},
  StepFunctionsExecutionPolicy: {"Statement": [{"Action": ["states:StartExecution"], "Effect": "Allow", "Resource": {"Fn::Sub": ["arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${stateMachineName}", {"stateMachineName": {"Ref": "StateMachineName"}}]}}]},
  EventBridgePutEventsPolicy: {"Statement": [{"Action": "events:PutEvents", "Effect": "Allow", "Resource": {"Fn::Sub": ["arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/${eventBusName}", {"eventBusName": {"Ref": "EventBusName"}}]}}]},
  S3ReadPolicy: {"Statement": [{"Action": ["s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:GetLifecycleConfiguration"], "Effect": "Allow", "Resource": [{"Fn::Sub": ["arn:${AWS::Partition}:s3:::${bucketName}", {"bucketName": {"Ref": "BucketName"}}]}, {"Fn::Sub": ["arn:${AWS::Partition}:s3:::${bucketName}/*", {"bucketName": {"Ref": "BucketName"}}]}]}]},
  S3WritePolicy: {"Statement": [{"Action": ["s3:PutObject", "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"], "Effect": "Allow", "Resource": [{"Fn::Sub": ["arn:${AWS::Partition}:s3:::${bucketName}", {"bucketName": {"Ref": "BucketName"}}]}, {"Fn::Sub": ["arn:${AWS::Partition}:s3:::${bucketName}/*", {"bucketName": {"Ref": "BucketName"}}]}]}]},
  S3CrudPolicy: {"Statement": [{"Action": ["s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration", "s3:DeleteObject"], "Effect": "Allow", "Resource": [{"Fn::Sub": ["arn:${AWS::Partition}:s3:::${bucketName}", {"bucketName": {"Ref": "BucketName"}}]}, {"Fn::Sub": ["arn:${AWS::Partition}:s3:::${bucketName}/*", {"bucketName": {"Ref": "BucketName"}}]}]}]},
  AthenaQueryPolicy: {"Statement": [{"Action": ["athena:ListWorkGroups", "athena:GetExecutionEngine", "athena:GetExecutionEngines", "athena:GetNamespace", "athena:GetCatalogs", "athena:GetNamespaces", "athena:GetTables", "athena:GetTable"], "Effect": "Allow", "Resource": "*"}, {"Action": ["athena:StartQueryExecution", "athena:GetQueryResults", "athena:DeleteNamedQuery", "athena:GetNamedQuery", "athena:ListQueryExecutions", "athena:StopQueryExecution", "athena:GetQueryResultsStream", "athena:ListNamedQueries", "athena:CreateNamedQuery", "athena:GetQueryExecution", "athena:BatchGetNamedQuery", "athena:BatchGetQueryExecution", "athena:GetWorkGroup"], "Effect": "Allow", "Resource": {"Fn::Sub": ["arn:${AWS::Partition}:athena:${AWS::Region}:${AWS::AccountId}:workgroup/${workgroupName}", {"workgroupName": {"Ref": "WorkGroupName"}}]}}]},
};
