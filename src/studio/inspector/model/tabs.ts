/**
 * Which inspector tabs and I/O fields a state has (ASL spec "Input and Output Processing" and the
 * JSONata field set): JSONPath states filter with InputPath/Parameters/ResultSelector/ResultPath/
 * OutputPath; JSONata states use Arguments and Output. Fail has no I/O; Succeed and Fail no Assign.
 */
import type { QueryLanguage, StateType } from '../../../asl/types';

export type InspectorTab = 'configuration' | 'input' | 'output' | 'error-handling' | 'variables' | 'test-state';

export const TAB_LABELS: Record<InspectorTab, string> = {
  configuration: 'Configuration',
  input: 'Input',
  output: 'Output',
  'error-handling': 'Error handling',
  variables: 'Variables',
  'test-state': 'Test state',
};

const WITH_ERROR_HANDLING: readonly StateType[] = ['Task', 'Parallel', 'Map'];

export function tabsFor(type: StateType): InspectorTab[] {
  const tabs: InspectorTab[] = ['configuration'];
  // Every state type can be tested on its own (AWS TestState takes all eight).
  if (type === 'Fail') return [...tabs, 'test-state'];
  tabs.push('input', 'output');
  if (WITH_ERROR_HANDLING.includes(type)) tabs.push('error-handling');
  if (type !== 'Succeed') tabs.push('variables');
  tabs.push('test-state');
  return tabs;
}

/** I/O fields shown on the Input tab. Task and Map payloads live on Configuration. */
export function inputFields(type: StateType, language: QueryLanguage): string[] {
  if (type === 'Fail') return [];
  if (language === 'JSONata') return type === 'Parallel' ? ['Arguments'] : [];
  const fields = ['InputPath'];
  if (type === 'Pass' || type === 'Parallel') fields.push('Parameters');
  return fields;
}

/** I/O fields shown on the Output tab. */
export function outputFields(type: StateType, language: QueryLanguage): string[] {
  if (type === 'Fail') return [];
  if (language === 'JSONata') return ['Output'];
  const fields: string[] = [];
  if (type === 'Task' || type === 'Parallel' || type === 'Map') fields.push('ResultSelector');
  if (type === 'Task' || type === 'Pass' || type === 'Parallel' || type === 'Map') fields.push('ResultPath');
  fields.push('OutputPath');
  return fields;
}

const JSONPATH_ONLY = ['InputPath', 'OutputPath', 'ResultPath', 'Parameters', 'ResultSelector', 'Result', 'ItemsPath',
  'SecondsPath', 'TimestampPath', 'TimeoutSecondsPath', 'HeartbeatSecondsPath', 'ErrorPath', 'CausePath',
  'MaxConcurrencyPath', 'ToleratedFailureCountPath', 'ToleratedFailurePercentagePath'];
const JSONATA_ONLY = ['Arguments', 'Output', 'Items'];

/** Top-level fields of `state` that belong to the other query language (offered for removal on a switch). */
export function foreignFields(state: Record<string, unknown>, language: QueryLanguage): string[] {
  const foreign = language === 'JSONata' ? JSONPATH_ONLY : JSONATA_ONLY;
  // A Map's legacy Parameters is its ItemSelector, still JSONPath-only.
  return foreign.filter((f) => state[f] !== undefined);
}
