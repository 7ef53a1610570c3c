/**
 * Migration: before run data was saved with the workflow, the run panel kept mocks and the last
 * input in localStorage under the workflow's name (`asl-studio.run.mocks.<name>`).
 */
import { mocksOf, type WorkflowRunData } from '../run/runData';
import type { StateMocks } from '../run/mockConfig';

const LEGACY_PREFIX = 'asl-studio.run.';

/**
 * Before run data was saved with the workflow, the run panel kept mocks and the last input in
 * localStorage under the workflow's name. Returns that data for `name` and removes it, so it is
 * adopted by one record only (the first one opened with that name).
 */
export function takeLegacyRunData(name: string, storage: Storage | undefined = globalThis.localStorage): WorkflowRunData | undefined {
  const key = name.trim() !== '' ? name : 'Untitled';
  try {
    const mocksText = storage?.getItem(`${LEGACY_PREFIX}mocks.${key}`) ?? null;
    const input = storage?.getItem(`${LEGACY_PREFIX}input.${key}`) ?? null;
    if (mocksText === null && input === null) return undefined;
    let mocks: StateMocks | undefined;
    try {
      mocks = mocksText === null ? undefined : mocksOf(JSON.parse(mocksText));
    } catch {
      mocks = undefined; // not JSON: nothing to adopt from it
    }
    storage?.removeItem(`${LEGACY_PREFIX}mocks.${key}`);
    storage?.removeItem(`${LEGACY_PREFIX}input.${key}`);
    const out: WorkflowRunData = { ...(mocks ? { mocks } : {}), ...(input !== null ? { input } : {}) };
    return Object.keys(out).length > 0 ? out : undefined;
  } catch {
    return undefined; // storage refused (private mode): nothing to adopt
  }
}
