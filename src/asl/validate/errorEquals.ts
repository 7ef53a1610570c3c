/** Shared checks of the ErrorEquals lists of retriers and catchers (ASL spec "Error names"). */
import type { JsonPath, ValidationContext } from './context';
import { isObj } from './context';

/**
 * ErrorEquals is a non-empty array of strings; "States.ALL" appears alone and only in the last
 * retrier / catcher of the list.
 */
export function checkErrorEquals(ctx: ValidationContext, list: unknown[], path: JsonPath, what: 'retrier' | 'catcher'): void {
  list.forEach((entry, i) => {
    if (!isObj(entry)) return;
    const errors = entry.ErrorEquals;
    const here = [...path, i, 'ErrorEquals'];
    if (!Array.isArray(errors) || errors.some((e) => typeof e !== 'string')) {
      ctx.report('ERROR_EQUALS_MISSING', here);
      return;
    }
    if (errors.length === 0) ctx.report('ERROR_EQUALS_EMPTY', here);
    if (errors.includes('States.ALL')) {
      if (errors.length > 1) ctx.report('STATES_ALL_NOT_ALONE', here);
      if (i !== list.length - 1) ctx.report('STATES_ALL_NOT_LAST', here, what);
    }
  });
}
