import { describe, expect, it } from 'vitest';
import { applyInputPath, applyOutputPath, applyResultPath, resolvePayloadTemplate } from './index';
import { failure } from '../../asl/testing/statesFailure';

const ctx = (input: unknown, extra: Partial<{ context: unknown; variables: Record<string, unknown> }> = {}) => ({
  input,
  context: extra.context ?? { Execution: { Id: 'exec-1' } },
  variables: extra.variables ?? {},
});

describe('InputPath', () => {
  it('absent keeps the input, null gives {}, a path selects', () => {
    expect(applyInputPath({ a: 1 }, undefined)).toEqual({ a: 1 });
    expect(applyInputPath({ a: 1 }, null)).toEqual({});
    expect(applyInputPath({ a: { b: 2 } }, '$.a')).toEqual({ b: 2 });
    expect(applyInputPath({ a: [1, 2, 3] }, '$.a[1:]')).toEqual([2, 3]);
  });
  it('a missing path is States.Runtime with AWS cause', () => {
    const error = failure(() => applyInputPath({ 'int-literal': 0 }, '$.NoSuchInputPath'));
    expect(error.error).toBe('States.Runtime');
    expect(error.cause).toBe("Invalid path '$.NoSuchInputPath' : No results for path: $['NoSuchInputPath']");
  });
  it('may read the context and variables', () => {
    expect(applyInputPath({}, '$$.Execution.Id', { context: { Execution: { Id: 'x' } }, variables: {} })).toBe('x');
  });
});

describe('payload templates (Parameters, ResultSelector, ItemSelector)', () => {
  it('resolves .$ keys from paths, context, variables and intrinsics, recursively', () => {
    const template = {
      literal: 'x',
      'fromInput.$': '$.a',
      'all.$': '$',
      'ctx.$': '$$.Execution.Id',
      'var.$': '$count',
      'fn.$': "States.Format('n={}', $.a)",
      nested: { 'deep.$': '$.list[0]', list: [{ 'inArray.$': '$.a' }, 1, 'two.$'] },
    };
    expect(resolvePayloadTemplate(template, ctx({ a: 7, list: ['first'] }, { variables: { count: 3 } }))).toEqual({
      literal: 'x',
      fromInput: 7,
      all: { a: 7, list: ['first'] },
      ctx: 'exec-1',
      var: 3,
      fn: 'n=7',
      nested: { deep: 'first', list: [{ inArray: 7 }, 1, 'two.$'] },
    });
  });
  it('keeps non-object templates as they are', () => {
    expect(resolvePayloadTemplate('text', ctx({}))).toBe('text');
    expect(resolvePayloadTemplate(null, ctx({}))).toBeNull();
  });
  it('a missing path fails with States.Runtime and AWS wording', () => {
    const error = failure(() => resolvePayloadTemplate({ 'JobName.$': '$.JobName' }, ctx({})));
    expect(error.error).toBe('States.Runtime');
    expect(error.cause).toBe("The JSONPath '$.JobName' specified for the field 'JobName.$' could not be found in the input '{}'");
    expect(failure(() => resolvePayloadTemplate({ n: { 'missing.$': '$.nope.deep' } }, ctx({ other: 1 }))).cause).toBe(
      "The JSONPath '$.nope.deep' specified for the field 'missing.$' could not be found in the input '{\"other\":1}'",
    );
  });
  it('intrinsic failures surface as States.IntrinsicFailure', () => {
    expect(failure(() => resolvePayloadTemplate({ 'x.$': 'States.ArrayGetItem($.a, 5)' }, ctx({ a: [] }))).error).toBe('States.IntrinsicFailure');
  });
  it('a non-string .$ value is States.Runtime', () => {
    expect(failure(() => resolvePayloadTemplate({ 'x.$': 5 }, ctx({}))).error).toBe('States.Runtime');
  });
});

describe('ResultPath', () => {
  const input = { comment: 'test', details: { a: 1 } };
  it('absent and $ replace the input with the result', () => {
    expect(applyResultPath(input, 'R', undefined)).toBe('R');
    expect(applyResultPath(input, 'R', '$')).toBe('R');
  });
  it('null keeps the input', () => {
    expect(applyResultPath(input, 'R', null)).toBe(input);
  });
  it('a path places the result, creating nested keys', () => {
    expect(applyResultPath(input, 'R', '$.taskresult')).toEqual({ ...input, taskresult: 'R' });
    expect(applyResultPath(input, 'R', '$.details.x.y')).toEqual({ comment: 'test', details: { a: 1, x: { y: 'R' } } });
    expect(applyResultPath(input, 'R', '$.comment')).toEqual({ comment: 'R', details: { a: 1 } });
  });
  it('fails with States.ResultPathMatchFailure when the input cannot hold the result', () => {
    expect(failure(() => applyResultPath('a string', 'R', '$.x')).error).toBe('States.ResultPathMatchFailure');
    expect(failure(() => applyResultPath({ comment: 'text' }, 'R', '$.comment.x')).error).toBe('States.ResultPathMatchFailure');
  });
});

describe('OutputPath', () => {
  it('absent keeps, null gives {}, a path selects', () => {
    expect(applyOutputPath({ a: 1 }, undefined)).toEqual({ a: 1 });
    expect(applyOutputPath({ a: 1 }, null)).toEqual({});
    expect(applyOutputPath({ a: { b: 1 } }, '$.a.b')).toBe(1);
  });
  it('a missing path is States.Runtime', () => {
    expect(failure(() => applyOutputPath({}, '$.no.such.result.path')).cause).toBe(
      "Invalid path '$.no.such.result.path' : Missing property in path $['no']",
    );
  });
});

describe('keys that look special', () => {
  it('"__proto__" stays a plain key in templates and ResultPath', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const out = resolvePayloadTemplate(JSON.parse('{"__proto__.$": "$.a", "b": 2}'), ctx(input)) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    const placed = applyResultPath(input, 5, "$['__proto__']") as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(placed, '__proto__')?.value).toBe(5);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
