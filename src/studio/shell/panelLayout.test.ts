import { describe, expect, it } from 'vitest';
import { clampWidth, DEFAULT_LAYOUT, gridColumns, loadLayout, saveLayout, MIN_PANEL, MAX_PANEL } from './panelLayout';

describe('panel layout', () => {
  it('clamps widths and builds grid columns, collapsed panels shrinking to a rail', () => {
    expect(clampWidth(10)).toBe(MIN_PANEL);
    expect(clampWidth(5000)).toBe(MAX_PANEL);
    expect(gridColumns(DEFAULT_LAYOUT, false)).toBe('260px minmax(0, 1fr) 360px');
    expect(gridColumns({ ...DEFAULT_LAYOUT, rightCollapsed: true }, true)).toBe('260px minmax(0, 1fr) 30px minmax(320px, 34vw)');
  });

  it('remembers the layout and survives broken or missing storage', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    saveLayout({ left: 300, right: 400, leftCollapsed: true, rightCollapsed: false }, storage);
    expect(loadLayout(storage)).toEqual({ left: 300, right: 400, leftCollapsed: true, rightCollapsed: false });
    data.set('asl-studio.panels', '{not json');
    expect(loadLayout(storage)).toEqual(DEFAULT_LAYOUT);
    expect(loadLayout(undefined)).toEqual(DEFAULT_LAYOUT);
  });
});
