/**
 * validateDefinition: runs every rule of `rules/` over a definition of any shape and returns
 * the diagnostics (never throws; a rule that crashes is reported as RULE_FAILED).
 */
import type { Diagnostic } from '../types';
import { createContext, isObj, type ValidationContext } from './context';
import { RULES } from './rules';
import { MESSAGES } from './messages';
import { MAX_NESTING_DEPTH, findJsonProblem } from '../jsonValue';

export type { ValidationContext, StateInfo, ScopeInfo } from './context';

/** Validate a state machine definition (already parsed) against the ASL rules. */
export function validateDefinition(definition: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!isObj(definition)) {
    out.push({ code: 'NOT_AN_OBJECT', message: MESSAGES.NOT_AN_OBJECT(), severity: 'error', path: [] });
    return out;
  }
  // The rules (and everything downstream: runs, exports, YAML) walk the document recursively:
  // a document nested beyond the limit, or not plain JSON, gets this one diagnostic.
  const problem = findJsonProblem(definition);
  if (problem) {
    const code = problem.kind === 'tooDeep' ? 'NESTED_TOO_DEEP' : 'NOT_JSON_VALUE';
    const message = problem.kind === 'tooDeep' ? MESSAGES.NESTED_TOO_DEEP(MAX_NESTING_DEPTH) : MESSAGES.NOT_JSON_VALUE(problem.message);
    return [{ code, message, severity: 'error', path: problem.path }];
  }
  let ctx: ValidationContext;
  try {
    ctx = createContext(definition, out);
  } catch (error) {
    return [{ code: 'RULE_FAILED', message: `Validation could not run: ${String(error)}`, severity: 'warning', path: [] }];
  }
  for (const [name, rule] of Object.entries(RULES)) {
    try {
      rule(ctx);
    } catch (error) {
      ctx.report('RULE_FAILED', [], name, String(error));
    }
  }
  return out;
}

/** True when no diagnostic is an error. */
export function isValidDefinition(definition: unknown): boolean {
  return validateDefinition(definition).every((d) => d.severity !== 'error');
}
