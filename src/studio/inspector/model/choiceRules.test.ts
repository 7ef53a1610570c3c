import { describe, expect, it } from 'vitest';
import type { ChoiceRule } from '../../../asl/types';
import { OPERATORS, operatorInfo, operatorOfKey, parseOperand } from './choiceOperators';
import { comparisonCondition, comparisonOf, conditionKind, convertCondition, describeCondition, withCondition } from './choiceRules';

describe('choice operators', () => {
  it('lists every ASL comparison operator and resolves Path variants', () => {
    expect(OPERATORS).toHaveLength(23);
    expect(operatorOfKey('NumericGreaterThanPath')).toMatchObject({ info: { name: 'NumericGreaterThan' }, usePath: true });
    expect(operatorOfKey('StringMatchesPath')).toBeUndefined();
    expect(operatorOfKey('IsPresent')).toMatchObject({ info: { family: 'test' }, usePath: false });
    expect(operatorOfKey('Next')).toBeUndefined();
  });
  it('parses operands by family', () => {
    expect(parseOperand('numeric', '3.5')).toEqual({ value: 3.5 });
    expect(parseOperand('numeric', 'abc')).toHaveProperty('error');
    expect(parseOperand('boolean', 'false')).toEqual({ value: false });
    expect(parseOperand('timestamp', '2030-01-01T00:00:00Z')).toEqual({ value: '2030-01-01T00:00:00Z' });
    expect(parseOperand('timestamp', 'tomorrow')).toHaveProperty('error');
  });
});

describe('choice rules', () => {
  const rule: ChoiceRule = { Variable: '$.x', NumericGreaterThan: 3, Next: 'Big', Comment: 'big ones' };

  it('reads a comparison', () => {
    const c = comparisonOf(rule);
    expect(c).toMatchObject({ variable: '$.x', usePath: false, value: 3 });
    expect(c?.operator.name).toBe('NumericGreaterThan');
    expect(describeCondition(rule)).toBe('$.x > 3');
  });

  it('rewrites the operator and keeps Next and Comment', () => {
    const next = withCondition(rule, comparisonCondition({ variable: '$.y', operator: operatorInfo('NumericLessThan')!, usePath: true, value: '$.limit' }));
    expect(next).toEqual({ Variable: '$.y', NumericLessThanPath: '$.limit', Next: 'Big', Comment: 'big ones' });
    expect(Object.keys(next)).toEqual(['Variable', 'NumericLessThanPath', 'Next', 'Comment']);
  });

  it('converts between comparison, Not, And and Or', () => {
    const not = convertCondition(rule, 'not');
    expect(not).toEqual({ Not: { Variable: '$.x', NumericGreaterThan: 3 }, Next: 'Big', Comment: 'big ones' });
    expect(conditionKind(not)).toBe('not');
    const and = convertCondition(not, 'and');
    expect(and).toEqual({ And: [{ Not: { Variable: '$.x', NumericGreaterThan: 3 } }], Next: 'Big', Comment: 'big ones' });
    expect(convertCondition(and, 'or')).toEqual({ Or: and.And, Next: 'Big', Comment: 'big ones' });
    expect(convertCondition(not, 'compare')).toEqual(rule);
  });

  it('describes nested conditions and type tests', () => {
    const nested: ChoiceRule = { And: [{ Variable: '$.a', StringEquals: 'x' }, { Not: { Variable: '$.b', IsNull: true } }], Next: 'N' };
    expect(describeCondition(nested)).toBe('$.a == "x" and not ($.b is null)');
    expect(describeCondition({ Condition: '{% $states.input.ok %}' })).toBe('{% $states.input.ok %}');
  });
});
