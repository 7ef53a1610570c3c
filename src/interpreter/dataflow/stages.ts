import { evaluatePath, setAtReferencePath } from '../../asl/jsonpath';
import type { DataFlowContext } from './types';

/**
 * InputPath (ASL spec "Input and Output Processing"): absent → the input, `null` → `{}`,
 * otherwise the value the path selects.
 * @throws StatesError `States.Runtime` (`Invalid path '$.x' : No results for path: $['x']`)
 */
export function applyInputPath(input: unknown, path: string | null | undefined, ctx?: Omit<DataFlowContext, 'input'>): unknown {
  if (path === undefined) return input;
  if (path === null) return {};
  // The context is a scope itself: `$$` is read (and built) only when the path uses it.
  return evaluatePath(input, path, ctx);
}

/**
 * ResultPath: absent → `$` (the result replaces the input), `null` → the input unchanged,
 * otherwise the input with the result placed at the reference path.
 * @throws StatesError `States.ResultPathMatchFailure` when the path cannot be applied to the input
 */
export function applyResultPath(input: unknown, result: unknown, resultPath: string | null | undefined): unknown {
  if (resultPath === null) return input;
  if (resultPath === undefined || resultPath === '$') return result;
  return setAtReferencePath(input, resultPath, result);
}

/**
 * OutputPath: absent → the value, `null` → `{}`, otherwise the value the path selects.
 * @throws StatesError `States.Runtime` when the path matches nothing
 */
export function applyOutputPath(value: unknown, path: string | null | undefined, ctx?: Omit<DataFlowContext, 'input'>): unknown {
  if (path === undefined) return value;
  if (path === null) return {};
  return evaluatePath(value, path, ctx);
}
