import { describe, expect, it } from 'vitest';
import { evaluateIntrinsic, isIntrinsic, javaRandomNextInt, parseIntrinsic, validateIntrinsic } from './index';
import { failure } from '../testing/statesFailure';

const ctx = (input: unknown = {}, extra: Partial<{ context: unknown; variables: Record<string, unknown> }> = {}) => ({
  input,
  context: extra.context ?? {},
  variables: extra.variables ?? {},
});
const run = (expr: string, input: unknown = {}) => evaluateIntrinsic(expr, ctx(input));

describe('parsing', () => {
  it('recognises intrinsic expressions', () => {
    expect(isIntrinsic('States.Format(\'x\')')).toBe(true);
    expect(isIntrinsic(' States.UUID()')).toBe(true);
    expect(isIntrinsic('$.a')).toBe(false);
    expect(isIntrinsic(42)).toBe(false);
  });
  it('parses every kind of argument', () => {
    const call = parseIntrinsic("States.Array('a\\'b', -1.5, true, false, null, $.x[0], $$.Execution.Id, $var, States.UUID())");
    expect(call.args.map((a) => a.kind)).toEqual(['literal', 'literal', 'literal', 'literal', 'literal', 'path', 'path', 'path', 'call']);
    expect(call.args[0]).toMatchObject({ value: "a'b" });
    expect(call.args[1]).toMatchObject({ value: -1.5 });
    expect(call.args[5]).toEqual({ kind: 'path', path: '$.x[0]' });
  });
  it('keeps filters with commas and parentheses inside path arguments', () => {
    const call = parseIntrinsic("States.ArrayLength($.items[?(@.a == 'x,y')])");
    expect(call.args[0]).toEqual({ kind: 'path', path: "$.items[?(@.a == 'x,y')]" });
  });
  it('validates names, arity and syntax', () => {
    expect(validateIntrinsic('States.Format(\'{}\', $.a)')).toBeUndefined();
    expect(validateIntrinsic('States.Nope(1)')).toContain('Unknown intrinsic function');
    expect(validateIntrinsic('States.ArrayLength()')).toContain('exactly 1 argument');
    expect(validateIntrinsic('States.MathRandom(1)')).toContain('2 to 3 arguments');
    expect(validateIntrinsic('States.Array(1,')).toBeTypeOf('string');
    expect(validateIntrinsic("States.Format('x'")).toBeTypeOf('string');
    expect(validateIntrinsic('States.ArrayLength($.a[)')).toBeTypeOf('string');
    expect(validateIntrinsic('States.Array(States.Nope())')).toContain('Unknown');
  });
});

describe('States.Format', () => {
  it('fills placeholders with Java-style renderings', () => {
    expect(run("States.Format('Hello {} and {}.', $.a, $.b)", { a: 'x', b: 1 })).toBe('Hello x and 1.');
    expect(run("States.Format('{} {}', $.a, $.b)", { a: null, b: { Arg1: 1, Arg2: [] } })).toBe('null {Arg1=1, Arg2=[]}');
    expect(run("States.Format('{}', $.a)", { a: [1, 'x', true] })).toBe('[1, x, true]');
  });
  it('renders non-integer numbers like Java', () => {
    expect(run("States.Format('{} {} {} {}', $.a, $.b, $.c, $.d)", { a: 1.5, b: 1.5e-7, c: 12345678.5, d: 10000000000 })).toBe('1.5 1.5E-7 1.23456785E7 10000000000');
  });
  it('keeps escaped braces, quotes and backslashes literal', () => {
    expect(run("States.Format('\\{\\} {} it\\'s \\\\', 'v')")).toBe("{} v it's \\");
  });
  it('fails when placeholders and values disagree', () => {
    expect(failure(() => run("States.Format('{} {}', 1)")).error).toBe('States.IntrinsicFailure');
  });
});

describe('JSON functions', () => {
  it('StringToJson / JsonToString', () => {
    expect(run('States.StringToJson($.s)', { s: '{"a": [1, 2]}' })).toEqual({ a: [1, 2] });
    expect(run('States.StringToJson($.s)', { s: ' ' })).toBeNull();
    expect(Object.is(run('States.StringToJson($.s)', { s: '-0' }), 0)).toBe(true);
    expect(failure(() => run('States.StringToJson($.s)', { s: '{bad' })).error).toBe('States.IntrinsicFailure');
    expect(run('States.JsonToString($.o)', { o: { Arg1: 1, Arg2: [] } })).toBe('{"Arg1":1,"Arg2":[]}');
    expect(run('States.JsonToString($.o)', { o: 'x' })).toBe('"x"');
  });
  it('JsonMerge is shallow', () => {
    expect(run('States.JsonMerge($.a, $.b, false)', { a: { x: { p: 1 }, y: 1 }, b: { x: { q: 2 } } })).toEqual({ x: { q: 2 }, y: 1 });
    expect(failure(() => run('States.JsonMerge($.a, $.b, true)', { a: {}, b: {} })).error).toBe('States.IntrinsicFailure');
    expect(failure(() => run('States.JsonMerge($.a, $.b, false)', { a: [], b: {} })).error).toBe('States.IntrinsicFailure');
  });
  it('nested calls', () => {
    expect(run("States.JsonMerge(States.StringToJson('{\"a\": 1}'), $.b, false)", { b: { c: 2 } })).toEqual({ a: 1, c: 2 });
  });
});

describe('array functions', () => {
  it('Array', () => expect(run("States.Array('a', 1, $.x)", { x: null })).toEqual(['a', 1, null]));
  it('ArrayPartition', () => {
    expect(run('States.ArrayPartition($.a, 2)', { a: [1, 2, 3, 4, 5] })).toEqual([[1, 2], [3, 4], [5]]);
    expect(run('States.ArrayPartition($.a, 3)', { a: [] })).toEqual([]);
    expect(failure(() => run('States.ArrayPartition($.a, 0)', { a: [1] })).error).toBe('States.IntrinsicFailure');
  });
  it('ArrayContains uses deep equality', () => {
    expect(run('States.ArrayContains($.a, $.v)', { a: [{ x: [1] }], v: { x: [1] } })).toBe(true);
    expect(run('States.ArrayContains($.a, $.v)', { a: [], v: null })).toBe(false);
  });
  it('ArrayRange', () => {
    expect(run('States.ArrayRange(0, 10, 3)')).toEqual([0, 3, 6, 9]);
    expect(run('States.ArrayRange(5, 1, -2)')).toEqual([5, 3, 1]);
    expect(run('States.ArrayRange(1, 0, 1)')).toEqual([]);
    expect(failure(() => run('States.ArrayRange(1, 1001, 1)')).error).toBe('States.IntrinsicFailure');
    expect(run('States.ArrayRange(1, 1000, 1)')).toHaveLength(1000);
    expect(failure(() => run('States.ArrayRange(1, 5, 0)')).error).toBe('States.IntrinsicFailure');
  });
  it('ArrayGetItem, ArrayLength, ArrayUnique', () => {
    expect(run('States.ArrayGetItem($.a, 1)', { a: [1, 2] })).toBe(2);
    expect(failure(() => run('States.ArrayGetItem($.a, 2)', { a: [1, 2] })).error).toBe('States.IntrinsicFailure');
    expect(run('States.ArrayLength($.a)', { a: [1, 2, 3] })).toBe(3);
    expect(run('States.ArrayUnique($.a)', { a: [1, 1, 'x', 'x', { a: 1, b: 2 }, { b: 2, a: 1 }, null, null] })).toEqual([1, 'x', { a: 1, b: 2 }, null]);
  });
});

describe('encoding, hashing, math, strings, uuid', () => {
  it('Base64 round trip over UTF-8', () => {
    expect(run("States.Base64Encode('Data to encode')")).toBe('RGF0YSB0byBlbmNvZGU=');
    expect(run("States.Base64Decode('RGF0YSB0byBlbmNvZGU=')")).toBe('Data to encode');
    expect(run("States.Base64Encode('é✓')")).toBe(Buffer.from('é✓').toString('base64'));
    expect(run("States.Base64Encode('')")).toBe('');
    expect(failure(() => run("States.Base64Decode('@@@')")).error).toBe('States.IntrinsicFailure');
  });
  it('Hash', () => {
    expect(run("States.Hash('input data', 'MD5')")).toBe('812f45842bc6d66ee14572ce20db8e86');
    expect(failure(() => run("States.Hash('x', 'SHA-3')")).error).toBe('States.IntrinsicFailure');
  });
  it('MathAdd rounds each operand half up', () => {
    expect(run('States.MathAdd($.a, $.b)', { a: 1.5, b: 1.51 })).toBe(4);
    expect(run('States.MathAdd($.a, $.b)', { a: -1.5, b: -1.51 })).toBe(-3);
    expect(Object.is(run('States.MathAdd($.a, 0)', { a: -0.5 }), 0)).toBe(true);
    expect(run('States.MathAdd(111, -1)')).toBe(110);
    expect(failure(() => run("States.MathAdd('1', 2)")).error).toBe('States.IntrinsicFailure');
  });
  it('MathRandom stays in range and is reproducible with a seed', () => {
    for (let i = 0; i < 50; i++) {
      const n = run('States.MathRandom(1, 10)') as number;
      expect(n >= 1 && n < 10 && Number.isInteger(n)).toBe(true);
    }
    expect(run('States.MathRandom(0, 100, 7)')).toBe(run('States.MathRandom(0, 100, 7)'));
    // java.util.Random(42).nextInt(10) is 0; new Random(0).nextInt(100) is 60.
    expect(javaRandomNextInt(42, 10)).toBe(0);
    expect(javaRandomNextInt(0, 100)).toBe(60);
  });
  it('StringSplit splits on each delimiter character and drops empty tokens', () => {
    expect(run('States.StringSplit($.s, $.d)', { s: 'This.is+a,test=string', d: '.+,=' })).toEqual(['This', 'is', 'a', 'test', 'string']);
    expect(run('States.StringSplit($.s, $.d)', { s: ', , ,', d: ',' })).toEqual([' ', ' ']);
    expect(run('States.StringSplit($.s, $.d)', { s: ',,,,', d: ',' })).toEqual([]);
  });
  it('UUID is a v4 UUID', () => {
    expect(run('States.UUID()')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('paths and errors', () => {
  it('reads context and variables', () => {
    expect(evaluateIntrinsic('States.Array($$.Execution.Name, $v)', ctx({}, { context: { Execution: { Name: 'n' } }, variables: { v: 2 } }))).toEqual(['n', 2]);
  });
  it('a missing path argument is States.Runtime', () => {
    expect(failure(() => run('States.ArrayLength($.missing)')).error).toBe('States.Runtime');
  });
  it('a malformed expression is States.IntrinsicFailure', () => {
    expect(failure(() => run('States.Array(1,')).error).toBe('States.IntrinsicFailure');
    expect(failure(() => run('States.Nope()')).error).toBe('States.IntrinsicFailure');
  });
});
