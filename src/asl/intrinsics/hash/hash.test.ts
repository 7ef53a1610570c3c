import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HASH_ALGORITHMS, hashText } from './index';

const nodeName = { MD5: 'md5', 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' } as const;

describe('hashText', () => {
  it('matches the AWS recording for "input data"', () => {
    expect(hashText('input data', 'MD5')).toBe('812f45842bc6d66ee14572ce20db8e86');
    expect(hashText('input data', 'SHA-1')).toBe('aaff4a450a104cd177d28d18d74485e8cae074b7');
    expect(hashText('input data', 'SHA-256')).toBe('b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3');
  });
  it('hashes the empty string', () => {
    expect(hashText('', 'SHA-256')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hashText('', 'MD5')).toBe('d41d8cd98f00b204e9800998ecf8427e');
  });
  it.each(HASH_ALGORITHMS)('%s agrees with node:crypto on random UTF-8 text and block boundaries', (algorithm) => {
    for (const length of [55, 56, 63, 64, 111, 112, 127, 128, 1000]) {
      const text = 'x'.repeat(length);
      expect(hashText(text, algorithm)).toBe(createHash(nodeName[algorithm]).update(text, 'utf8').digest('hex'));
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(hashText(text, algorithm)).toBe(createHash(nodeName[algorithm]).update(text, 'utf8').digest('hex'));
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
