/**
 * Per scope, walk the transitions from StartAt: states never reached are a warning; a scope from
 * which no terminal state (End, Succeed, Fail) can be reached is an error.
 */
import type { ScopeInfo, ValidationContext } from '../context';
import { isObj } from '../context';

/** Names a state can transition to (Next, Default, Choice rules, Catch). */
export function successors(state: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (typeof state.Next === 'string' && state.Type !== 'Choice') out.push(state.Next);
  if (state.Type === 'Choice') {
    if (typeof state.Default === 'string') out.push(state.Default);
    if (Array.isArray(state.Choices)) for (const r of state.Choices) if (isObj(r) && typeof r.Next === 'string') out.push(r.Next);
  }
  if (Array.isArray(state.Catch)) for (const c of state.Catch) if (isObj(c) && typeof c.Next === 'string') out.push(c.Next);
  return out;
}

function isTerminal(state: Record<string, unknown>): boolean {
  return state.Type === 'Succeed' || state.Type === 'Fail' || state.End === true;
}

function checkScope(ctx: ValidationContext, scope: ScopeInfo): void {
  const states = scope.states;
  const start = scope.scope.StartAt;
  if (!states || typeof start !== 'string' || !Object.prototype.hasOwnProperty.call(states, start)) return;
  const seen = new Set<string>([start]);
  const queue = [start];
  let terminal = false;
  while (queue.length > 0) {
    const name = queue.shift() as string;
    const state = states[name];
    if (!isObj(state)) continue;
    if (isTerminal(state)) terminal = true;
    for (const next of successors(state)) {
      if (!seen.has(next) && Object.prototype.hasOwnProperty.call(states, next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  for (const name of Object.keys(states)) {
    if (!seen.has(name)) ctx.report('UNREACHABLE_STATE', [...scope.jsonPath, 'States', name], name);
  }
  if (!terminal) ctx.report('NO_TERMINAL_STATE', [...scope.jsonPath, 'StartAt']);
}

export function reachability(ctx: ValidationContext): void {
  for (const scope of ctx.scopes) checkScope(ctx, scope);
}
