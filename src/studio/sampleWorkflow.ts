import type { StateMachine } from '../asl/types';
import type { MockShorthand } from '../templates/types';

/**
 * The workflow a first visit opens with: small, but it shows Task, Choice, Catch and Fail.
 * Its first run, with the catalog's default mocks and any input, takes the happy path (the
 * stock check only says "out of stock" when its result has `inStock: false`); the failure paths
 * are the scenarios below, one click away in the Run panel.
 */
export const SAMPLE_WORKFLOW: StateMachine = {
  Comment: 'Process an order: check stock, charge, and notify',
  StartAt: 'Check stock',
  States: {
    'Check stock': {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Arguments: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:check-stock', Payload: '{% $states.input %}' },
      Output: '{% $merge([$states.input, { "inStock": $states.result.Payload.inStock = false ? false : true }]) %}',
      QueryLanguage: 'JSONata',
      Retry: [{ ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Order failed' }],
      Next: 'In stock?',
    },
    'In stock?': {
      Type: 'Choice',
      QueryLanguage: 'JSONata',
      Choices: [{ Condition: '{% $states.input.inStock = true %}', Next: 'Charge card' }],
      Default: 'Out of stock',
    },
    'Charge card': {
      Type: 'Task',
      Resource: 'arn:aws:states:::dynamodb:putItem',
      QueryLanguage: 'JSONata',
      Arguments: { TableName: 'Orders', Item: { orderId: { S: '{% $states.input.orderId %}' } } },
      Next: 'Notify customer',
    },
    'Notify customer': {
      Type: 'Task',
      Resource: 'arn:aws:states:::sns:publish',
      QueryLanguage: 'JSONata',
      Arguments: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', Message: '{% "Order " & $states.input.orderId & " confirmed" %}' },
      End: true,
    },
    'Out of stock': { Type: 'Fail', Error: 'OutOfStock', Cause: 'The item is not in stock' },
    'Order failed': { Type: 'Fail', Error: 'OrderFailed', Cause: 'Checking stock failed' },
  },
};

/** A ready-made run of the sample: its input and the mocks that lead down one path. */
export interface SampleScenario {
  name: string;
  description: string;
  input: unknown;
  mocks: MockShorthand;
  expectedStatus: 'SUCCEEDED' | 'FAILED';
}

const LAMBDA_OK = { StatusCode: 200, ExecutedVersion: '$LATEST' };

export const SAMPLE_SCENARIOS: readonly SampleScenario[] = [
  {
    name: 'Happy path',
    description: 'In stock: the card is charged and the customer notified.',
    input: { orderId: 'order-1001' },
    mocks: { 'Check stock': [{ Return: { ...LAMBDA_OK, Payload: { inStock: true } } }] },
    expectedStatus: 'SUCCEEDED',
  },
  {
    name: 'Out of stock',
    description: 'The stock check answers inStock: false; the Choice takes its Default to a Fail state.',
    input: { orderId: 'order-1002' },
    mocks: { 'Check stock': [{ Return: { ...LAMBDA_OK, Payload: { inStock: false } } }] },
    expectedStatus: 'FAILED',
  },
  {
    name: 'Stock service down',
    description: 'The stock check throws Lambda.ServiceException: three retries, then the Catch leads to "Order failed".',
    input: { orderId: 'order-1003' },
    mocks: { 'Check stock': [{ Throw: { Error: 'Lambda.ServiceException', Cause: 'The stock service is unavailable' } }] },
    expectedStatus: 'FAILED',
  },
];

/** The sample's scenarios when `definition` has the sample's states (the user may have edited it). */
export function scenariosFor(definition: StateMachine): readonly SampleScenario[] {
  const names = Object.keys(definition.States ?? {});
  const wanted = Object.keys(SAMPLE_WORKFLOW.States);
  return wanted.every((name) => names.includes(name)) && definition.States['Check stock']?.Type === 'Task' ? SAMPLE_SCENARIOS : [];
}

/** The input a first run starts with: the happy path's for the sample, `{}` otherwise. */
export function defaultInputFor(definition: StateMachine): string {
  const first = scenariosFor(definition)[0];
  return first ? JSON.stringify(first.input, null, 2) : '{}';
}
