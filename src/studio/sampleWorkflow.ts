import type { StateMachine } from '../asl/types';

/** The workflow a first visit opens with: small, but it shows Task, Choice, Catch and Fail. */
export const SAMPLE_WORKFLOW: StateMachine = {
  Comment: 'Process an order: check stock, charge, and notify',
  StartAt: 'Check stock',
  States: {
    'Check stock': {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Arguments: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:check-stock', Payload: '{% $states.input %}' },
      Output: '{% $states.result.Payload %}',
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
