import { stringMatches } from './stringMatches';
import { compareInstants, isTimestamp, parseTimestamp } from './timestamp';

type Comparison = (variable: unknown, operand: unknown) => boolean;

const strings = (test: (cmp: number) => boolean): Comparison => (a, b) =>
  typeof a === 'string' && typeof b === 'string' && test(a < b ? -1 : a > b ? 1 : 0);

const numbers = (test: (cmp: number) => boolean): Comparison => (a, b) =>
  typeof a === 'number' && typeof b === 'number' && test(a < b ? -1 : a > b ? 1 : 0);

const timestamps = (test: (cmp: number) => boolean): Comparison => (a, b) => {
  const left = parseTimestamp(a);
  const right = parseTimestamp(b);
  return left !== undefined && right !== undefined && test(compareInstants(left, right));
};

const eq = (c: number): boolean => c === 0;
const lt = (c: number): boolean => c < 0;
const gt = (c: number): boolean => c > 0;
const le = (c: number): boolean => c <= 0;
const ge = (c: number): boolean => c >= 0;

/**
 * The value comparisons of JSONPath Choice rules. A value of the wrong type never matches (the
 * rule is false, not an error) — recorded against AWS for every type pairing.
 */
export const COMPARISONS: Readonly<Record<string, Comparison>> = {
  StringEquals: strings(eq),
  StringLessThan: strings(lt),
  StringGreaterThan: strings(gt),
  StringLessThanEquals: strings(le),
  StringGreaterThanEquals: strings(ge),
  StringMatches: (a, b) => typeof a === 'string' && typeof b === 'string' && stringMatches(a, b),
  NumericEquals: numbers(eq),
  NumericLessThan: numbers(lt),
  NumericGreaterThan: numbers(gt),
  NumericLessThanEquals: numbers(le),
  NumericGreaterThanEquals: numbers(ge),
  BooleanEquals: (a, b) => typeof a === 'boolean' && typeof b === 'boolean' && a === b,
  TimestampEquals: timestamps(eq),
  TimestampLessThan: timestamps(lt),
  TimestampGreaterThan: timestamps(gt),
  TimestampLessThanEquals: timestamps(le),
  TimestampGreaterThanEquals: timestamps(ge),
};

/** The type tests; each compares its finding with the rule's `true`/`false`. */
export const TYPE_TESTS: Readonly<Record<string, (value: unknown) => boolean>> = {
  IsNull: (v) => v === null,
  IsNumeric: (v) => typeof v === 'number',
  IsString: (v) => typeof v === 'string',
  IsBoolean: (v) => typeof v === 'boolean',
  IsTimestamp: isTimestamp,
};

/** Every operator a JSONPath Choice rule may use (comparisons, their `…Path` forms, type tests). */
export const CHOICE_OPERATORS: readonly string[] = [
  ...Object.keys(COMPARISONS),
  ...Object.keys(COMPARISONS)
    .filter((op) => op !== 'StringMatches')
    .map((op) => `${op}Path`),
  ...Object.keys(TYPE_TESTS),
  'IsPresent',
];
