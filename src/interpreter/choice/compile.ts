/**
 * JSONPath Choice rules compiled once per execution: the operator found, the paths parsed, the
 * comparison picked — then each evaluation only reads values and compares. Behaves exactly like
 * {@link evaluateChoiceRule} (the same errors, raised at evaluation time, in the same order).
 */
import { evaluateParsedPath, parseOrThrow, PathNotFoundError, type ParsedPath } from '../../asl/jsonpath';
import { StatesError } from '../../asl/statesError';
import type { ChoiceContext } from './evaluate';
import { CHOICE_OPERATORS, COMPARISONS, TYPE_TESTS } from './operators';

/** A compiled rule: true when it matches `input`. */
export type CompiledRule = (input: unknown, ctx: ChoiceContext | undefined) => boolean;

const MISSING = Symbol('missing');
const OPERATOR_SET: ReadonlySet<string> = new Set(CHOICE_OPERATORS);

type Reader = (input: unknown, ctx: ChoiceContext | undefined) => unknown;

/** Reads a rule path; MISSING when it matches nothing (a bad path fails when evaluated). */
function reader(path: unknown): Reader {
  if (typeof path !== 'string') {
    return () => {
      throw new StatesError('States.Runtime', `Invalid path ${JSON.stringify(path)}: a Choice rule path must be a string`);
    };
  }
  let parsed: ParsedPath;
  try {
    parsed = parseOrThrow(path);
  } catch {
    // a syntax error fails the state when the rule is evaluated (a fresh error each time)
    return () => parseOrThrow(path);
  }
  return (input, ctx) => {
    try {
      return evaluateParsedPath(parsed, input, ctx);
    } catch (error) {
      if (error instanceof PathNotFoundError) return MISSING;
      throw error;
    }
  };
}

const invalidPath = (path: unknown): StatesError =>
  new StatesError('States.Runtime', `Invalid path '${String(path)}': The choice state's condition path references an invalid value.`);

function failing(error: () => StatesError): CompiledRule {
  return () => {
    throw error();
  };
}

/** Compiles a JSONPath Choice rule (`And`/`Or`/`Not`, or `Variable` with one operator). */
export function compileChoiceRule(rule: unknown): CompiledRule {
  if (typeof rule !== 'object' || rule === null) return failing(() => new StatesError('States.Runtime', 'A Choice rule must be an object'));
  const r = rule as Record<string, unknown>;
  if (Array.isArray(r.And)) {
    const subs = r.And.map(compileChoiceRule);
    return (input, ctx) => {
      for (let i = 0; i < subs.length; i++) if (!subs[i]!(input, ctx)) return false;
      return true;
    };
  }
  if (Array.isArray(r.Or)) {
    const subs = r.Or.map(compileChoiceRule);
    return (input, ctx) => {
      for (let i = 0; i < subs.length; i++) if (subs[i]!(input, ctx)) return true;
      return false;
    };
  }
  if ('Not' in r) {
    const sub = compileChoiceRule(r.Not);
    return (input, ctx) => !sub(input, ctx);
  }
  let operator: string | undefined;
  for (const key in r) {
    if (OPERATOR_SET.has(key)) {
      operator = key;
      break;
    }
  }
  if (!operator) return failing(() => new StatesError('States.Runtime', 'The Choice rule has no comparison operator'));
  const expected = r[operator];
  const variable = r.Variable;
  const read = reader(variable);

  if (operator === 'IsPresent') return (input, ctx) => (read(input, ctx) !== MISSING) === expected;
  const typeTest = TYPE_TESTS[operator];
  if (typeTest) {
    return (input, ctx) => {
      const value = read(input, ctx);
      if (value === MISSING) throw invalidPath(variable);
      return typeTest(value) === expected;
    };
  }
  if (operator.endsWith('Path')) {
    const readOperand = reader(expected);
    const compare = COMPARISONS[operator.slice(0, -'Path'.length)];
    return (input, ctx) => {
      const value = read(input, ctx);
      if (value === MISSING) throw invalidPath(variable);
      const operand = readOperand(input, ctx);
      if (operand === MISSING) throw invalidPath(expected);
      return compare ? compare(value, operand) : false;
    };
  }
  const compare = COMPARISONS[operator];
  return (input, ctx) => {
    const value = read(input, ctx);
    if (value === MISSING) throw invalidPath(variable);
    return compare ? compare(value, expected) : false;
  };
}
