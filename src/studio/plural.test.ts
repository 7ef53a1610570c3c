import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect([0, 1, 2, 1000].map((n) => plural(n, 'error'))).toEqual(['0 errors', '1 error', '2 errors', '1000 errors']);
    expect(plural(1, 'retry', 'retries')).toBe('1 retry');
    expect(plural(3, 'retry', 'retries')).toBe('3 retries');
  });
});
