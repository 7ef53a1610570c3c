import { describe, expect, it } from 'vitest';
import { loadRatio, ratioAt, saveRatio, stepRatio } from './splitRatio';

describe('split ratio', () => {
  it('follows the pointer and keeps both panes usable', () => {
    expect(ratioAt(500, 1000)).toBe(0.5);
    expect(ratioAt(10, 1000)).toBe(0.24);
    expect(ratioAt(990, 1000)).toBe(0.76);
    expect(ratioAt(100, 300)).toBe(0.5);
  });

  it('steps with the keyboard', () => {
    expect(stepRatio(0.5, 1, 1000)).toBeCloseTo(0.55);
    expect(stepRatio(0.25, -1, 1000)).toBe(0.24);
  });

  it('remembers the split and ignores garbage', () => {
    const memory = new Map<string, string>();
    const storage = { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v) };
    expect(loadRatio(storage)).toBe(0.5);
    saveRatio(storage, 0.62);
    expect(loadRatio(storage)).toBe(0.62);
    storage.setItem('asl-studio.code.split', 'NaN');
    expect(loadRatio(storage)).toBe(0.5);
    expect(loadRatio(undefined)).toBe(0.5);
  });
});
