/** Next / End: exactly one on states that transition; End is `true`. */
import type { ValidationContext } from '../context';

const TRANSITIONING = new Set(['Task', 'Pass', 'Wait', 'Parallel', 'Map']);

export function transitions(ctx: ValidationContext): void {
  for (const s of ctx.states) {
    const { state } = s;
    if (!TRANSITIONING.has(state.Type as string)) continue;
    const hasNext = 'Next' in state;
    const hasEnd = 'End' in state;
    if (hasNext && hasEnd) ctx.report('NEXT_AND_END', [...s.jsonPath, 'Next']);
    else if (!hasNext && !hasEnd) ctx.report('TRANSITION_MISSING', s.jsonPath, s.name);
    if (hasNext && typeof state.Next !== 'string') ctx.report('INVALID_FIELD_TYPE', [...s.jsonPath, 'Next'], 'Next', 'a state name');
    if (hasEnd && state.End !== true) ctx.report('END_NOT_TRUE', [...s.jsonPath, 'End']);
  }
}
