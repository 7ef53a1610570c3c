/**
 * Payload templates of JSONPath states (Parameters, ResultSelector, ItemSelector, Assign, …):
 * every key ending in ".$" holds a path, a context path (`$$.`), a variable (`$name`) or an
 * intrinsic function, checked for syntax, names and argument counts.
 */
import type { JsonPath, StateInfo, ValidationContext } from '../context';
import { isObj } from '../context';
import { intrinsicError, looksIntrinsic, pathError } from '../pathSyntax';

const TEMPLATE_FIELDS = ['Parameters', 'ResultSelector', 'ItemSelector', 'Assign', 'Credentials'];

function walk(ctx: ValidationContext, value: unknown, path: JsonPath): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(ctx, v, [...path, i]));
    return;
  }
  if (!isObj(value)) return;
  for (const [key, v] of Object.entries(value)) {
    const here = [...path, key];
    if (!key.endsWith('.$')) {
      walk(ctx, v, here);
      continue;
    }
    if (typeof v !== 'string') {
      ctx.report('INVALID_PAYLOAD_PATH', here, key, 'the value must be a string.');
    } else if (looksIntrinsic(v)) {
      const error = intrinsicError(v);
      if (error) ctx.report('INVALID_INTRINSIC', here, error);
    } else {
      const error = pathError(v);
      if (error) ctx.report('INVALID_PAYLOAD_PATH', here, key, error);
    }
  }
}

function checkState(ctx: ValidationContext, s: StateInfo): void {
  const { state } = s;
  for (const field of TEMPLATE_FIELDS) if (field in state) walk(ctx, state[field], [...s.jsonPath, field]);
  for (const [container, fields] of [['ItemReader', ['Parameters']], ['ResultWriter', ['Parameters']], ['ItemBatcher', ['BatchInput']]] as const) {
    const obj = state[container];
    if (isObj(obj)) for (const f of fields) if (f in obj) walk(ctx, obj[f], [...s.jsonPath, container, f]);
  }
  for (const list of ['Catch', 'Choices'] as const) {
    const items = state[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      if (isObj(item) && 'Assign' in item) walk(ctx, item.Assign, [...s.jsonPath, list, i, 'Assign']);
    });
  }
}

export function payloadTemplates(ctx: ValidationContext): void {
  for (const s of ctx.states) if (s.queryLanguage === 'JSONPath') checkState(ctx, s);
}
