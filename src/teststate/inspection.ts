/**
 * `inspectionData` of a TestState response (inspection levels DEBUG and TRACE): the data-flow
 * stages the engine recorded, named and selected per state type and query language the way AWS
 * reports them (e.g. a Pass with `Result` shows `result` but not `afterInputPath`; a JSONata
 * Task shows `afterArguments` and `result`; a Map its `maxConcurrency`).
 */
import { applyInputPath } from '../interpreter/dataflow';
import type { EngineOutcome } from './engine';
import type { MapFields } from './mapFields';
import type { TestedState } from './request';
import type { ErrorDetails, InspectionData } from './types';

export interface Observed {
  input: unknown;
  context?: unknown;
  outcome?: EngineOutcome | { ok: false; error: string | undefined; cause: string | undefined };
  /** A Map's evaluated fields (items, MaxConcurrency, tolerated failures). */
  map?: Partial<MapFields>;
  /** The stages a Map got through before its items failed. */
  mapStages?: Partial<MapFields>;
  errorDetails?: ErrorDetails | undefined;
}

function set<K extends keyof InspectionData>(out: InspectionData, key: K, value: InspectionData[K] | undefined): void {
  if (value !== undefined) out[key] = value;
}

/** A failed JSONPath Task's InputPath result (the engine records stages on exit only). */
function inputPathOf(tested: TestedState, observed: Observed): unknown {
  try {
    return applyInputPath(observed.input, (tested.state as { InputPath?: string | null }).InputPath, { context: observed.context, variables: {} });
  } catch {
    return undefined;
  }
}

export function inspectionData(tested: TestedState, observed: Observed, variables: Record<string, unknown> | undefined): InspectionData {
  const { state } = tested;
  const jsonata = tested.queryLanguage === 'JSONata';
  const out: InspectionData = { input: observed.input };
  const o = observed.outcome;
  const ok = o?.ok === true ? o : undefined;
  const failed = o && !o.ok && 'hasParameters' in o ? o : undefined;
  const stages = ok?.stages ?? {};
  switch (state.Type) {
    case 'Task':
      if (jsonata) {
        set(out, 'afterArguments', ok ? (stages.arguments ?? observed.input) : failed?.hasParameters ? failed.parameters : undefined);
        if (ok) out.result = stages.result;
      } else if (ok) {
        const afterInputPath = stages.afterInputPath ?? observed.input;
        out.afterInputPath = afterInputPath;
        out.afterParameters = stages.afterParameters ?? afterInputPath;
        out.result = stages.result;
        out.afterResultSelector = stages.afterResultSelector ?? stages.result;
        out.afterResultPath = stages.afterResultPath;
      } else if (failed?.hasParameters) {
        set(out, 'afterInputPath', inputPathOf(tested, observed));
        out.afterParameters = failed.parameters;
      }
      break;
    case 'Pass':
      if (jsonata || !ok) break;
      if ((state as { Result?: unknown }).Result !== undefined) {
        out.result = stages.result;
        out.afterResultSelector = stages.result;
      } else {
        out.afterInputPath = stages.afterInputPath ?? observed.input;
        out.afterParameters = stages.afterParameters ?? out.afterInputPath;
        out.afterResultSelector = out.afterParameters;
      }
      out.afterResultPath = stages.afterResultPath;
      break;
    case 'Map':
    case 'Parallel': {
      const map = observed.map ?? observed.mapStages;
      if (!jsonata && map) {
        set(out, 'afterInputPath', map.afterInputPath);
        set(out, 'afterItemsPath', map.afterItemsPath);
      }
      if (observed.map) {
        set(out, 'maxConcurrency', observed.map.maxConcurrency);
        set(out, 'toleratedFailureCount', observed.map.toleratedFailureCount);
        set(out, 'toleratedFailurePercentage', observed.map.toleratedFailurePercentage);
      }
      if (!jsonata && ok) {
        out.afterResultSelector = stages.afterResultSelector ?? stages.result;
        out.afterResultPath = stages.afterResultPath;
      }
      break;
    }
    default:
      // Choice, Succeed, Fail, Wait: only their input processing.
      if (!jsonata) out.afterInputPath = stages.afterInputPath ?? observed.input;
  }
  set(out, 'errorDetails', observed.errorDetails);
  if (variables !== undefined) out.variables = ok?.variables ?? variables;
  return out;
}
