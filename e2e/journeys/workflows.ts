/** Workflows the journeys open: small, but with what makes a canvas hard to draw. */
import type { StateMachine } from '../../src/asl/types';

const LAMBDA = 'arn:aws:states:::lambda:invoke';

/** A polling loop (Task → Wait → Check → back to Wait), a Choice with 4 rules + Default, a Catch. */
export const POLLING: StateMachine = {
  Comment: 'Start a job and poll until it is done',
  StartAt: 'Start job',
  States: {
    'Start job': {
      Type: 'Task', Resource: LAMBDA, Parameters: { FunctionName: 'start-job', 'Payload.$': '$' },
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Job failed', ResultPath: '$.error' }],
      Next: 'Wait a bit',
    },
    'Wait a bit': { Type: 'Wait', Seconds: 5, Next: 'Get status' },
    'Get status': { Type: 'Task', Resource: LAMBDA, Parameters: { FunctionName: 'get-status', 'Payload.$': '$' }, ResultPath: '$.status', Next: 'Job done?' },
    'Job done?': {
      Type: 'Choice',
      Choices: [
        { Variable: '$.status', StringEquals: 'SUCCEEDED', Next: 'Done' },
        { Variable: '$.status', StringEquals: 'FAILED', Next: 'Job failed' },
        { Variable: '$.status', StringEquals: 'RUNNING', Next: 'Wait a bit' },
        { Variable: '$.attempts', NumericGreaterThan: 20, Next: 'Job failed' },
      ],
      Default: 'Wait a bit',
    },
    Done: { Type: 'Succeed' },
    'Job failed': { Type: 'Fail', Error: 'JobFailed', Cause: 'The job failed' },
  },
};

/**
 * A long chain, then a Choice fanning out to four ends: the fitted view is as tall as the pane
 * and its wide last row reaches the bottom right, where the minimap is.
 */
export const TALL_FORK: StateMachine = {
  StartAt: 'Step 1',
  States: {
    'Step 1': { Type: 'Pass', Next: 'Step 2' },
    'Step 2': { Type: 'Pass', Next: 'Step 3' },
    'Step 3': { Type: 'Pass', Next: 'Step 4' },
    'Step 4': { Type: 'Pass', Next: 'Step 5' },
    'Step 5': { Type: 'Pass', Next: 'Route' },
    Route: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.kind', StringEquals: 'a', Next: 'End A' },
        { Variable: '$.kind', StringEquals: 'b', Next: 'End B' },
        { Variable: '$.kind', StringEquals: 'c', Next: 'End C' },
      ],
      Default: 'End D',
    },
    'End A': { Type: 'Succeed' },
    'End B': { Type: 'Succeed' },
    'End C': { Type: 'Fail', Error: 'C' },
    'End D': { Type: 'Fail', Error: 'D' },
  },
};

const CONTACT_ACCOUNT = 'arn:aws:lambda:us-east-1:123456789012';

/**
 * The classic contact-form workflow (issue 4's proof): what e2e/contact-form.spec.ts builds by mouse
 * and keyboard-only.spec.ts builds by keyboard alone.
 */
export const CONTACT_FORM: StateMachine = {
  Comment: 'Contact form: validate, store, notify',
  StartAt: 'Validate input',
  States: {
    'Validate input': {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: `${CONTACT_ACCOUNT}:function:validate-contact-form`, 'Payload.$': '$' },
      // Lambda Invoke's default retrier and OutputPath come with the palette item, as in Workflow Studio.
      Retry: [{ ErrorEquals: ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2, JitterStrategy: 'FULL' }],
      OutputPath: '$.Payload',
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Reject', ResultPath: '$.error' }],
      Next: 'Save message',
    },
    'Save message': {
      Type: 'Task',
      Resource: 'arn:aws:states:::dynamodb:putItem',
      Parameters: {
        TableName: 'ContactMessages',
        Item: { id: { 'S.$': '$.id' }, email: { 'S.$': '$.email' }, message: { 'S.$': '$.message' } },
      },
      ResultPath: null,
      Next: 'Notify team',
    },
    'Notify team': {
      Type: 'Task',
      Resource: 'arn:aws:states:::sns:publish',
      Parameters: {
        TopicArn: 'arn:aws:sns:us-east-1:123456789012:contact-form',
        Subject: 'New contact form message',
        'Message.$': '$.message',
      },
      End: true,
    },
    Reject: { Type: 'Fail', Error: 'InvalidContactForm', Cause: 'The contact form did not pass validation' },
  },
};
