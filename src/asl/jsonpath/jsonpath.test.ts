import { describe, expect, it } from 'vitest';
import { failure } from '../testing/statesFailure';
import { evaluatePath, isReferencePath, queryPath, setAtReferencePath, validatePathSyntax } from './index';

const store = {
  store: {
    book: [
      { category: 'reference', author: 'Nigel Rees', title: 'Sayings', price: 8.95 },
      { category: 'fiction', author: 'Evelyn Waugh', title: 'Sword', price: 12.99 },
      { category: 'fiction', author: 'Herman Melville', title: 'Moby Dick', isbn: '0-553', price: 8.99 },
      { category: 'fiction', author: 'J. R. R. Tolkien', title: 'Rings', isbn: '0-395', price: 22.99 },
    ],
    bicycle: { color: 'red', price: 19.95 },
  },
  expensive: 10,
};

describe('evaluatePath: definite paths', () => {
  it('returns the root for $', () => {
    expect(evaluatePath({ a: 1 }, '$')).toEqual({ a: 1 });
  });
  it('reads dot and bracket properties and indexes', () => {
    expect(evaluatePath(store, '$.store.bicycle.color')).toBe('red');
    expect(evaluatePath(store, "$['store']['bicycle']['price']")).toBe(19.95);
    expect(evaluatePath(store, '$.store.book[1].author')).toBe('Evelyn Waugh');
    expect(evaluatePath(store, '$.store.book[-1].title')).toBe('Rings');
    expect(evaluatePath({ 'a-b': { 'c d': 1 } }, "$.a-b['c d']")).toBe(1);
    expect(evaluatePath({ 'a&b=c': 2 }, '$.a&b=c')).toBe(2);
  });
  it('returns null values as they are', () => {
    expect(evaluatePath({ a: null }, '$.a')).toBeNull();
  });
  it('reports a missing leaf like AWS', () => {
    const error = failure(() => evaluatePath({ 'int-literal': 0 }, '$.NoSuchInputPath'));
    expect(error.error).toBe('States.Runtime');
    expect(error.cause).toBe("Invalid path '$.NoSuchInputPath' : No results for path: $['NoSuchInputPath']");
  });
  it('reports a missing intermediate property like AWS', () => {
    const error = failure(() => evaluatePath({}, '$.no.such.result.path'));
    expect(error.cause).toBe("Invalid path '$.no.such.result.path' : Missing property in path $['no']");
  });
  it('reports an index out of range as no results', () => {
    expect(failure(() => evaluatePath({ a: [1] }, '$.a[3]')).cause).toBe("Invalid path '$.a[3]' : No results for path: $['a'][3]");
  });
  it('reports a property read on a non-object', () => {
    expect(failure(() => evaluatePath({ a: 'x' }, '$.a.b')).cause).toContain("Expected to find an object with property ['b'] in path $['a'] but found 'java.lang.String'");
  });
  it('reads the context object and variables', () => {
    const scope = { context: { Execution: { Input: { x: 1 } } }, variables: { count: 3, obj: { k: [5] } } };
    expect(evaluatePath({}, '$$.Execution.Input.x', scope)).toBe(1);
    expect(evaluatePath({}, '$count', scope)).toBe(3);
    expect(evaluatePath({}, '$obj.k[0]', scope)).toBe(5);
    expect(failure(() => evaluatePath({}, '$nope', scope)).error).toBe('States.Runtime');
  });
});

describe('evaluatePath: indefinite paths', () => {
  it('wildcards', () => {
    expect(evaluatePath(store, '$.store.book[*].author')).toEqual(['Nigel Rees', 'Evelyn Waugh', 'Herman Melville', 'J. R. R. Tolkien']);
    expect(evaluatePath({ a: { x: 1, y: 2 } }, '$.a.*')).toEqual([1, 2]);
  });
  it('index lists and slices', () => {
    expect(evaluatePath([0, 1, 2, 3, 4], '$[0,2]')).toEqual([0, 2]);
    expect(evaluatePath([0, 1, 2, 3, 4], '$[1:3]')).toEqual([1, 2]);
    expect(evaluatePath([0, 1, 2, 3, 4], '$[-2:]')).toEqual([3, 4]);
    expect(evaluatePath([0, 1, 2, 3, 4], '$[:2]')).toEqual([0, 1]);
    expect(evaluatePath({ vals: [0, 10, 20, 30, 40, 50] }, '$.vals[3:]')).toEqual([30, 40, 50]);
  });
  it('deep scan', () => {
    expect(evaluatePath(store, '$..price')).toEqual([8.95, 12.99, 8.99, 22.99, 19.95]);
    expect(evaluatePath(store, '$..book[0].title')).toEqual(['Sayings']);
  });
  it('filters with comparisons, && and ||', () => {
    expect(evaluatePath(store, '$.store.book[?(@.price < 10)].title')).toEqual(['Sayings', 'Moby Dick']);
    expect(evaluatePath(store, "$.store.book[?(@.category == 'reference')].author")).toEqual(['Nigel Rees']);
    expect(evaluatePath(store, "$.store.book[?(@.category == 'fiction' && @.price > 20)].title")).toEqual(['Rings']);
    expect(evaluatePath(store, '$.store.book[?(@.price < 9 || @.price > 20)].title')).toEqual(['Sayings', 'Moby Dick', 'Rings']);
    expect(evaluatePath(store, '$.store.book[?(@.isbn)].title')).toEqual(['Moby Dick', 'Rings']);
    expect(evaluatePath(store, '$.store.book[?(@.price > $.expensive)].title')).toEqual(['Sword', 'Rings']);
    expect(evaluatePath(store, '$.store.book[?(@.author =~ /.*Melville/)].title')).toEqual(['Moby Dick']);
    expect(evaluatePath(store, "$.store.book[?(@.category in ['reference'])].title")).toEqual(['Sayings']);
    expect(evaluatePath(store, '$.store.book[?(!(@.price < 10))].title')).toEqual(['Sword', 'Rings']);
  });
  it('returns an empty list (no error) when an indefinite path matches nothing', () => {
    expect(evaluatePath(store, '$.store.book[?(@.price > 100)]')).toEqual([]);
    expect(evaluatePath({}, '$..nothing')).toEqual([]);
  });
  it('length()', () => {
    expect(evaluatePath(store, '$.store.book.length()')).toBe(4);
    expect(evaluatePath(store, '$.store.book[?(@.price < 10)].length()')).toBe(2);
  });
  it('queryPath never throws for a missing node', () => {
    expect(queryPath({}, '$.a.b')).toEqual([]);
    expect(queryPath({ a: 1 }, '$.a')).toEqual([1]);
    expect(queryPath(store, '$..color')).toEqual(['red']);
  });
});

describe('validatePathSyntax / isReferencePath', () => {
  it('accepts valid paths', () => {
    for (const p of ['$', '$.a', "$['a b'].c[0]", '$$.Execution.Id', '$var.x', '$..a', '$.a[*]', '$.a[?(@.b > 1)]', '$.a[1:2]', '$.a.length()']) {
      expect(validatePathSyntax(p), p).toBeUndefined();
    }
  });
  it('rejects broken paths', () => {
    for (const p of ['a.b', '$.', '$[', '$.a[?(@.b >)]', "$['a", '$.a..', '$.a[1', '$.a.unknownFn()']) {
      expect(validatePathSyntax(p), p).toBeTypeOf('string');
    }
  });
  it('reference paths only allow names and single indexes', () => {
    expect(isReferencePath('$.a.b[0]')).toBe(true);
    expect(isReferencePath("$['a']")).toBe(true);
    expect(isReferencePath('$')).toBe(true);
    for (const p of ['$.a[*]', '$..a', '$.a[?(@.x)]', '$.a[0:1]', '$.a[0,1]', '$.a.length()']) expect(isReferencePath(p), p).toBe(false);
    expect(validatePathSyntax('$.a[*]', { reference: true })).toContain('reference path');
  });
});

describe('setAtReferencePath', () => {
  it('$ replaces everything', () => {
    expect(setAtReferencePath({ a: 1 }, '$', 'x')).toBe('x');
  });
  it('sets and creates intermediate objects without mutating the input', () => {
    const input = { a: { keep: true }, other: [1] };
    const out = setAtReferencePath(input, '$.a.b.c', 5);
    expect(out).toEqual({ a: { keep: true, b: { c: 5 } }, other: [1] });
    expect(input).toEqual({ a: { keep: true }, other: [1] });
  });
  it('replaces an existing value and writes into arrays', () => {
    expect(setAtReferencePath({ a: 1 }, '$.a', { b: 2 })).toEqual({ a: { b: 2 } });
    expect(setAtReferencePath({ a: [{ x: 1 }, { x: 2 }] }, '$.a[1].x', 9)).toEqual({ a: [{ x: 1 }, { x: 9 }] });
  });
  it('fails with States.ResultPathMatchFailure through a non-object', () => {
    expect(failure(() => setAtReferencePath('hello', '$.a', 1)).error).toBe('States.ResultPathMatchFailure');
    expect(failure(() => setAtReferencePath({ a: 'x' }, '$.a.b', 1)).error).toBe('States.ResultPathMatchFailure');
    expect(failure(() => setAtReferencePath({ a: [] }, '$.a[0]', 1)).error).toBe('States.ResultPathMatchFailure');
    expect(failure(() => setAtReferencePath({ a: 'x' }, '$.a.b', 1)).cause).toBe('Unable to apply ReferencePath $.a.b to input {"a":"x"}');
  });
  it('rejects non-reference paths', () => {
    expect(failure(() => setAtReferencePath({}, '$.a[*]', 1)).error).toBe('States.Runtime');
  });
});

describe('path forms Jayway (and so Step Functions) accepts', () => {
  const data = { abc: { 'def ghi': 7 }, a: [10, 20], items: [{ x: 1 }, { x: -1 }, { x: 3 }] };
  it('a dot before a bracket is read as nothing', () => {
    expect(evaluatePath(data, '$.a.[0]')).toBe(10);
    expect(evaluatePath(data, "$.abc.['def ghi']")).toBe(7);
    expect(queryPath(data.items, '$.[?(@.x > 0)]')).toEqual([{ x: 1 }, { x: 3 }]);
    expect(queryPath(data, '$.a.[*]')).toEqual([10, 20]);
    expect(validatePathSyntax('$.a.[0]')).toBeUndefined();
    expect(isReferencePath("$.abc.['def ghi']")).toBe(true);
  });
  it('surrounding whitespace is trimmed, as Jayway compiles the trimmed path', () => {
    expect(evaluatePath({}, '$$.Execution.Name ', { context: { Execution: { Name: 'run-1' } } })).toBe('run-1');
    expect(validatePathSyntax('$.a ')).toBeUndefined();
    expect(validatePathSyntax(' $.a')).toBeUndefined();
  });
  it('unquoted string literals in filters are rejected (Jayway reads them as numbers), with a hint', () => {
    // Decision: Jayway's FilterCompiler reads a literal that is not quoted, true/false/null, JSON,
    // a /pattern/ or a path as a number; `abc` does not compile, so AWS rejects the definition.
    expect(validatePathSyntax('$.items[?(@.s == abc)]')).toMatch(/Unquoted string 'abc' in a filter: quote it \('abc'\)/);
    expect(validatePathSyntax("$.items[?(@.s == 'abc')]")).toBeUndefined();
  });
});
