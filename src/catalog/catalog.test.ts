import { describe, expect, it } from 'vitest';
import { insertState, validateDefinition } from '../asl';
import type { StateMachine } from '../asl/types';
import { describeTask, findIntegration, INTEGRATIONS, resourceFor, searchIntegrations, SDK_ENTRY } from './index';
import { newTaskState } from './newTask';
import { FLOW_STATES, actionBlock } from './flowStates';
import { PATTERNS } from './patterns';
import { insertBlock } from './insertBlock';

const REQUIRED = [
  'lambda:invoke', 'sns:publish', 'sqs:sendMessage', 'dynamodb:getItem', 'dynamodb:putItem', 'dynamodb:updateItem', 'dynamodb:deleteItem',
  'aws-sdk:dynamodb:query', 'events:putEvents', 'states:startExecution', 'ecs:runTask', 'batch:submitJob', 'glue:startJobRun',
  'athena:startQueryExecution', 'sagemaker:createTrainingJob', 'bedrock:invokeModel', 'apigateway:invoke', 'aws-sdk:sesv2:sendEmail',
  'http:invoke', 'aws-sdk:*',
];

describe('catalog', () => {
  it('has every required integration with unique ids and complete entries', () => {
    const ids = INTEGRATIONS.map((e) => e.id);
    for (const id of REQUIRED) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of INTEGRATIONS) {
      expect(e.label).toBe(`${e.serviceLabel}: ${e.actionLabel}`);
      expect(e.patterns.length).toBeGreaterThan(0);
      expect(e.resource).toMatch(/^arn:aws:states:::/);
      expect(e.mockResult).toBeDefined();
      expect(typeof e.parameters).toBe('object');
      expect(typeof e.arguments).toBe('object');
    }
  });

  it('supports the documented integration patterns', () => {
    const sfn = findIntegration('arn:aws:states:::states:startExecution')!;
    expect(resourceFor(sfn, 'sync')).toBe('arn:aws:states:::states:startExecution.sync');
    expect(resourceFor(sfn, 'sync:2')).toBe('arn:aws:states:::states:startExecution.sync:2');
    expect(resourceFor(findIntegration('arn:aws:states:::sqs:sendMessage')!, 'waitForTaskToken')).toBe('arn:aws:states:::sqs:sendMessage.waitForTaskToken');
    for (const id of ['ecs:runTask', 'batch:submitJob', 'glue:startJobRun', 'athena:startQueryExecution', 'sagemaker:createTrainingJob']) {
      expect(INTEGRATIONS.find((e) => e.id === id)!.patterns).toContain('sync');
    }
    expect(() => resourceFor(findIntegration('arn:aws:states:::http:invoke')!, 'sync')).toThrow();
  });

  it('finds entries from any resource form and describes tasks', () => {
    expect(findIntegration('arn:aws:states:::ecs:runTask.sync')?.id).toBe('ecs:runTask');
    expect(findIntegration('arn:aws-us-gov:states:::lambda:invoke')?.id).toBe('lambda:invoke');
    expect(findIntegration('arn:aws:lambda:us-east-1:123456789012:function:f')?.id).toBe('lambda:invoke');
    expect(findIntegration('arn:aws:states:::aws-sdk:s3:getObject')).toBe(SDK_ENTRY);
    expect(findIntegration('{% $x %}')).toBeUndefined();
    expect(describeTask('arn:aws:states:::lambda:invoke')).toBe('Lambda: Invoke');
    expect(describeTask('arn:aws:states:::dynamodb:putItem')).toBe('DynamoDB: PutItem');
    expect(describeTask('arn:aws:states:::aws-sdk:s3:getObject')).toBe('S3: GetObject');
    expect(describeTask('arn:aws:states:::aws-sdk:sesv2:sendEmail')).toBe('SES: SendEmail');
    expect(describeTask('arn:aws:states:us-east-1:123456789012:activity:a')).toBe('Activity');
    expect(describeTask(42)).toBe('Task');
  });

  it('searches', () => {
    expect(searchIntegrations('dynamodb').length).toBe(5);
    expect(searchIntegrations('sync nope')).toEqual([]);
  });

  it('builds valid Task states in both query languages', () => {
    for (const entry of INTEGRATIONS) {
      for (const ql of ['JSONPath', 'JSONata'] as const) {
        const def: StateMachine = { StartAt: 'T', States: { T: newTaskState(entry, ql) }, ...(ql === 'JSONata' ? { QueryLanguage: 'JSONata' } : {}) };
        const errors = validateDefinition(def).filter((d) => d.severity === 'error');
        expect(errors, `${entry.id} ${ql}: ${errors.map((e) => e.message).join('; ')}`).toEqual([]);
      }
    }
  });
});

describe('inserting blocks', () => {
  const base: StateMachine = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } } };
  const atEdge = { kind: 'edge' as const, edge: { source: ['A'], scope: [], kind: 'next' as const } };

  it('wires every flow state, action and pattern in between and at the end, validly, in both query languages', () => {
    const blocks = [
      ...FLOW_STATES.filter((f) => f.type !== 'Succeed' && f.type !== 'Fail').map((f) => [f.label, f.build] as const),
      ...INTEGRATIONS.map((e) => [e.label, (ql: 'JSONPath' | 'JSONata') => actionBlock(e, ql)] as const),
      ...PATTERNS.map((p) => [p.label, p.build] as const),
    ];
    for (const [label, build] of blocks) {
      for (const ql of ['JSONPath', 'JSONata'] as const) {
        const start = ql === 'JSONata' ? { ...base, QueryLanguage: 'JSONata' as const } : base;
        for (const at of [atEdge, { kind: 'after' as const, path: ['B'] }]) {
          const { definition, entry } = insertBlock(start, at, build(ql));
          const errors = validateDefinition(definition).filter((d) => d.severity === 'error');
          expect(errors, `${label} ${ql} ${at.kind}: ${errors.map((e) => `${e.message} @${e.path.join('.')}`).join('; ')}`).toEqual([]);
          expect(definition.States[at.kind === 'edge' ? 'A' : 'B']).toMatchObject({ Next: entry });
        }
      }
    }
  });

  it('makes nested names unique and rewires to the old successor', () => {
    const parallel = FLOW_STATES.find((f) => f.type === 'Parallel')!;
    const once = insertBlock(base, atEdge, parallel.build('JSONPath')).definition;
    const twice = insertBlock(once, { kind: 'after', path: ['B'] }, parallel.build('JSONPath'));
    expect(twice.entry).toBe('Parallel (1)');
    const p1 = twice.definition.States['Parallel (1)'] as unknown as { Branches: StateMachine[]; End?: boolean };
    expect(p1.Branches[0]!.StartAt).toBe('Branch 1 (1)');
    expect(p1.End).toBe(true);
    expect(once.States['Parallel']).toMatchObject({ Next: 'B' });
    // The insert edit itself is what wires the entry in.
    expect(insertState(base, atEdge, 'X', { Type: 'Pass', End: true }).States['A']).toMatchObject({ Next: 'X' });
  });
});
