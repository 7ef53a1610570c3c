/**
 * Public surface of the pure ASL core: types, state paths, parse, validate, edit, serialize and
 * text patching. Runs unchanged in Node, the main thread and workers.
 */
export * from './types';
export * from './paths';
export * from './parse';
export * from './serialize';
export * from './textPatch';
export { deepEqual } from './deepEqual';
export * from './validate';
export { MESSAGES, SEVERITY, type MessageCode } from './validate/messages';
export * from './edits';
export { loadYaml, yamlIfLoaded, YAML_NOT_LOADED } from './yamlSupport';
export { loadJsonataSyntax, jsonataSyntaxCheck } from './validate/jsonataSyntax';
export { hasStateMachineShape, isUsableDefinition } from './shape';
export { MAX_NESTING_DEPTH, findJsonProblem, jsonPathText, type JsonProblem } from './jsonValue';
