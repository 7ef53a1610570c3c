/** StartAt, Next, Default, Choice-rule and Catch targets name a state of the same scope. */
import type { ValidationContext } from '../context';
import { isObj } from '../context';

export function targets(ctx: ValidationContext): void {
  for (const scope of ctx.scopes) {
    const states = scope.states;
    if (!states) continue;
    const exists = (name: unknown): boolean => typeof name === 'string' && Object.prototype.hasOwnProperty.call(states, name);
    if (typeof scope.scope.StartAt === 'string' && !exists(scope.scope.StartAt)) {
      ctx.report('START_AT_TARGET_MISSING', [...scope.jsonPath, 'StartAt'], scope.scope.StartAt);
    }
  }
  for (const s of ctx.states) {
    const states = s.scope.states ?? {};
    const missing = (name: unknown): name is string => typeof name === 'string' && !Object.prototype.hasOwnProperty.call(states, name);
    const { state } = s;
    if (missing(state.Next) && state.Type !== 'Choice') ctx.report('NEXT_TARGET_MISSING', [...s.jsonPath, 'Next'], state.Next);
    if (state.Type === 'Choice') {
      if (missing(state.Default)) ctx.report('DEFAULT_TARGET_MISSING', [...s.jsonPath, 'Default'], state.Default);
      if (Array.isArray(state.Choices)) {
        state.Choices.forEach((rule, i) => {
          if (isObj(rule) && missing(rule.Next)) ctx.report('CHOICE_TARGET_MISSING', [...s.jsonPath, 'Choices', i, 'Next'], rule.Next);
        });
      }
    }
    if (Array.isArray(state.Catch)) {
      state.Catch.forEach((catcher, i) => {
        if (isObj(catcher) && missing(catcher.Next)) ctx.report('CATCH_TARGET_MISSING', [...s.jsonPath, 'Catch', i, 'Next'], catcher.Next);
      });
    }
  }
}
