/** Parallel states: Branches is a non-empty array of { StartAt, States } objects. */
import type { ValidationContext } from '../context';
import { isObj } from '../context';

export function parallel(ctx: ValidationContext): void {
  for (const s of ctx.states) {
    if (s.state.Type !== 'Parallel' || !('Branches' in s.state)) continue;
    const branches = s.state.Branches;
    if (!Array.isArray(branches) || branches.length === 0) {
      ctx.report('BRANCHES_EMPTY', [...s.jsonPath, 'Branches']);
      continue;
    }
    branches.forEach((b, i) => {
      if (!isObj(b)) ctx.report('BRANCH_NOT_OBJECT', [...s.jsonPath, 'Branches', i]);
    });
  }
}
