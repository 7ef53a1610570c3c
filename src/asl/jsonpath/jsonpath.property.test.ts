import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatesError } from '../statesError';
import { evaluatePath, queryPath, setAtReferencePath, validatePathSyntax } from './index';

const json = fc.jsonValue({ maxDepth: 4 });
const name = fc.constantFrom('a', 'b', 'c', 'x', 'items');
const segment = fc.oneof(
  name.map((n) => `.${n}`),
  name.map((n) => `['${n}']`),
  fc.integer({ min: -2, max: 3 }).map((i) => `[${i}]`),
  fc.constantFrom('[*]', '..a', '[0:2]', '[0,1]', '[?(@.a > 1)]', "[?(@.b == 'x' || @.c)]", '.length()'),
);
const path = fc.array(segment, { maxLength: 4 }).map((segments) => `$${segments.join('')}`);
const referenceSegment = fc.oneof(name.map((n) => `.${n}`), fc.integer({ min: 0, max: 2 }).map((i) => `[${i}]`));
const referencePath = fc.array(referenceSegment, { minLength: 1, maxLength: 4 }).map((segments) => `$${segments.join('')}`);

describe('JSONPath properties (fixed seed)', () => {
  it('evaluatePath only ever throws StatesError, and queryPath never throws on valid syntax', () => {
    fc.assert(
      fc.property(json, path, (data, p) => {
        if (validatePathSyntax(p) !== undefined) return;
        try {
          evaluatePath(data, p);
        } catch (error) {
          expect(error).toBeInstanceOf(StatesError);
        }
        expect(Array.isArray(queryPath(data, p))).toBe(true);
      }),
      { seed: 1234, numRuns: 500 },
    );
  });

  it('setAtReferencePath then evaluatePath reads the value back, without touching the input', () => {
    fc.assert(
      fc.property(fc.dictionary(name, json), referencePath, json, (data, p, value) => {
        const before = JSON.stringify(data);
        let placed: unknown;
        try {
          placed = setAtReferencePath(data, p, value);
        } catch (error) {
          expect((error as StatesError).error).toBe('States.ResultPathMatchFailure');
          return;
        }
        expect(JSON.stringify(data)).toBe(before);
        expect(evaluatePath(placed, p)).toEqual(value);
      }),
      { seed: 99, numRuns: 500 },
    );
  });
});
