/** Retriers: ErrorEquals, and the ranges of IntervalSeconds, MaxAttempts, BackoffRate, MaxDelaySeconds, JitterStrategy. */
import type { ValidationContext } from '../context';
import { isObj } from '../context';
import { checkErrorEquals } from '../errorEquals';
import { isInteger } from '../values';

const FIELDS = new Set(['ErrorEquals', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy', 'Comment']);
const INTEGER_RANGES: Record<string, [number, number]> = {
  IntervalSeconds: [1, 99999999],
  MaxAttempts: [0, 99999999],
  MaxDelaySeconds: [1, 31622400],
};

export function retry(ctx: ValidationContext): void {
  for (const s of ctx.states) {
    if (!('Retry' in s.state)) continue;
    const path = [...s.jsonPath, 'Retry'];
    const list = s.state.Retry;
    if (!Array.isArray(list)) {
      ctx.report('RETRY_NOT_ARRAY', path);
      continue;
    }
    checkErrorEquals(ctx, list, path, 'retrier');
    list.forEach((retrier, i) => {
      if (!isObj(retrier)) {
        ctx.report('INVALID_FIELD_TYPE', [...path, i], 'Retry', 'an array of objects');
        return;
      }
      for (const key of Object.keys(retrier)) if (!FIELDS.has(key)) ctx.report('RETRIER_FIELD_NOT_ALLOWED', [...path, i, key], key);
      for (const [field, [min, max]] of Object.entries(INTEGER_RANGES)) {
        if (!(field in retrier)) continue;
        const v = retrier[field];
        if (!isInteger(v)) ctx.report('INVALID_FIELD_TYPE', [...path, i, field], field, 'an integer');
        else if (v < min || v > max) ctx.report('FIELD_OUT_OF_RANGE', [...path, i, field], field, `between ${min} and ${max}`);
      }
      if ('BackoffRate' in retrier) {
        const v = retrier.BackoffRate;
        if (typeof v !== 'number') ctx.report('INVALID_FIELD_TYPE', [...path, i, 'BackoffRate'], 'BackoffRate', 'a number');
        else if (v < 1) ctx.report('FIELD_OUT_OF_RANGE', [...path, i, 'BackoffRate'], 'BackoffRate', 'at least 1.0');
      }
      if ('JitterStrategy' in retrier && retrier.JitterStrategy !== 'FULL' && retrier.JitterStrategy !== 'NONE') {
        ctx.report('FIELD_OUT_OF_RANGE', [...path, i, 'JitterStrategy'], 'JitterStrategy', '"FULL" or "NONE"');
      }
    });
  }
}
