/** Every state is an object with one of the eight Types, and a valid QueryLanguage override. */
import { isStateType } from '../../types';
import type { ValidationContext } from '../context';
import { isObj } from '../context';

export function stateType(ctx: ValidationContext): void {
  for (const s of ctx.states) {
    if (!isObj(s.raw)) {
      ctx.report('STATE_NOT_OBJECT', s.jsonPath, s.name);
      continue;
    }
    if (!('Type' in s.state)) ctx.report('STATE_TYPE_MISSING', s.jsonPath, s.name);
    else if (!isStateType(s.state.Type)) ctx.report('STATE_TYPE_INVALID', [...s.jsonPath, 'Type'], String(s.state.Type));
    const ql = s.state.QueryLanguage;
    if (ql !== undefined && ql !== 'JSONPath' && ql !== 'JSONata') ctx.report('INVALID_QUERY_LANGUAGE', [...s.jsonPath, 'QueryLanguage']);
    // ASL spec: a JSONata machine cannot hold JSONPath states (the reverse is allowed).
    if (ql === 'JSONPath' && ctx.root.QueryLanguage === 'JSONata') ctx.report('JSONPATH_STATE_IN_JSONATA_MACHINE', [...s.jsonPath, 'QueryLanguage']);
    if ('Comment' in s.state && typeof s.state.Comment !== 'string') ctx.report('INVALID_COMMENT', [...s.jsonPath, 'Comment']);
  }
}
