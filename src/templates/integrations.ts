import type { StarterTemplate } from './types';

export const callbackApproval: StarterTemplate = {
  id: 'callback-approval',
  title: 'Human approval with a task token',
  description: 'Send an approval request to a queue and wait for a person to answer with the task token.',
  category: 'Integration patterns',
  input: { requestId: 'r-5', amount: 1200 },
  mocks: { 'Ask for approval': [{ Return: { approved: true, approver: 'sam@example.com' } }] },
  expectedStatus: 'SUCCEEDED',
  definition: {
    Comment: 'Human in the loop: wait for a callback',
    StartAt: 'Ask for approval',
    States: {
      'Ask for approval': {
        Type: 'Task',
        Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
        Parameters: {
          QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/approvals',
          MessageBody: { 'requestId.$': '$.requestId', 'amount.$': '$.amount', 'taskToken.$': '$$.Task.Token' },
        },
        HeartbeatSeconds: 3600,
        TimeoutSeconds: 86400,
        ResultPath: '$.decision',
        Next: 'Approved?',
      },
      'Approved?': {
        Type: 'Choice',
        Choices: [{ Variable: '$.decision.approved', BooleanEquals: true, Next: 'Approved' }],
        Default: 'Rejected',
      },
      Approved: { Type: 'Succeed' },
      Rejected: { Type: 'Fail', Error: 'Rejected', Cause: 'The request was not approved' },
    },
  },
};

export const pollJobStatus: StarterTemplate = {
  id: 'poll-job',
  title: 'Poll a job until it finishes',
  description: 'Start a job, then wait and check its status in a loop until it succeeds or fails.',
  category: 'Integration patterns',
  input: { jobName: 'nightly-report' },
  mocks: {
    'Submit job': [{ Return: { Payload: { jobId: 'job-1' }, StatusCode: 200 } }],
    'Get job status': [
      { Return: { Payload: { status: 'RUNNING' }, StatusCode: 200 } },
      { Return: { Payload: { status: 'RUNNING' }, StatusCode: 200 } },
      { Return: { Payload: { status: 'SUCCEEDED' }, StatusCode: 200 } },
    ],
  },
  expectedStatus: 'SUCCEEDED',
  definition: {
    Comment: 'Job poller',
    StartAt: 'Submit job',
    States: {
      'Submit job': {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:submit-job', 'Payload.$': '$' },
        ResultSelector: { 'jobId.$': '$.Payload.jobId' },
        ResultPath: '$.job',
        Next: 'Wait 30 seconds',
      },
      'Wait 30 seconds': { Type: 'Wait', Seconds: 30, Next: 'Get job status' },
      'Get job status': {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:job-status', 'Payload.$': '$.job' },
        ResultSelector: { 'status.$': '$.Payload.status' },
        ResultPath: '$.status',
        Next: 'Job complete?',
      },
      'Job complete?': {
        Type: 'Choice',
        Choices: [
          { Variable: '$.status.status', StringEquals: 'FAILED', Next: 'Job failed' },
          { Variable: '$.status.status', StringEquals: 'SUCCEEDED', Next: 'Job succeeded' },
        ],
        Default: 'Wait 30 seconds',
      },
      'Job failed': { Type: 'Fail', Error: 'JobFailed', Cause: 'The job reported FAILED' },
      'Job succeeded': { Type: 'Succeed' },
    },
  },
};

export const nestedWorkflow: StarterTemplate = {
  id: 'nested-workflow',
  title: 'Nested workflow',
  description: 'Start a child state machine and wait for it to finish (.sync:2), then use its output.',
  category: 'Integration patterns',
  input: { batch: 7 },
  mocks: {
    'Run child workflow': [{ Return: { Status: 'SUCCEEDED', Output: { processed: 120 }, ExecutionArn: 'arn:aws:states:us-east-1:123456789012:execution:child:run-7' } }],
  },
  expectedStatus: 'SUCCEEDED',
  definition: {
    Comment: 'Parent workflow starting a child',
    StartAt: 'Run child workflow',
    States: {
      'Run child workflow': {
        Type: 'Task',
        Resource: 'arn:aws:states:::states:startExecution.sync:2',
        Parameters: {
          StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:child',
          Input: { 'batch.$': '$.batch', 'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$': '$$.Execution.Id' },
        },
        ResultSelector: { 'processed.$': '$.Output.processed' },
        Next: 'Report',
      },
      Report: { Type: 'Pass', Parameters: { 'message.$': "States.Format('Child processed {} records', $.processed)" }, End: true },
    },
  },
};

export const contactForm: StarterTemplate = {
  id: 'contact-form',
  title: 'Contact form',
  description: 'Validate a submitted form, store it in DynamoDB and notify the team by SNS; any error ends in a Fail state.',
  category: 'Integration patterns',
  input: { email: 'ada@example.com', message: 'Hello!' },
  mocks: {
    'Validate input': [{ Return: { Payload: { valid: true }, StatusCode: 200 } }],
    'Save submission': [{ Return: { SdkHttpMetadata: { HttpStatusCode: 200 } } }],
    'Notify team': [{ Return: { MessageId: 'm-1' } }],
  },
  expectedStatus: 'SUCCEEDED',
  definition: {
    Comment: 'Contact form: validate, store, notify',
    StartAt: 'Validate input',
    States: {
      'Validate input': {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:validate-contact', 'Payload.$': '$' },
        ResultPath: null,
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Submission failed' }],
        Next: 'Save submission',
      },
      'Save submission': {
        Type: 'Task',
        Resource: 'arn:aws:states:::dynamodb:putItem',
        Parameters: { TableName: 'ContactSubmissions', Item: { email: { 'S.$': '$.email' }, message: { 'S.$': '$.message' } } },
        ResultPath: null,
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Submission failed' }],
        Next: 'Notify team',
      },
      'Notify team': {
        Type: 'Task',
        Resource: 'arn:aws:states:::sns:publish',
        Parameters: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:contact-team', 'Message.$': "States.Format('New message from {}', $.email)" },
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Submission failed' }],
        End: true,
      },
      'Submission failed': { Type: 'Fail', Error: 'ContactFormFailed', Cause: 'The submission could not be processed' },
    },
  },
};
