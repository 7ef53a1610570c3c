/** The machine and every nested scope: StartAt, States, known top-level fields, QueryLanguage. */
import type { ValidationContext } from '../context';
import { isObj } from '../context';

const MACHINE_FIELDS = new Set(['Comment', 'StartAt', 'States', 'Version', 'TimeoutSeconds', 'QueryLanguage']);
const BRANCH_FIELDS = new Set(['Comment', 'StartAt', 'States', 'QueryLanguage']);
const PROCESSOR_FIELDS = new Set([...BRANCH_FIELDS, 'ProcessorConfig']);

export function structure(ctx: ValidationContext): void {
  for (const info of ctx.scopes) {
    const { scope, jsonPath } = info;
    if (typeof scope.StartAt !== 'string') ctx.report('START_AT_MISSING', [...jsonPath, 'StartAt']);
    if (!isObj(scope.States)) ctx.report('STATES_MISSING', [...jsonPath, 'States']);
    else if (Object.keys(scope.States).length === 0) ctx.report('STATES_EMPTY', [...jsonPath, 'States']);
    if ('Comment' in scope && typeof scope.Comment !== 'string') ctx.report('INVALID_COMMENT', [...jsonPath, 'Comment']);
    if ('QueryLanguage' in scope && scope.QueryLanguage !== 'JSONPath' && scope.QueryLanguage !== 'JSONata') {
      ctx.report('INVALID_QUERY_LANGUAGE', [...jsonPath, 'QueryLanguage']);
    }
    const allowed = info.kind === 'machine' ? MACHINE_FIELDS : info.kind === 'branch' ? BRANCH_FIELDS : PROCESSOR_FIELDS;
    for (const key of Object.keys(scope)) {
      if (allowed.has(key)) continue;
      ctx.report(info.kind === 'machine' ? 'UNKNOWN_TOP_LEVEL_FIELD' : 'UNKNOWN_SCOPE_FIELD', [...jsonPath, key], key);
    }
  }
  const root = ctx.root;
  if ('Version' in root && typeof root.Version !== 'string') ctx.report('INVALID_VERSION', ['Version']);
  if ('TimeoutSeconds' in root) {
    const t = root.TimeoutSeconds;
    if (typeof t !== 'number' || !Number.isInteger(t) || t <= 0 || t > 99999999) ctx.report('INVALID_MACHINE_TIMEOUT', ['TimeoutSeconds']);
  }
}
