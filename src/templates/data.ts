import type { StarterTemplate } from './types';

export const distributedMapCsv: StarterTemplate = {
  id: 'distributed-map-csv',
  title: 'Distributed Map over a CSV file',
  description: 'Read rows of a CSV object in S3 with a distributed Map, in batches, tolerating a few failed rows.',
  category: 'Data',
  input: { bucket: 'my-data-bucket', key: 'imports/customers.csv' },
  // The ItemReader's rows are mocked under the Map state's name, as Step Functions Local does.
  mocks: {
    'Process rows': [{ Return: 'id,name,country\n1,Ada,UK\n2,Grace,US\n3,Linus,FI\n4,Margaret,US\n5,Tim,UK\n' }],
  },
  expectedStatus: 'SUCCEEDED',
  definition: {
    Comment: 'Distributed Map over CSV rows',
    StartAt: 'Process rows',
    States: {
      'Process rows': {
        Type: 'Map',
        ItemReader: {
          Resource: 'arn:aws:states:::s3:getObject',
          ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' },
          Parameters: { 'Bucket.$': '$.bucket', 'Key.$': '$.key' },
        },
        ItemBatcher: { MaxItemsPerBatch: 2 },
        MaxConcurrency: 10,
        ToleratedFailurePercentage: 10,
        Label: 'CsvRows',
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
          StartAt: 'Count batch',
          States: {
            'Count batch': { Type: 'Pass', Parameters: { 'rows.$': 'States.ArrayLength($.Items)' }, End: true },
          },
        },
        ResultSelector: { 'batches.$': 'States.ArrayLength($)' },
        End: true,
      },
    },
  },
};

export const jsonataVariables: StarterTemplate = {
  id: 'jsonata-variables',
  title: 'JSONata with variables',
  description: 'A JSONata workflow that keeps a running total in a variable with Assign and shapes its output with expressions.',
  category: 'Data',
  input: { cart: [{ name: 'Book', price: 12.5, qty: 2 }, { name: 'Pen', price: 1.2, qty: 10 }], coupon: 'TEN' },
  mocks: {},
  expectedStatus: 'SUCCEEDED',
  definition: {
    Comment: 'JSONata expressions and variables',
    QueryLanguage: 'JSONata',
    StartAt: 'Compute subtotal',
    States: {
      'Compute subtotal': {
        Type: 'Pass',
        Assign: { subtotal: '{% $sum($states.input.cart.(price * qty)) %}', coupon: '{% $states.input.coupon %}' },
        Next: 'Has coupon?',
      },
      'Has coupon?': {
        Type: 'Choice',
        Choices: [{ Condition: "{% $coupon = 'TEN' %}", Assign: { discount: '{% $subtotal * 0.1 %}' }, Next: 'Build receipt' }],
        Default: 'No discount',
      },
      'No discount': { Type: 'Pass', Assign: { discount: 0 }, Next: 'Build receipt' },
      'Build receipt': {
        Type: 'Pass',
        Output: { subtotal: '{% $subtotal %}', discount: '{% $discount %}', total: '{% $round($subtotal - $discount, 2) %}', items: '{% $count($states.input.cart) %}' },
        End: true,
      },
    },
  },
};
