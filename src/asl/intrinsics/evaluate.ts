import { evaluatePath } from '../jsonpath';
import { StatesError } from '../statesError';
import type { IntrinsicArg, IntrinsicCall } from './ast';
import { INTRINSICS, type IntrinsicEnv } from './functions';
import { IntrinsicSyntaxError, parseIntrinsic } from './parse';
import { validateIntrinsic } from './validate';

/** What an intrinsic's path arguments read: `$` the input, `$$` the context, `$name` variables. */
export interface IntrinsicContext extends IntrinsicEnv {
  input: unknown;
  context: unknown;
  variables: Readonly<Record<string, unknown>>;
}

/**
 * Evaluates an intrinsic function expression with Step Functions' behaviour.
 * @throws StatesError `States.IntrinsicFailure` for a malformed call or bad arguments;
 *   `States.Runtime` (a `PathNotFoundError`) when a path argument matches nothing
 */
export function evaluateIntrinsic(expr: string, ctx: IntrinsicContext): unknown {
  let call: IntrinsicCall;
  try {
    call = parseIntrinsic(expr);
  } catch (error) {
    if (error instanceof IntrinsicSyntaxError) throw new StatesError('States.IntrinsicFailure', `Invalid intrinsic function expression: ${error.message}`);
    throw error;
  }
  return evaluateCall(call, ctx, expr);
}

/**
 * Evaluates a call parsed already with {@link parseIntrinsic} (callers that evaluate one
 * expression many times); `expr` is its source text, for messages.
 */
export function evaluateIntrinsicCall(call: IntrinsicCall, ctx: IntrinsicContext, expr: string): unknown {
  return evaluateCall(call, ctx, expr);
}

function evaluateCall(call: IntrinsicCall, ctx: IntrinsicContext, expr: string): unknown {
  const spec = INTRINSICS[call.name];
  if (!spec || call.args.length < spec.minArgs || call.args.length > spec.maxArgs) {
    throw new StatesError('States.IntrinsicFailure', validateIntrinsic(expr) ?? `Invalid call of ${call.name}`);
  }
  const args = new Array<unknown>(call.args.length);
  for (let i = 0; i < args.length; i++) args[i] = evaluateArg(call.args[i]!, ctx, expr);
  const first = call.args[0];
  const env: IntrinsicEnv = {};
  const random = ctx.random;
  if (random) env.random = random;
  if (first?.kind === 'literal' && first.raw !== undefined) env.rawFirstArg = first.raw;
  return spec.impl(args, env);
}

function evaluateArg(arg: IntrinsicArg, ctx: IntrinsicContext, expr: string): unknown {
  if (arg.kind === 'literal') return arg.value;
  if (arg.kind === 'call') return evaluateCall(arg.call, ctx, expr);
  // The context is a scope itself (`context`, `variables`): read lazily, `$$` only when used.
  return evaluatePath(ctx.input, arg.path, ctx);
}
