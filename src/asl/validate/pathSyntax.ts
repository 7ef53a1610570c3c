/**
 * Adapters over the JSONPath and intrinsic-function modules: one place that turns their answers
 * into "error message or undefined", and never throws.
 */
import { validatePathSyntax } from '../jsonpath';
import { isIntrinsic, validateIntrinsic } from '../intrinsics';

/** Error message for an invalid path (`reference` forbids filters, wildcards, slices, …). */
export function pathError(path: string, reference = false): string | undefined {
  try {
    return validatePathSyntax(path, { reference });
  } catch (error) {
    return String(error);
  }
}

export function looksIntrinsic(expr: string): boolean {
  try {
    return isIntrinsic(expr);
  } catch {
    return false;
  }
}

/** Error message for an invalid intrinsic function call. */
export function intrinsicError(expr: string): string | undefined {
  try {
    return validateIntrinsic(expr);
  } catch (error) {
    return String(error);
  }
}
