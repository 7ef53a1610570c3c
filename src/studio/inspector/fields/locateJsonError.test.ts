import { describe, expect, it } from 'vitest';
import { locateJsonError } from './locateJsonError';

const located = (text: string) => {
  try {
    JSON.parse(text);
  } catch (e) {
    return locateJsonError(text, (e as Error).message);
  }
  throw new Error('valid JSON');
};

describe('locateJsonError', () => {
  it('gives line and column where V8 names a position', () => {
    expect(located('{"order": {"id": 7,}}')).toMatch(/\(line 1, column 20\)$/);
    expect(located('{\n  "a": 1,\n  "b": }')).toMatch(/\(line 3, column 8\)$/);
  });

  it('locates the errors V8 words without a position: a stray comma, a text that ends too early', () => {
    expect(located('[{"id": 1}, {"id": 2},, {"id": 3}]')).toMatch(/\(line 1, column 23\)$/);
    expect(located('[1,')).toMatch(/\(line 1, column 4\)$/);
    expect(located('{\n  "a": [1, 2\n')).toMatch(/\(line 3, column 1\)$/);
  });
});
