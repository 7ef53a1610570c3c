import { evaluateIntrinsic, isIntrinsic } from '../../asl/intrinsics';
import { evaluatePath, PathNotFoundError } from '../../asl/jsonpath';
import { StatesError } from '../../asl/statesError';
import type { DataFlowContext } from './types';

/**
 * Resolves a JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign with
 * `.$` keys, …): a key ending in `.$` loses the suffix and takes the value of its path (`$.x`,
 * `$$.x`, `$var`) or intrinsic function; other values are copied, nested objects and arrays are
 * resolved recursively.
 * @throws StatesError `States.Runtime` with AWS's cause
 *   `The JSONPath '$.x' specified for the field 'k.$' could not be found in the input '{…}'`
 *   when a path matches nothing; `States.IntrinsicFailure` from intrinsic functions.
 */
export function resolvePayloadTemplate(template: unknown, ctx: DataFlowContext): unknown {
  if (Array.isArray(template)) return template.map((item) => resolvePayloadTemplate(item, ctx));
  if (typeof template !== 'object' || template === null) return template;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(template as Record<string, unknown>)) {
    if (key.endsWith('.$')) setOwn(out, key.slice(0, -2), resolveDynamicField(key, value, ctx));
    else setOwn(out, key, resolvePayloadTemplate(value, ctx));
  }
  return out;
}

// Plain assignment of "__proto__" would replace the prototype instead of adding a key.
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * The value of one `.$` field: a path or an intrinsic function evaluated against `ctx`.
 * Exposed for fields outside templates that take the same kind of value.
 */
export function resolveDynamicField(key: string, expression: unknown, ctx: DataFlowContext): unknown {
  if (typeof expression !== 'string') {
    throw new StatesError('States.Runtime', `The value for the field '${key}' must be a JSONPath or an intrinsic function, got ${JSON.stringify(expression)}`);
  }
  const scope = { context: ctx.context, variables: ctx.variables };
  try {
    if (isIntrinsic(expression)) {
      const intrinsicCtx = { input: ctx.input, context: ctx.context, variables: ctx.variables, ...(ctx.random ? { random: ctx.random } : {}) };
      return evaluateIntrinsic(expression, intrinsicCtx);
    }
    return evaluatePath(ctx.input, expression.trim(), scope);
  } catch (error) {
    if (error instanceof PathNotFoundError) {
      throw new StatesError(
        'States.Runtime',
        `The JSONPath '${error.path}' specified for the field '${key}' could not be found in the input '${JSON.stringify(ctx.input) ?? 'null'}'`,
      );
    }
    throw error;
  }
}
