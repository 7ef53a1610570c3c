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
const host = new RunHost({ start: startExecution, post: (message) => scope.postMessage(message) });

scope.onmessage = (event) => {
  if (isClientRequest(event.data)) host.handle(event.data);
};
scope.postMessage({ kind: 'ready' });
