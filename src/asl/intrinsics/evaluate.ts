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

function evaluateCall(call: IntrinsicCall, ctx: IntrinsicContext, expr: string): unknown {
  const spec = INTRINSICS[call.name];
  if (!spec || call.args.length < spec.minArgs || call.args.length > spec.maxArgs) {
    throw new StatesError('States.IntrinsicFailure', validateIntrinsic(expr) ?? `Invalid call of ${call.name}`);
  }
  const args = call.args.map((arg) => evaluateArg(arg, ctx, expr));
  const first = call.args[0];
  const env: IntrinsicEnv = {};
  if (ctx.random) env.random = ctx.random;
  if (first?.kind === 'literal' && first.raw !== undefined) env.rawFirstArg = first.raw;
  return spec.impl(args, env);
}

function evaluateArg(arg: IntrinsicArg, ctx: IntrinsicContext, expr: string): unknown {
  if (arg.kind === 'literal') return arg.value;
  if (arg.kind === 'call') return evaluateCall(arg.call, ctx, expr);
  return evaluatePath(ctx.input, arg.path, { context: ctx.context, variables: ctx.variables });
}
