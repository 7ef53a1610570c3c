/**
 * Names assigned with `Assign` (state, Choice rule, catcher): letters, digits and `_`, not starting
 * with a digit, at most 80 characters; `states` is reserved for JSONata's `$states`.
 */
import type { JsonPath, ValidationContext } from '../context';
import { isObj } from '../context';

const NAME = /^[\p{L}_][\p{L}\p{N}_]{0,79}$/u;

function checkAssign(ctx: ValidationContext, assign: unknown, path: JsonPath, jsonPath: boolean): void {
  if (!isObj(assign)) return;
  for (const key of Object.keys(assign)) {
    const name = jsonPath && key.endsWith('.$') ? key.slice(0, -2) : key;
    if (!NAME.test(name) || name === 'states') ctx.report('INVALID_VARIABLE_NAME', [...path, key], name);
  }
}

export function variables(ctx: ValidationContext): void {
  for (const s of ctx.states) {
    const jp = s.queryLanguage === 'JSONPath';
    checkAssign(ctx, s.state.Assign, [...s.jsonPath, 'Assign'], jp);
    for (const list of ['Catch', 'Choices'] as const) {
      const items = s.state[list];
      if (!Array.isArray(items)) continue;
      items.forEach((item, i) => {
        if (isObj(item)) checkAssign(ctx, item.Assign, [...s.jsonPath, list, i, 'Assign'], jp);
      });
    }
  }
}
