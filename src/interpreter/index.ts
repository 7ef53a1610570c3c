/**
 * The ASL execution engine: `startExecution` and its types. Pure TypeScript; runs in Node, in
 * the browser's main thread and in a Web Worker.
 */
export { realClock, simulatedClock, isSimulated, type Clock, type SimulatedClock } from '../time/clock';
export { startExecution } from './execution';
export { createMockTable, isMockConfigFile, type MockTable } from './mocks';
export { resourceInfo, shapeLambdaInvokeResult, type ResourceInfo } from './resources';
export { PAYLOAD_LIMIT_BYTES, jsonByteSize } from './limits';
export { detailsKeyOf, detailsOf, failureOf, stateNameOf, isEnteredEvent, isExitedEvent, isFailureEvent, isMapIterationEvent } from './eventDetails';
export type { DetailsOfEvent, FailureEvent, MapIterationEvent } from './eventDetails';
export type * from './types';
