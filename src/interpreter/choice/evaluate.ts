import { evaluatePath, PathNotFoundError } from '../../asl/jsonpath';
import { StatesError } from '../../asl/statesError';
import { CHOICE_OPERATORS, COMPARISONS, TYPE_TESTS } from './operators';

/** What Choice rule paths can read besides the state input: `$$` and `$name`. */
export interface ChoiceContext {
  context: unknown;
  variables: Readonly<Record<string, unknown>>;
}

const MISSING = Symbol('missing');
const OPERATOR_SET: ReadonlySet<string> = new Set(CHOICE_OPERATORS);

function read(path: unknown, input: unknown, ctx: ChoiceContext | undefined): unknown {
  if (typeof path !== 'string') throw new StatesError('States.Runtime', `Invalid path ${JSON.stringify(path)}: a Choice rule path must be a string`);
  try {
    return evaluatePath(input, path, ctx ? { context: ctx.context, variables: ctx.variables } : undefined);
  } catch (error) {
    if (error instanceof PathNotFoundError) return MISSING;
    throw error;
  }
}

// AWS's cause when a rule reads a path that is not there (other than with IsPresent).
const invalidPath = (path: unknown): StatesError =>
  new StatesError('States.Runtime', `Invalid path '${String(path)}': The choice state's condition path references an invalid value.`);

/**
 * Evaluates a JSONPath Choice rule (ASL spec "Choice Rules"): `And`/`Or`/`Not` combinators, or
 * `Variable` with one comparison operator, its `…Path` form, or a type test (`IsNull`, `IsPresent`,
 * … with `true` or `false`). Values of the wrong type make a comparison false.
 * JSONata `Condition` rules are not handled here.
 * @throws StatesError `States.Runtime` when `Variable` (or a `…Path` operand) matches nothing,
 *   except for `IsPresent`
 */
export function evaluateChoiceRule(rule: unknown, input: unknown, ctx?: ChoiceContext): boolean {
  if (typeof rule !== 'object' || rule === null) throw new StatesError('States.Runtime', 'A Choice rule must be an object');
  const r = rule as Record<string, unknown>;
  if (Array.isArray(r.And)) return r.And.every((sub) => evaluateChoiceRule(sub, input, ctx));
  if (Array.isArray(r.Or)) return r.Or.some((sub) => evaluateChoiceRule(sub, input, ctx));
  if ('Not' in r) return !evaluateChoiceRule(r.Not, input, ctx);

  let operator: string | undefined;
  for (const key in r) {
    if (OPERATOR_SET.has(key)) {
      operator = key;
      break;
    }
  }
  if (!operator) throw new StatesError('States.Runtime', 'The Choice rule has no comparison operator');
  const expected = r[operator];
  const value = read(r.Variable, input, ctx);

  if (operator === 'IsPresent') return (value !== MISSING) === expected;
  if (value === MISSING) throw invalidPath(r.Variable);

  const typeTest = TYPE_TESTS[operator];
  if (typeTest) return typeTest(value) === expected;

  if (operator.endsWith('Path')) {
    const operand = read(expected, input, ctx);
    if (operand === MISSING) throw invalidPath(expected);
    const compare = COMPARISONS[operator.slice(0, -'Path'.length)];
    return compare ? compare(value, operand) : false;
  }
  const compare = COMPARISONS[operator];
  return compare ? compare(value, expected) : false;
}
