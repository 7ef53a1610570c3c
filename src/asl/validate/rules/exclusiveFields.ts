/** Only one of Error/ErrorPath, Cause/CausePath, TimeoutSeconds/TimeoutSecondsPath, … */
import type { ValidationContext } from '../context';
import { EXCLUSIVE_PAIRS } from '../fieldTables';

export function exclusiveFields(ctx: ValidationContext): void {
  for (const s of ctx.states) {
    for (const [a, b] of EXCLUSIVE_PAIRS) {
      if (a in s.state && b in s.state) ctx.report('MUTUALLY_EXCLUSIVE_FIELDS', [...s.jsonPath, b], a, b);
    }
  }
}
