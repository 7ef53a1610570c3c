import { describe, expect, it } from 'vitest';
import { clampCodeWidth, clampWidth, DEFAULT_LAYOUT, gridColumns, loadLayout, saveLayout, MIN_PANEL, MAX_PANEL } from './panelLayout';

describe('panel layout', () => {
  it('clamps widths and builds grid columns, collapsed panels shrinking to a rail', () => {
    expect(clampWidth(10)).toBe(MIN_PANEL);
    expect(clampWidth(5000)).toBe(MAX_PANEL);
    expect(clampCodeWidth(100)).toBe(260);
    expect(gridColumns(DEFAULT_LAYOUT, false)).toBe('260px minmax(0, 1fr) 360px');
    // With the code panel: it sits before the inspector, which keeps the right edge; the panels
    // give way (down to their minimums) before the canvas goes below MIN_CANVAS.
    expect(gridColumns({ ...DEFAULT_LAYOUT, rightCollapsed: true }, true)).toBe('minmax(200px, 260px) minmax(320px, 1fr) minmax(260px, 420px) 30px');
    expect(gridColumns(DEFAULT_LAYOUT, true)).toBe('minmax(200px, 260px) minmax(320px, 1fr) minmax(260px, 420px) minmax(200px, 360px)');
  });

  it('remembers the layout and survives broken or missing storage', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    saveLayout({ left: 300, right: 400, leftCollapsed: true, rightCollapsed: false, code: 500 }, storage);
    expect(loadLayout(storage)).toEqual({ left: 300, right: 400, leftCollapsed: true, rightCollapsed: false, code: 500 });
    // Saved before the code panel had a width: the default.
    data.set('asl-studio.panels', JSON.stringify({ left: 300, right: 400 }));
    expect(loadLayout(storage).code).toBe(DEFAULT_LAYOUT.code);
    data.set('asl-studio.panels', '{not json');
    expect(loadLayout(storage)).toEqual(DEFAULT_LAYOUT);
    expect(loadLayout(undefined)).toEqual(DEFAULT_LAYOUT);
  });
});
