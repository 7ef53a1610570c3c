/** The seven flow states of the palette's Flow tab, as single-state blocks ready to insert. */
import type { QueryLanguage, StateType } from '../asl/types';
import { EXIT, type PatternBlock } from './patterns';
import type { IntegrationEntry } from './types';
import { newTaskState } from './newTask';

export interface FlowEntry {
  type: Exclude<StateType, 'Task'>;
  /** Workflow Studio's names: Succeed is shown as "Success". */
  label: string;
  description: string;
  build(queryLanguage: QueryLanguage): PatternBlock;
}

const single = (name: string, state: PatternBlock['states'][number][1]): PatternBlock => ({ entry: name, states: [[name, state]] });

export const FLOW_STATES: readonly FlowEntry[] = [
  {
    type: 'Choice', label: 'Choice', description: 'Branch on conditions',
    build: (ql) => single('Choice', {
      Type: 'Choice',
      Choices: [ql === 'JSONata' ? { Condition: '{% $states.input.value = 1 %}', Next: EXIT } : { Variable: '$.value', NumericEquals: 1, Next: EXIT }],
      Default: EXIT,
    }),
  },
  {
    type: 'Parallel', label: 'Parallel', description: 'Run branches at the same time',
    build: () => single('Parallel', {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'Branch 1', States: { 'Branch 1': { Type: 'Pass', End: true } } },
        { StartAt: 'Branch 2', States: { 'Branch 2': { Type: 'Pass', End: true } } },
      ],
      Next: EXIT,
    }),
  },
  {
    type: 'Map', label: 'Map', description: 'Run steps for each item of an array',
    build: (ql) => single('Map', {
      Type: 'Map',
      ...(ql === 'JSONata' ? { Items: '{% $states.input.items %}' } : { ItemsPath: '$.items' }),
      ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Process item', States: { 'Process item': { Type: 'Pass', End: true } } },
      Next: EXIT,
    }),
  },
  { type: 'Pass', label: 'Pass', description: 'Pass input to output, optionally reshaped', build: () => single('Pass', { Type: 'Pass', Next: EXIT }) },
  { type: 'Wait', label: 'Wait', description: 'Pause for a time or until a timestamp', build: () => single('Wait', { Type: 'Wait', Seconds: 5, Next: EXIT }) },
  { type: 'Succeed', label: 'Success', description: 'Stop and succeed', build: () => single('Success', { Type: 'Succeed' }) },
  { type: 'Fail', label: 'Fail', description: 'Stop and fail with an error', build: () => single('Fail', { Type: 'Fail', Error: 'Error', Cause: 'Something went wrong' }) },
];

/** A Task block for a catalog action. */
export function actionBlock(entry: IntegrationEntry, queryLanguage: QueryLanguage): PatternBlock {
  const state = newTaskState(entry, queryLanguage);
  delete state.End;
  state.Next = EXIT;
  return single(entry.defaultStateName, state);
}
