import { describe, expect, it } from 'vitest';
import { readShareHash, MAX_SHARE_LENGTH } from './shareLink';
import { createShareUrl } from './shareUrl';
import { parseDefinition } from '../asl';
import { isUsableDefinition } from '../asl/shape';
import { compressToEncodedURIComponent } from 'lz-string';
import { lzBomb } from './testing/lzBomb';
import { readRunData } from '../run/runData';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

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

  it('carries the workflow\'s mocks and run input; a crafted __proto__ mock key is dropped when read', () => {
    const text = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Succeed' } } });
    const run = { mocks: { Charge: [{ Return: { paid: true } }] }, input: '{"orderId": 1}', defaultPolicy: 'empty' };
    const result = createShareUrl('http://127.0.0.1/', { v: 1, text, run });
    if (!result.ok) throw new Error(result.reason);
    const read = readShareHash(new URL(result.url).hash, parse);
    if (read.kind !== 'ok') throw new Error(read.kind);
    expect(readRunData(read.shared.run)).toEqual(run);
    const crafted = readRunData(JSON.parse('{"mocks": {"__proto__": [{"Return": 1}], "A": [{"Return": 2}]}}'));
    expect(Object.getPrototypeOf(crafted?.mocks)).toBe(Object.prototype);
    expect(crafted?.mocks).toEqual({ A: [{ Return: 2 }] });
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

describe('tampered share links: a reason to show, never an exception, never junk', () => {
  const definition = { Comment: 'shared', StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } } };
  const good = createShareUrl('http://h/', { v: 1, name: 'Orders', text: JSON.stringify(definition, null, 2), settings: { type: 'EXPRESS' } });
  if (!good.ok) throw new Error('the fixture link is too long');
  const payload = good.url.slice(good.url.indexOf('=') + 1);
  const linkOf = (data: string) => `#share=${compressToEncodedURIComponent(data)}`;
  // What the studio's boot accepts: a definition with the shape of a state machine.
  const usable = (text: string) => {
    const parsed = parseDefinition(text);
    return isUsableDefinition(parsed) ? parsed.definition : undefined;
  };

  it('cut at every length: broken, with a reason (or whole, when only padding was cut)', () => {
    let whole = 0;
    for (let cut = 0; cut < payload.length; cut++) {
      const read = readShareHash(`#share=${payload.slice(0, cut)}`, usable);
      if (read.kind === 'ok') {
        whole++;
        expect(read.definition, `cut at ${cut}`).toEqual(definition);
      } else {
        expect(read).toEqual({ kind: 'broken', reason: expect.stringMatching(/share link|shared workflow/) });
      }
    }
    expect(whole).toBeLessThanOrEqual(1);
  });

  it('any single bit flipped: broken with a reason, or still the shared workflow', () => {
    let broken = 0;
    for (let i = 0; i < payload.length; i++) {
      for (let bit = 0; bit < 6; bit++) {
        const flipped = payload.slice(0, i) + ALPHABET[ALPHABET.indexOf(payload[i]!) ^ (1 << bit)] + payload.slice(i + 1);
        const read = readShareHash(`#share=${flipped}`, usable);
        if (read.kind === 'broken') broken++;
        else expect(read.kind === 'ok' && typeof read.definition.StartAt === 'string' && read.definition.States, `${i}/${bit}`).toBeTruthy();
      }
    }
    expect(broken).toBeGreaterThan(payload.length * 3);
  });

  it('a decompression bomb is refused at the size limit, without expanding it', () => {
    // lz-string itself expands this 54,553-character link to 288 million characters (15 s, 555 MB in Node).
    const bomb = lzBomb(24_000);
    const read = readShareHash(`#share=${bomb}`, usable);
    expect(read).toEqual({ kind: 'broken', reason: expect.stringMatching(/would expand past 2,000,000 characters/) });
  });

  it('another format version, non-JSON, and JSON that is not a shared workflow', () => {
    const text = JSON.stringify(definition);
    expect(readShareHash(linkOf(JSON.stringify({ v: 2, text })), usable)).toEqual({ kind: 'broken', reason: expect.stringMatching(/different version.*format 2/) });
    expect(readShareHash(linkOf(JSON.stringify({ text })), usable)).toEqual({ kind: 'broken', reason: expect.stringMatching(/different version/) });
    expect(readShareHash(linkOf('StartAt: A'), usable)).toEqual({ kind: 'broken', reason: expect.stringMatching(/not valid JSON/) });
    for (const data of ['null', '[1,2]', '"text"', '42', '{"v":1,"text":7}']) {
      expect(readShareHash(linkOf(data), usable), data).toEqual({ kind: 'broken', reason: 'The share link does not hold a workflow.' });
    }
    expect(readShareHash(linkOf(JSON.stringify({ v: 1, text: '{"StartAt": "A"' })), usable)).toEqual({ kind: 'broken', reason: 'The shared workflow is not a valid state machine.' });
  });

  it('prototype keys and wrongly typed fields: nothing polluted, name and settings cleaned', () => {
    const crafted = `{"v":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},
      "name":{"toString":1},
      "settings":{"__proto__":{"polluted":1},"type":"TURBO","logging":null,"tags":"x","tracing":"yes","name":"Named"},
      "text":${JSON.stringify('{"StartAt": "__proto__", "States": {"__proto__": {"Type": "Pass", "Next": "constructor"}, "constructor": {"Type": "Succeed"}}}')}}`;
    const read = readShareHash(linkOf(crafted), usable);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(read.shared)).toBe(Object.prototype);
    // A name that is not a string would have thrown when the studio wrote "<name> (shared copy)".
    expect(read.shared.name).toBeUndefined();
    expect(read.shared.settings).toEqual({ name: 'Named' });
    expect(Object.hasOwn(read.shared.settings!, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(read.shared.settings)).toBe(Object.prototype);
    expect(Object.keys(read.definition.States)).toEqual(['__proto__', 'constructor']);
  });

  it('a very long name is cut to 200 characters', () => {
    const read = readShareHash(linkOf(JSON.stringify({ v: 1, name: 'n'.repeat(5000), text: JSON.stringify(definition) })), usable);
    expect(read.kind === 'ok' && read.shared.name?.length).toBe(200);
  });
});
