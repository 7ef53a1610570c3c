/**
 * Web Worker entry of the interpreter: a thin switch from protocol messages to a RunHost.
 * The studio starts one worker per run, so Stop can terminate it even inside an endless loop.
 */
import { startExecution } from '../index';
import { isClientRequest, type WorkerMessage } from './protocol';
import { RunHost } from './runHost';

interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

const scope = self as unknown as WorkerScope;
// Batches cross as JSON text: copying a string is cheap for the page, a graph of objects is not.
// Small batches, several in flight: the page decodes them frame by frame within a time budget.
const host = new RunHost({ start: startExecution, post: (message) => scope.postMessage(message), encoding: 'json', maxBatch: 250, maxInFlight: 8 });

scope.onmessage = (event) => {
  if (isClientRequest(event.data)) host.handle(event.data);
};
scope.postMessage({ kind: 'ready' });
