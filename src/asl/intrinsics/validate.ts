import { validatePathSyntax } from '../jsonpath';
import type { IntrinsicCall } from './ast';
import { INTRINSICS } from './functions';
import { IntrinsicSyntaxError, parseIntrinsic } from './parse';

function arityText(min: number, max: number): string {
  if (min === max) return `exactly ${min} argument${min === 1 ? '' : 's'}`;
  if (max === Infinity) return `at least ${min} argument${min === 1 ? '' : 's'}`;
  return `${min} to ${max} arguments`;
}

function checkCall(call: IntrinsicCall): string | undefined {
  const spec = INTRINSICS[call.name];
  if (!spec) return `Unknown intrinsic function '${call.name}'`;
  if (call.args.length < spec.minArgs || call.args.length > spec.maxArgs) {
    return `${call.name} takes ${arityText(spec.minArgs, spec.maxArgs)} but was given ${call.args.length}`;
  }
  for (const arg of call.args) {
    if (arg.kind === 'path') {
      const problem = validatePathSyntax(arg.path);
      if (problem) return `Invalid path argument in ${call.name}: ${problem}`;
    } else if (arg.kind === 'call') {
      const problem = checkCall(arg.call);
      if (problem) return problem;
    }
  }
  if (call.name === 'States.Format') {
    const first = call.args[0];
    if (first && first.kind === 'literal' && typeof first.value !== 'string') return 'The first argument of States.Format must be a string';
  }
  return undefined;
}

/**
 * Static check of an intrinsic expression: syntax, known function name, argument count, syntax
 * of path arguments, recursively for nested calls.
 * @returns an error message, or `undefined` when the expression is valid
 */
export function validateIntrinsic(expr: string): string | undefined {
  try {
    return checkCall(parseIntrinsic(expr));
  } catch (error) {
    if (error instanceof IntrinsicSyntaxError) return error.message;
    throw error;
  }
}
