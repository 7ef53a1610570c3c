/**
 * Web Worker entry of the Tests panel: runs test cases on the engine off the main thread and
 * posts each case's result as it finishes (results are plain data: they cross by structured clone).
 */
import { runTestCase } from '../../testing/case';
import type { SuiteRequest, SuiteMessage } from './suiteClient';

interface WorkerScope {
  postMessage(message: SuiteMessage): void;
  onmessage: ((event: MessageEvent<SuiteRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { definition, suite, indexes } = event.data;
  void (async () => {
    try {
      for (const index of indexes) {
        const result = await runTestCase(definition, suite, suite.tests[index]!);
        scope.postMessage({ kind: 'case', index, result });
      }
      scope.postMessage({ kind: 'done' });
    } catch (e) {
      scope.postMessage({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  })();
};
