import { describe, expect, it } from 'vitest';
import { createShareUrl, readShareHash, MAX_SHARE_LENGTH } from './shareLink';
import { parseDefinition } from '../asl';

const parse = (text: string) => parseDefinition(text).definition;

describe('share links', () => {
  it('round-trips a workflow through the URL fragment', () => {
    const text = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Succeed' } } }, null, 2);
    const result = createShareUrl('http://127.0.0.1:4173/?x=1#old', { v: 1, name: 'Demo', text, settings: { type: 'EXPRESS' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.url.startsWith('http://127.0.0.1:4173/?x=1#share=')).toBe(true);
    const read = readShareHash(new URL(result.url).hash, parse);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.shared.text).toBe(text);
    expect(read.shared.settings).toEqual({ type: 'EXPRESS' });
    expect(read.definition.StartAt).toBe('A');
  });

  it('says clearly when a link is broken or too long', () => {
    expect(readShareHash('#share=%%%garbage', parse).kind).toBe('broken');
    expect(readShareHash('#nothing', parse).kind).toBe('none');
    const states: Record<string, unknown> = {};
    for (let i = 0; i < 4000; i++) states[`S${i}-${Math.random().toString(36)}`] = { Type: 'Pass', Result: Math.random().toString(36), End: true };
    const huge = createShareUrl('http://h/', { v: 1, text: JSON.stringify({ StartAt: 'x', States: states }) });
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.reason).toMatch(/limit/);
    expect(huge.length).toBeGreaterThan(MAX_SHARE_LENGTH);
  });
});
