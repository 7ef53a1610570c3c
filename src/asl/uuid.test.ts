import { describe, expect, it } from 'vitest';
import { uuidV4 } from './uuid';
import { seededRandom as seeded } from './random';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidV4', () => {
  it('is a version-4 UUID with the RFC variant, for any draw including the extremes', () => {
    expect(uuidV4(() => 0)).toBe('00000000-0000-4000-8000-000000000000');
    expect(uuidV4(() => 0.9999999999999999)).toMatch(V4);
    const random = seeded(1);
    const variants = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const id = uuidV4(random);
      expect(id).toMatch(V4);
      variants.add(id[19]!);
    }
    expect([...variants].sort()).toEqual(['8', '9', 'a', 'b']);
  });
  it('is reproducible from a seeded random source and differs between draws', () => {
    const a = seeded(42);
    const b = seeded(42);
    const first = uuidV4(a);
    expect(uuidV4(b)).toBe(first);
    expect(uuidV4(a)).not.toBe(first);
    expect(uuidV4()).toMatch(V4);
  });
});
