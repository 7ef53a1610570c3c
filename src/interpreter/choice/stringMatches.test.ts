/** StringMatches is a linear-time wildcard match (issue #16: the regex version was exponential). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringMatches } from './stringMatches';

/** The obvious regular-expression reading of the spec, as an oracle for short inputs. */
function oracle(value: string, pattern: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\' && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) {
      source += `\\${pattern[++i]}`;
    } else if (c === '*') source += '[\\s\\S]*';
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`).test(value);
}

describe('stringMatches', () => {
  it('agrees with the regular-expression reading on generated values and patterns', () => {
    const alphabet = fc.constantFrom('a', 'b', '*', '\\');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 10 }), fc.array(alphabet, { maxLength: 8 }), (v, p) => {
        const value = v.join('');
        const pattern = p.join('');
        expect(stringMatches(value, pattern)).toBe(oracle(value, pattern));
      }),
      { seed: 16, numRuns: 3000 },
    );
  });

  it('answers the backtracking trap "*a*a*a*a*b" against 200 × "a" (and much longer) at once', () => {
    const long = 'a'.repeat(200);
    expect(stringMatches(long, '*a*a*a*a*b')).toBe(false);
    expect(stringMatches(long, '*a*a*a*a*a*a*a*a*a*a*b')).toBe(false);
    expect(stringMatches(`${'a'.repeat(100_000)}b`, '*a*a*a*a*b')).toBe(true);
  });

  it('keeps escapes literal', () => {
    expect(stringMatches('a*b', 'a\\*b')).toBe(true);
    expect(stringMatches('axb', 'a\\*b')).toBe(false);
    expect(stringMatches('a\\b', 'a\\\\b')).toBe(true);
    expect(stringMatches('log.txt', '*.txt')).toBe(true);
  });
});
