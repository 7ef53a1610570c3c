/** A Wait state has exactly one of Seconds / Timestamp / SecondsPath / TimestampPath; timestamps are RFC 3339. */
import type { ValidationContext } from '../context';
import { isJsonataExpression, isTimestamp } from '../values';

const DURATION_FIELDS = ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'];

export function wait(ctx: ValidationContext): void {
  for (const s of ctx.states) {
    if (s.state.Type !== 'Wait') continue;
    const count = DURATION_FIELDS.filter((f) => f in s.state).length;
    if (count !== 1) ctx.report('WAIT_DURATION_COUNT', s.jsonPath);
    const ts = s.state.Timestamp;
    if (typeof ts === 'string' && !isTimestamp(ts) && !(s.queryLanguage === 'JSONata' && isJsonataExpression(ts))) {
      ctx.report('INVALID_TIMESTAMP', [...s.jsonPath, 'Timestamp']);
    }
  }
}
