/** Required and allowed fields per state type and per query language. */
import { isStateType } from '../../types';
import type { ValidationContext } from '../context';
import { ALLOWED_FIELDS, JSONATA_ONLY_FIELDS, JSONPATH_ONLY_FIELDS, REQUIRED_FIELDS } from '../fieldTables';

export function allowedFields(ctx: ValidationContext): void {
  for (const s of ctx.states) {
    const type = s.state.Type;
    if (!isStateType(type)) continue;
    const allowed = ALLOWED_FIELDS[type];
    for (const field of Object.keys(s.state)) {
      const path = [...s.jsonPath, field];
      if (!allowed.has(field)) ctx.report('FIELD_NOT_ALLOWED', path, field, type);
      else if (s.queryLanguage === 'JSONata' && JSONPATH_ONLY_FIELDS.has(field)) ctx.report('JSONPATH_FIELD_IN_JSONATA', path, field);
      else if (s.queryLanguage === 'JSONPath' && JSONATA_ONLY_FIELDS.has(field)) ctx.report('JSONATA_FIELD_IN_JSONPATH', path, field);
    }
    for (const field of REQUIRED_FIELDS[type] ?? []) {
      if (!(field in s.state)) ctx.report('REQUIRED_FIELD_MISSING', s.jsonPath, field, type);
    }
  }
}
