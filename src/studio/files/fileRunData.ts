/**
 * Run data (mocks, input, policy…) of a workflow opened from disk (`asl-studio open`). It is not
 * part of the user's template or ASL file, so it is never written there: it stays in this
 * browser's localStorage, per workflow of the opened folder. Storage failures are ignored.
 */
import { readRunData, type WorkflowRunData } from '../../run/runData';

const PREFIX = 'asl-studio.file-run.';

export function loadFileRunData(workflowId: string): WorkflowRunData | undefined {
  try {
    const text = globalThis.localStorage?.getItem(PREFIX + workflowId);
    return text ? readRunData(JSON.parse(text)) : undefined;
  } catch {
    return undefined; // not JSON, or storage refused: the defaults apply
  }
}

export function saveFileRunData(workflowId: string, data: unknown): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + workflowId, JSON.stringify(data));
  } catch {
    // Full or disabled storage: the run data lasts for this session only.
  }
}
