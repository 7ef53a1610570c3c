/** The AWS TestState API, locally: one state in isolation (see testState.ts). */
export { testState, type TestStateOptions } from './testState';
export { TestStateError } from './types';
export type * from './types';
