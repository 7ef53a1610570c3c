/** The 256 KiB payload check measures exactly what JSON.stringify would produce, in UTF-8 bytes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exceedsPayloadLimit, jsonByteSize, PAYLOAD_LIMIT_BYTES } from './limits';

const bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value) ?? 'null').length;

describe('jsonByteSize', () => {
  it('matches the UTF-8 length of JSON.stringify for numbers of every kind', () => {
    const numbers = [0, -0, 1, -1, 9, 10, 99, 100, 123456789, -987654321, 999999999999999, -999999999999999, 1e15, 1e21, 1.5, -0.001, 1e-7, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity];
    for (const n of numbers) expect([n, jsonByteSize(n)]).toEqual([n, bytes(n)]);
  });

  it('matches for generated JSON values (strings with escapes and non-ASCII included)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonByteSize(value)).toBe(bytes(value));
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('puts the limit exactly at 256 KiB', () => {
    const exactly = 'x'.repeat(PAYLOAD_LIMIT_BYTES - 2);
    expect(exceedsPayloadLimit(exactly)).toBe(false);
    expect(exceedsPayloadLimit(`${exactly}y`)).toBe(true);
    expect(exceedsPayloadLimit({ a: 'é'.repeat((PAYLOAD_LIMIT_BYTES - 8) / 2) })).toBe(false);
    expect(exceedsPayloadLimit({ a: 'é'.repeat((PAYLOAD_LIMIT_BYTES - 8) / 2 + 1) })).toBe(true);
  });
});
