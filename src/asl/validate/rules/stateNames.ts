/** State names: non-empty, at most 80 characters, unique across the whole machine (branches included). */
import type { ValidationContext } from '../context';

const MAX_NAME_LENGTH = 80;

export function stateNames(ctx: ValidationContext): void {
  const seen = new Set<string>();
  for (const s of ctx.states) {
    if (s.name === '') ctx.report('STATE_NAME_EMPTY', s.jsonPath);
    // Length in Unicode code points, as the service counts characters.
    if ([...s.name].length > MAX_NAME_LENGTH) ctx.report('STATE_NAME_TOO_LONG', s.jsonPath, s.name);
    if (seen.has(s.name)) ctx.report('DUPLICATE_STATE_NAME', s.jsonPath, s.name);
    seen.add(s.name);
  }
}
