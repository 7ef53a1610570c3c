/**
 * Patterns: ready-made multi-state blocks for the palette's Patterns tab. A block's states use
 * base names (made unique on insertion) and the placeholder EXIT for "whatever follows the
 * insertion point".
 */
import type { QueryLanguage, State } from '../asl/types';

/** Stands for the block's successor: the state after the insertion point, or the end. */
export const EXIT = '\u0000exit';

export interface PatternBlock {
  /** First state (the one wired into the insertion point). */
  entry: string;
  states: [string, State][];
}

export interface PatternEntry {
  id: string;
  label: string;
  description: string;
  icon: string;
  build(queryLanguage: QueryLanguage): PatternBlock;
}

const FUNCTION = 'arn:aws:lambda:us-east-1:123456789012:function:MyFunction:$LATEST';

function lambdaTask(ql: QueryLanguage, next: string | undefined, extra: Partial<State> = {}): State {
  return {
    Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke',
    ...(ql === 'JSONata'
      ? { Arguments: { FunctionName: FUNCTION, Payload: '{% $states.input %}' }, Output: '{% $states.result.Payload %}' }
      : { Parameters: { FunctionName: FUNCTION, 'Payload.$': '$' }, OutputPath: '$.Payload' }),
    ...(next === undefined ? { End: true } : { Next: next }),
    ...extra,
  } as State;
}

const TRANSIENT_RETRY = [{ ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException', 'States.Timeout'], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2, JitterStrategy: 'FULL' as const }];

export const PATTERNS: readonly PatternEntry[] = [
  {
    id: 'retry-with-fallback', label: 'Retry with fallback', icon: 'retry',
    description: 'A task retried on transient errors, with a fallback state when it keeps failing',
    build: (ql) => ({
      entry: 'Call service',
      states: [
        ['Call service', lambdaTask(ql, EXIT, { Retry: TRANSIENT_RETRY, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Fallback', ...(ql === 'JSONPath' ? { ResultPath: '$.error' } : {}) }] })],
        ['Fallback', { Type: 'Pass', ...(ql === 'JSONata' ? { Output: { fallback: true } } : { Result: { fallback: true } }), Next: EXIT }],
      ],
    }),
  },
  {
    id: 'saga-step', label: 'Saga step with compensation', icon: 'saga',
    description: 'Do a step; if it fails, run its compensating action and fail the saga',
    build: (ql) => ({
      entry: 'Do step',
      states: [
        ['Do step', lambdaTask(ql, EXIT, { Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Compensate step', ...(ql === 'JSONPath' ? { ResultPath: '$.error' } : {}) }] })],
        ['Compensate step', lambdaTask(ql, 'Saga failed', { Retry: TRANSIENT_RETRY })],
        ['Saga failed', { Type: 'Fail', Error: 'SagaFailed', Cause: 'A step failed and was compensated' }],
      ],
    }),
  },
  {
    id: 'map-over-items', label: 'Map over items', icon: 'map',
    description: 'Run the same steps for every item of an array',
    build: (ql) => ({
      entry: 'Process items',
      states: [['Process items', {
        Type: 'Map', ...(ql === 'JSONata' ? { Items: '{% $states.input.items %}' } : { ItemsPath: '$.items' }), MaxConcurrency: 10,
        ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Process item', States: { 'Process item': lambdaTask(ql, undefined) } },
        Next: EXIT,
      } as State]],
    }),
  },
  {
    id: 'callback-task-token', label: 'Callback with task token', icon: 'callback',
    description: 'Send a task token to a queue and wait until a worker calls SendTaskSuccess',
    build: (ql) => ({
      entry: 'Wait for callback',
      states: [['Wait for callback', {
        Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
        ...(ql === 'JSONata'
          ? { Arguments: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/MyQueue', MessageBody: { TaskToken: '{% $states.context.Task.Token %}', Input: '{% $states.input %}' } } }
          : { Parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/MyQueue', MessageBody: { 'TaskToken.$': '$$.Task.Token', 'Input.$': '$' } } }),
        TimeoutSeconds: 3600, HeartbeatSeconds: 600,
        Next: EXIT,
      } as State]],
    }),
  },
  {
    id: 'distributed-map-s3-csv', label: 'Distributed Map over S3 CSV', icon: 'map',
    description: 'Process every row of a CSV file in S3 with child workflow executions',
    build: (ql) => ({
      entry: 'Process CSV rows',
      states: [['Process CSV rows', {
        Type: 'Map',
        ItemReader: {
          Resource: 'arn:aws:states:::s3:getObject',
          ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' },
          ...(ql === 'JSONata' ? { Arguments: { Bucket: 'my-bucket', Key: 'input/data.csv' } } : { Parameters: { Bucket: 'my-bucket', Key: 'input/data.csv' } }),
        },
        ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' }, StartAt: 'Process row', States: { 'Process row': lambdaTask(ql, undefined) } },
        MaxConcurrency: 100, Label: 'ProcessCsvRows', ToleratedFailurePercentage: 5,
        Next: EXIT,
      } as State]],
    }),
  },
  {
    id: 'poll-until-done', label: 'Poll until done', icon: 'wait',
    description: 'Start a job, then wait and check its status until it finishes',
    build: (ql) => ({
      entry: 'Start job',
      states: [
        ['Start job', lambdaTask(ql, 'Wait before polling')],
        ['Wait before polling', { Type: 'Wait', Seconds: 30, Next: 'Get job status' }],
        ['Get job status', lambdaTask(ql, 'Job done?')],
        ['Job done?', {
          Type: 'Choice',
          Choices: ql === 'JSONata'
            ? [{ Condition: '{% $states.input.status = "SUCCEEDED" %}', Next: EXIT }, { Condition: '{% $states.input.status = "FAILED" %}', Next: 'Job failed' }]
            : [{ Variable: '$.status', StringEquals: 'SUCCEEDED', Next: EXIT }, { Variable: '$.status', StringEquals: 'FAILED', Next: 'Job failed' }],
          Default: 'Wait before polling',
        }],
        ['Job failed', { Type: 'Fail', Error: 'JobFailed', Cause: 'The job reported FAILED' }],
      ],
    }),
  },
];

/** Palette search over patterns. */
export function searchPatterns(query: string): PatternEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return PATTERNS.filter((p) => words.every((w) => `${p.label} ${p.description}`.toLowerCase().includes(w)));
}
