/** Value types and ranges of state fields (numbers may be JSONata expressions in JSONata states). */
import type { StateInfo, ValidationContext } from '../context';
import { isObj } from '../context';
import { isInteger, isJsonataExpression } from '../values';

const MAX_SECONDS = 99999999;
const STRING_FIELDS = ['Resource', 'Default', 'Label', 'ItemsPath', 'SecondsPath', 'TimestampPath', 'TimeoutSecondsPath',
  'HeartbeatSecondsPath', 'ErrorPath', 'CausePath', 'MaxConcurrencyPath', 'ToleratedFailureCountPath',
  'ToleratedFailurePercentagePath', 'Error', 'Cause', 'Timestamp'];
const NULLABLE_STRING_FIELDS = ['InputPath', 'OutputPath', 'ResultPath'];
const OBJECT_FIELDS = ['Parameters', 'ResultSelector', 'ItemSelector', 'Assign', 'Credentials', 'ItemReader', 'ItemBatcher',
  'ResultWriter'];

interface NumberSpec { field: string; min: number; max: number; integer: boolean }
const NUMBER_FIELDS: NumberSpec[] = [
  { field: 'TimeoutSeconds', min: 1, max: MAX_SECONDS, integer: true },
  { field: 'HeartbeatSeconds', min: 1, max: MAX_SECONDS, integer: true },
  { field: 'Seconds', min: 0, max: MAX_SECONDS, integer: true },
  { field: 'MaxConcurrency', min: 0, max: MAX_SECONDS, integer: true },
  { field: 'ToleratedFailureCount', min: 0, max: MAX_SECONDS, integer: true },
  { field: 'ToleratedFailurePercentage', min: 0, max: 100, integer: false },
];

function checkNumber(ctx: ValidationContext, s: StateInfo, spec: NumberSpec): void {
  const value = s.state[spec.field];
  const path = [...s.jsonPath, spec.field];
  if (s.queryLanguage === 'JSONata' && isJsonataExpression(value)) return;
  const expected = spec.integer ? 'an integer' : 'a number';
  if (typeof value !== 'number' || (spec.integer && !isInteger(value))) {
    ctx.report('INVALID_FIELD_TYPE', path, spec.field, s.queryLanguage === 'JSONata' ? `${expected} or a {% %} expression` : expected);
  } else if (value < spec.min || value > spec.max) {
    ctx.report('FIELD_OUT_OF_RANGE', path, spec.field, `between ${spec.min} and ${spec.max}`);
  }
}

export function fieldTypes(ctx: ValidationContext): void {
  for (const s of ctx.states) {
    const { state } = s;
    for (const field of STRING_FIELDS) {
      if (field in state && typeof state[field] !== 'string') ctx.report('INVALID_FIELD_TYPE', [...s.jsonPath, field], field, 'a string');
    }
    for (const field of NULLABLE_STRING_FIELDS) {
      const v = state[field];
      if (field in state && v !== null && typeof v !== 'string') ctx.report('INVALID_FIELD_TYPE', [...s.jsonPath, field], field, 'a path string or null');
    }
    for (const field of OBJECT_FIELDS) {
      if (field in state && !isObj(state[field])) ctx.report('INVALID_FIELD_TYPE', [...s.jsonPath, field], field, 'an object');
    }
    for (const spec of NUMBER_FIELDS) if (spec.field in state) checkNumber(ctx, s, spec);
    if ('Arguments' in state && !isObj(state.Arguments) && !isJsonataExpression(state.Arguments)) {
      ctx.report('INVALID_FIELD_TYPE', [...s.jsonPath, 'Arguments'], 'Arguments', 'an object or a {% %} expression');
    }
    if ('Items' in state && !Array.isArray(state.Items) && !isJsonataExpression(state.Items)) {
      ctx.report('INVALID_FIELD_TYPE', [...s.jsonPath, 'Items'], 'Items', 'an array or a {% %} expression');
    }
  }
}
