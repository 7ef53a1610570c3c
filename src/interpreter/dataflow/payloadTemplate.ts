import { evaluateIntrinsic, evaluateIntrinsicCall, isIntrinsic, parseIntrinsic, type IntrinsicCall } from '../../asl/intrinsics';
import { evaluateParsedPath, evaluatePath, parsePath, PathNotFoundError, type ParsedPath } from '../../asl/jsonpath';
import { StatesError } from '../../asl/statesError';
import type { DataFlowContext, TemplateCache } from './types';

/**
 * Resolves a JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign with
 * `.$` keys, …): a key ending in `.$` loses the suffix and takes the value of its path (`$.x`,
 * `$$.x`, `$var`) or intrinsic function; other values are copied, nested objects and arrays are
 * resolved recursively. With `ctx.templates`, a template is compiled once (paths and intrinsic
 * calls parsed, `.$` keys found) and the compiled form is reused.
 * @throws StatesError `States.Runtime` with AWS's cause
 *   `The JSONPath '$.x' specified for the field 'k.$' could not be found in the input '{…}'`
 *   when a path matches nothing; `States.IntrinsicFailure` from intrinsic functions.
 */
export function resolvePayloadTemplate(template: unknown, ctx: DataFlowContext): unknown {
  if (typeof template !== 'object' || template === null) return template;
  const cache = ctx.templates;
  if (!cache) return resolveNode(compile(template), ctx);
  let node = cache.get(template);
  if (node === undefined) {
    node = compile(template);
    cache.set(template, node);
  }
  return resolveNode(node, ctx);
}

/** A compiled template (see {@link compile}); the cache of one execution holds them. */
export type TemplateNode =
  | { kind: 'literal'; value: unknown }
  | { kind: 'array'; items: TemplateNode[] }
  | { kind: 'object'; keys: string[]; values: TemplateNode[]; plain: boolean }
  /** A `.$` field: `parsed` is its path, or `call` its intrinsic call; neither: the slow path. */
  | { kind: 'dynamic'; key: string; expression: unknown; parsed: ParsedPath | undefined; call: IntrinsicCall | undefined };

function compile(template: unknown): TemplateNode {
  if (Array.isArray(template)) return { kind: 'array', items: template.map(compile) };
  if (typeof template !== 'object' || template === null) return { kind: 'literal', value: template };
  const keys: string[] = [];
  const values: TemplateNode[] = [];
  let plain = true;
  for (const key of Object.keys(template)) {
    const value = (template as Record<string, unknown>)[key];
    if (key.endsWith('.$')) {
      const out = key.slice(0, -2);
      keys.push(out);
      values.push(compileDynamic(key, value));
      if (out === '__proto__') plain = false;
    } else {
      keys.push(key);
      values.push(compile(value));
      if (key === '__proto__') plain = false;
    }
  }
  return { kind: 'object', keys, values, plain };
}

/** Parses a `.$` field's path or call now; anything that would fail is left to run time. */
function compileDynamic(key: string, expression: unknown): TemplateNode {
  let parsed: ParsedPath | undefined;
  let call: IntrinsicCall | undefined;
  if (typeof expression === 'string') {
    try {
      if (isIntrinsic(expression)) call = parseIntrinsic(expression);
      else parsed = parsePath(expression.trim());
    } catch {
      // a syntax error is raised (as the service does) when the field is evaluated
    }
  }
  return { kind: 'dynamic', key, expression, parsed, call };
}

function resolveNode(node: TemplateNode, ctx: DataFlowContext): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'array': {
      const out = new Array<unknown>(node.items.length);
      for (let i = 0; i < out.length; i++) out[i] = resolveNode(node.items[i]!, ctx);
      return out;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      const { keys, values } = node;
      for (let i = 0; i < keys.length; i++) {
        const value = values[i]!;
        const resolved = value.kind === 'dynamic' ? resolveCompiledField(value, ctx) : resolveNode(value, ctx);
        if (node.plain) out[keys[i]!] = resolved;
        else setOwn(out, keys[i]!, resolved);
      }
      return out;
    }
    case 'dynamic':
      return resolveCompiledField(node, ctx);
  }
}

function resolveCompiledField(node: Extract<TemplateNode, { kind: 'dynamic' }>, ctx: DataFlowContext): unknown {
  const { parsed, call } = node;
  if (parsed === undefined && call === undefined) return resolveDynamicField(node.key, node.expression, ctx);
  try {
    if (call !== undefined) return evaluateIntrinsicCall(call, ctx, node.expression as string);
    // The context is a scope itself (`context`, `variables`), read only when a path uses it.
    return evaluateParsedPath(parsed!, ctx.input, ctx);
  } catch (error) {
    throw reworded(error, node.key, ctx);
  }
}

// Plain assignment of "__proto__" would replace the prototype instead of adding a key.
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function reworded(error: unknown, key: string, ctx: DataFlowContext): unknown {
  if (error instanceof PathNotFoundError) {
    return new StatesError(
      'States.Runtime',
      `The JSONPath '${error.path}' specified for the field '${key}' could not be found in the input '${JSON.stringify(ctx.input) ?? 'null'}'`,
    );
  }
  return error;
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
    throw reworded(error, key, ctx);
  }
}

export type { TemplateCache };
