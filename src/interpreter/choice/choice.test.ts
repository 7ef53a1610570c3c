import { describe, expect, it } from 'vitest';
import { CHOICE_OPERATORS, evaluateChoiceRule, isTimestamp, parseTimestamp, stringMatches } from './index';
import { failure } from '../../asl/testing/statesFailure';

const check = (rule: Record<string, unknown>, input: unknown = {}) => evaluateChoiceRule(rule, input);
const v = (value: unknown) => ({ v: value });

describe('string comparisons', () => {
  it.each([
    ['StringEquals', 'abc', 'abc', true],
    ['StringEquals', 'abc', 'abd', false],
    ['StringLessThan', 'abc', 'abd', true],
    ['StringLessThan', 'abd', 'abc', false],
    ['StringGreaterThan', 'b', 'a', true],
    ['StringGreaterThan', 'a', 'a', false],
    ['StringLessThanEquals', 'a', 'a', true],
    ['StringLessThanEquals', 'b', 'a', false],
    ['StringGreaterThanEquals', 'a', 'a', true],
    ['StringGreaterThanEquals', 'a', 'b', false],
  ])('%s(%j, %j) = %s, and its Path form', (op, value, operand, result) => {
    expect(check({ Variable: '$.v', [op]: operand }, v(value))).toBe(result);
    expect(check({ Variable: '$.v', [`${op}Path`]: '$.o' }, { v: value, o: operand })).toBe(result);
  });
  it('non-strings never match', () => {
    for (const value of [1, null, true, [], {}, ['a']]) expect(check({ Variable: '$.v', StringEquals: 'a' }, v(value))).toBe(false);
  });
});

describe('StringMatches', () => {
  it.each([
    ['log-1.txt', 'log-*.txt', true],
    ['log-.txt', 'log-*.txt', true],
    ['log-1.csv', 'log-*.txt', false],
    ['anything', '*', true],
    ['a*b', 'a\\*b', true],
    ['axb', 'a\\*b', false],
    ['a\\b', 'a\\\\b', true],
    ['a.b', 'a.b', true],
    ['axb', 'a.b', false],
    ['(x)[y]', '(x)[*]', true],
    ['line1\nline2', 'line1*', true],
  ])('%j matches %j: %s', (value, pattern, result) => {
    expect(stringMatches(value, pattern)).toBe(result);
    expect(check({ Variable: '$.v', StringMatches: pattern }, v(value))).toBe(result);
  });
});

describe('numeric comparisons', () => {
  it.each([
    ['NumericEquals', 1, 1, true],
    ['NumericEquals', 1, 1.0, true],
    ['NumericEquals', 1.1, 1, false],
    ['NumericLessThan', 0, 1, true],
    ['NumericLessThan', 1, 1, false],
    ['NumericGreaterThan', 2, 1, true],
    ['NumericGreaterThan', 1, 1, false],
    ['NumericLessThanEquals', 1, 1, true],
    ['NumericLessThanEquals', 2, 1, false],
    ['NumericGreaterThanEquals', 1, 1, true],
    ['NumericGreaterThanEquals', 0, 1, false],
  ])('%s(%j, %j) = %s, and its Path form', (op, value, operand, result) => {
    expect(check({ Variable: '$.v', [op]: operand }, v(value))).toBe(result);
    expect(check({ Variable: '$.v', [`${op}Path`]: '$.o' }, { v: value, o: operand })).toBe(result);
  });
  it('numeric strings, booleans and null are not numbers', () => {
    for (const value of ['1', true, null, [1]]) expect(check({ Variable: '$.v', NumericEquals: 1 }, v(value))).toBe(false);
    expect(check({ Variable: '$.v', NumericEqualsPath: '$.o' }, { v: 1, o: '1' })).toBe(false);
  });
});

describe('BooleanEquals', () => {
  it('compares booleans only', () => {
    expect(check({ Variable: '$.v', BooleanEquals: true }, v(true))).toBe(true);
    expect(check({ Variable: '$.v', BooleanEquals: false }, v(false))).toBe(true);
    expect(check({ Variable: '$.v', BooleanEquals: false }, v(true))).toBe(false);
    expect(check({ Variable: '$.v', BooleanEquals: false }, v(0))).toBe(false);
    expect(check({ Variable: '$.v', BooleanEquals: false }, v(null))).toBe(false);
    expect(check({ Variable: '$.v', BooleanEqualsPath: '$.o' }, { v: false, o: false })).toBe(true);
    expect(check({ Variable: '$.v', BooleanEqualsPath: '$.o' }, { v: false, o: 'false' })).toBe(false);
  });
});

describe('timestamps', () => {
  it('parses RFC 3339 with uppercase T and Z or an offset', () => {
    expect(isTimestamp('2016-03-14T01:59:00Z')).toBe(true);
    expect(isTimestamp('2016-03-14T01:59:00.123456789+05:30')).toBe(true);
    expect(isTimestamp('2016-03-14T01:59:00-00:00')).toBe(true);
    for (const bad of ['2016-03-14', '2012-10-09T19:00:55', '2016-03-14t01:59:00Z', '2016-03-14T01:59:00z', '2016-03-14 01:59:00Z', '2016-02-30T00:00:00Z', '2016-03-14T24:00:00Z', 'now', 5, null]) {
      expect(isTimestamp(bad), String(bad)).toBe(false);
    }
    expect(isTimestamp('2016-02-29T00:00:00Z')).toBe(true);
  });
  it('compares instants across offsets and below the millisecond', () => {
    expect(parseTimestamp('2016-03-14T01:00:00+01:00')?.epochMillis).toBe(Date.UTC(2016, 2, 14, 0, 0, 0));
    expect(check({ Variable: '$.v', TimestampEquals: '2016-03-14T00:00:00Z' }, v('2016-03-14T01:00:00+01:00'))).toBe(true);
    expect(check({ Variable: '$.v', TimestampLessThan: '2016-03-14T00:00:00.0000002Z' }, v('2016-03-14T00:00:00.0000001Z'))).toBe(true);
  });
  it.each([
    ['TimestampEquals', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', true],
    ['TimestampLessThan', '2019-12-31T23:59:59Z', '2020-01-01T00:00:00Z', true],
    ['TimestampLessThan', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', false],
    ['TimestampGreaterThan', '2020-01-01T00:00:01Z', '2020-01-01T00:00:00Z', true],
    ['TimestampLessThanEquals', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', true],
    ['TimestampGreaterThanEquals', '2019-01-01T00:00:00Z', '2020-01-01T00:00:00Z', false],
  ])('%s(%j, %j) = %s, and its Path form', (op, value, operand, result) => {
    expect(check({ Variable: '$.v', [op]: operand }, v(value))).toBe(result);
    expect(check({ Variable: '$.v', [`${op}Path`]: '$.o' }, { v: value, o: operand })).toBe(result);
  });
  it('a non-timestamp never matches', () => {
    expect(check({ Variable: '$.v', TimestampEquals: '2020-01-01T00:00:00Z' }, v('2020-01-01'))).toBe(false);
    expect(check({ Variable: '$.v', TimestampEquals: '2020-01-01T00:00:00Z' }, v(1577836800))).toBe(false);
  });
});

describe('type tests with true and false', () => {
  const values: [string, unknown][] = [
    ['null', null],
    ['number', 1.5],
    ['string', 'x'],
    ['boolean', false],
    ['timestamp', '2020-01-01T00:00:00Z'],
    ['array', []],
    ['object', {}],
  ];
  const truth: Record<string, string[]> = {
    IsNull: ['null'],
    IsNumeric: ['number'],
    IsString: ['string', 'timestamp'],
    IsBoolean: ['boolean'],
    IsTimestamp: ['timestamp'],
    IsPresent: ['null', 'number', 'string', 'boolean', 'timestamp', 'array', 'object'],
  };
  for (const [op, types] of Object.entries(truth)) {
    it.each(values)(`${op} on %s`, (type, value) => {
      const expected = types.includes(type);
      expect(check({ Variable: '$.v', [op]: true }, v(value))).toBe(expected);
      expect(check({ Variable: '$.v', [op]: false }, v(value))).toBe(!expected);
    });
  }
  it('IsPresent on a missing field', () => {
    expect(check({ Variable: '$.missing', IsPresent: true }, {})).toBe(false);
    expect(check({ Variable: '$.missing', IsPresent: false }, {})).toBe(true);
    expect(check({ Variable: '$.a.b.c', IsPresent: false }, { a: 1 })).toBe(true);
  });
});

describe('combinators and errors', () => {
  const input = { type: 'Private', value: 22 };
  it('And / Or / Not, nested', () => {
    expect(check({ And: [{ Variable: '$.value', NumericGreaterThanEquals: 20 }, { Variable: '$.value', NumericLessThan: 30 }] }, input)).toBe(true);
    expect(check({ Or: [{ Variable: '$.value', NumericEquals: 0 }, { Variable: '$.type', StringEquals: 'Private' }] }, input)).toBe(true);
    expect(check({ Not: { Variable: '$.type', StringEquals: 'Private' } }, input)).toBe(false);
    expect(check({ Not: { And: [{ Variable: '$.type', IsPresent: true }, { Not: { Variable: '$.value', IsNumeric: true } }] } }, input)).toBe(true);
  });
  it('IsPresent guards a later comparison in And (short-circuit)', () => {
    expect(check({ And: [{ Variable: '$.maybe', IsPresent: true }, { Variable: '$.maybe', StringEquals: 'foo' }] }, {})).toBe(false);
  });
  it('a comparison on a missing Variable is States.Runtime', () => {
    const error = failure(() => check({ Variable: '$.missing', StringEquals: 'x' }, {}));
    expect(error.error).toBe('States.Runtime');
    expect(error.cause).toBe("Invalid path '$.missing': The choice state's condition path references an invalid value.");
    expect(failure(() => check({ Variable: '$.missing', IsNull: true }, {})).error).toBe('States.Runtime');
    expect(failure(() => check({ Variable: '$.v', StringEqualsPath: '$.missing' }, { v: 'a' })).error).toBe('States.Runtime');
  });
  it('reads the context object and variables', () => {
    const ctx = { context: { Execution: { Name: 'run-1' } }, variables: { guess: 'a', answer: 'a' } };
    expect(evaluateChoiceRule({ Variable: '$$.Execution.Name', StringEquals: 'run-1' }, {}, ctx)).toBe(true);
    expect(evaluateChoiceRule({ Variable: '$guess', StringEqualsPath: '$answer' }, {}, ctx)).toBe(true);
  });
  it('knows every operator of the ASL schema', () => {
    expect(CHOICE_OPERATORS).toHaveLength(17 + 16 + 6);
  });
});
