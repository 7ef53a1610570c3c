/** Web Worker entry of the history worker: imports and replays AWS execution histories. */
import { handleHistoryRequest } from './handle';
import { isHistoryRequest, type HistoryResponse } from './protocol';

interface WorkerScope {
  postMessage(message: HistoryResponse): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  if (isHistoryRequest(event.data)) {
    void handleHistoryRequest(event.data, (partial) => scope.postMessage(partial)).then((response) => scope.postMessage(response));
  }
};
