import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { decodeLzUriComponent } from './lzDecode';
import { lzBomb } from './testing/lzBomb';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

describe('bounded lz-string decoding', () => {
  it('reads what lz-string writes (generated texts, all of Unicode’s planes)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      const decoded = decodeLzUriComponent(compressToEncodedURIComponent(text), 10_000);
      expect(decoded).toEqual({ ok: true, text });
    }), { numRuns: 500, seed: 162026 });
    const json = JSON.stringify({ v: 1, name: 'Order', text: JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }) });
    expect(decodeLzUriComponent(compressToEncodedURIComponent(json), 10_000)).toEqual({ ok: true, text: json });
  });

  it('agrees with lz-string on damaged payloads, or reports them instead of returning junk', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.nat(), fc.nat(), (text, at, bit) => {
      const payload = compressToEncodedURIComponent(text);
      const i = at % payload.length;
      const flipped = payload.slice(0, i) + ALPHABET[(ALPHABET.indexOf(payload[i]!) ^ (1 << (bit % 6)))] + payload.slice(i + 1);
      for (const damaged of [flipped, payload.slice(0, i)]) {
        const ours = decodeLzUriComponent(damaged, 100_000);
        const theirs = decompressFromEncodedURIComponent(damaged);
        if (ours.ok) expect(ours.text).toBe(theirs);
        else expect(['truncated', 'corrupt', 'too-large']).toContain(ours.problem);
      }
    }), { numRuns: 500, seed: 162026 });
  });

  it('stops a decompression bomb at the limit instead of expanding it', () => {
    const bomb = lzBomb(24_000); // ~60,000 characters that would expand to ~288 million
    expect(bomb.length).toBeLessThan(60_000);
    expect(decodeLzUriComponent(bomb, 2_000_000)).toEqual({ ok: false, problem: 'too-large' });
    // The same construction, small enough to expand: lz-string and this decoder agree on it.
    const small = lzBomb(300);
    const expanded = decompressFromEncodedURIComponent(small);
    expect(expanded).toBe('a'.repeat((301 * 302) / 2));
    expect(decodeLzUriComponent(small, 2_000_000)).toEqual({ ok: true, text: expanded });
  });

  it('reports characters outside the alphabet and empty payloads', () => {
    expect(decodeLzUriComponent('%%%garbage', 100)).toEqual({ ok: false, problem: 'not-encoded' });
    expect(decodeLzUriComponent('', 100)).toEqual({ ok: false, problem: 'truncated' });
    // A space stands for a '+' a chat tool turned into one.
    const payload = compressToEncodedURIComponent('{"v":1}');
    expect(payload).toContain('+');
    expect(decodeLzUriComponent(payload.replace(/\+/g, ' '), 1000)).toEqual({ ok: true, text: '{"v":1}' });
  });
});
