import type { StarterTemplate } from './types';

export const helloWorld: StarterTemplate = {
  id: 'hello-world',
  title: 'Hello world',
  description: 'A Pass state that shapes a greeting, then succeeds. The smallest workflow that runs.',
  category: 'Basics',
  input: { name: 'World' },
  mocks: {},
  expectedStatus: 'SUCCEEDED',
  definition: {
    Comment: 'Hello world',
    StartAt: 'Greet',
    States: {
      Greet: { Type: 'Pass', Parameters: { 'greeting.$': "States.Format('Hello, {}!', $.name)" }, Next: 'Done' },
      Done: { Type: 'Succeed' },
    },
  },
};

export const choiceBranching: StarterTemplate = {
  id: 'choice-branching',
  title: 'Choice branching',
  description: 'Route an order by its amount with Choice rules and a Default branch.',
  category: 'Flow',
  input: { orderId: 'o-17', amount: 240 },
  mocks: {},
  expectedStatus: 'SUCCEEDED',
  definition: {
    Comment: 'Route orders by amount',
    StartAt: 'Check amount',
    States: {
      'Check amount': {
        Type: 'Choice',
        Choices: [
          { Variable: '$.amount', NumericGreaterThanEquals: 1000, Next: 'Needs review' },
          { And: [{ Variable: '$.amount', NumericGreaterThan: 100 }, { Variable: '$.amount', NumericLessThan: 1000 }], Next: 'Standard handling' },
        ],
        Default: 'Fast track',
      },
      'Needs review': { Type: 'Pass', Result: 'review', ResultPath: '$.route', End: true },
      'Standard handling': { Type: 'Pass', Result: 'standard', ResultPath: '$.route', End: true },
      'Fast track': { Type: 'Pass', Result: 'fast', ResultPath: '$.route', End: true },
    },
  },
};

export const parallelBranches: StarterTemplate = {
  id: 'parallel',
  title: 'Parallel branches',
  description: 'Look up a customer and their orders at the same time, then merge the results.',
  category: 'Flow',
  input: { customerId: 'c-42' },
  mocks: {
    'Get customer': [{ Return: { Item: { id: { S: 'c-42' }, name: { S: 'Ada' } } } }],
    'Get orders': [{ Return: { Payload: { orders: [{ id: 'o-1' }, { id: 'o-2' }] }, StatusCode: 200 } }],
  },
  expectedStatus: 'SUCCEEDED',
  definition: {
    Comment: 'Fan out and merge',
    StartAt: 'Fetch in parallel',
    States: {
      'Fetch in parallel': {
        Type: 'Parallel',
        Branches: [
          {
            StartAt: 'Get customer',
            States: {
              'Get customer': {
                Type: 'Task',
                Resource: 'arn:aws:states:::dynamodb:getItem',
                Parameters: { TableName: 'Customers', Key: { id: { 'S.$': '$.customerId' } } },
                ResultSelector: { 'name.$': '$.Item.name.S' },
                End: true,
              },
            },
          },
          {
            StartAt: 'Get orders',
            States: {
              'Get orders': {
                Type: 'Task',
                Resource: 'arn:aws:states:::lambda:invoke',
                Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:list-orders', 'Payload.$': '$' },
                OutputPath: '$.Payload',
                End: true,
              },
            },
          },
        ],
        ResultSelector: { 'customer.$': '$[0]', 'orders.$': '$[1].orders' },
        Next: 'Summary',
      },
      Summary: { Type: 'Pass', Parameters: { 'name.$': '$.customer.name', 'orderCount.$': 'States.ArrayLength($.orders)' }, End: true },
    },
  },
};

export const mapOverItems: StarterTemplate = {
  id: 'map-over-items',
  title: 'Map over items',
  description: 'Process every item of an array with an inline Map, two at a time, and collect the results.',
  category: 'Flow',
  input: { items: [{ sku: 'A', qty: 2, price: 5 }, { sku: 'B', qty: 1, price: 12 }, { sku: 'C', qty: 4, price: 1.5 }] },
  mocks: {},
  expectedStatus: 'SUCCEEDED',
  definition: {
    Comment: 'Price each line item',
    StartAt: 'Price items',
    States: {
      'Price items': {
        Type: 'Map',
        ItemsPath: '$.items',
        MaxConcurrency: 2,
        ItemSelector: { 'index.$': '$$.Map.Item.Index', 'item.$': '$$.Map.Item.Value' },
        ItemProcessor: {
          ProcessorConfig: { Mode: 'INLINE' },
          StartAt: 'Line total',
          States: {
            'Line total': {
              Type: 'Pass',
              Parameters: { 'sku.$': '$.item.sku', 'position.$': '$.index', 'quantity.$': '$.item.qty' },
              End: true,
            },
          },
        },
        ResultPath: '$.lines',
        Next: 'Count lines',
      },
      'Count lines': { Type: 'Pass', Parameters: { 'lines.$': '$.lines', 'count.$': 'States.ArrayLength($.lines)' }, End: true },
    },
  },
};
