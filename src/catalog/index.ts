/** Service-integration catalog: data and lookups (pure; no UI). */
export * from './types';
export { INTEGRATIONS } from './integrations';
export { findIntegration, resourceFor, describeTask, integrationById, searchIntegrations, SDK_ENTRY } from './lookup';
export { parseServiceResource, withPattern, baseResourceOf, patternOf, type ServiceResource } from './resources';
export { newTaskState } from './newTask';
export { PATTERNS, EXIT, searchPatterns, type PatternEntry, type PatternBlock } from './patterns';
export { insertBlock } from './insertBlock';
export { FLOW_STATES, actionBlock, type FlowEntry } from './flowStates';
