/** The Task state a palette action inserts. */
import type { QueryLanguage, TaskState } from '../asl/types';
import { resourceFor } from './lookup';
import type { IntegrationEntry, IntegrationPattern } from './types';

/** A fresh Task for `entry`, with the default request in the state's query language. */
export function newTaskState(entry: IntegrationEntry, queryLanguage: QueryLanguage = 'JSONPath', pattern?: IntegrationPattern): TaskState {
  const resource = resourceFor(entry, pattern ?? entry.patterns[0] ?? 'request-response');
  const request = structuredClone(queryLanguage === 'JSONata' ? entry.arguments : entry.parameters);
  const state: TaskState = { Type: 'Task', Resource: resource, End: true };
  if (Object.keys(request).length > 0) {
    if (queryLanguage === 'JSONata') state.Arguments = request;
    else state.Parameters = request;
  }
  if (entry.service === 'lambda') {
    // Workflow Studio's default: retry the transient Lambda errors.
    state.Retry = [{ ErrorEquals: ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2, JitterStrategy: 'FULL' }];
    if (queryLanguage === 'JSONata') state.Output = '{% $states.result.Payload %}';
    else state.OutputPath = '$.Payload';
  }
  return state;
}
