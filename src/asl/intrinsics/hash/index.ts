/**
 * Synchronous, dependency-free message digests for `States.Hash` and `$hash` (pure TypeScript:
 * the same code runs in Node, the browser and workers; WebCrypto is async, so it cannot be used).
 */
import { utf8 } from './bytes';
import { md5 } from './md5';
import { sha1 } from './sha1';
import { sha256 } from './sha256';
import { sha384, sha512 } from './sha512';

export type HashAlgorithm = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

const DIGESTS: Record<HashAlgorithm, (bytes: Uint8Array) => string> = {
  MD5: md5,
  'SHA-1': sha1,
  'SHA-256': sha256,
  'SHA-384': sha384,
  'SHA-512': sha512,
};

/** The algorithm names Step Functions accepts. */
export const HASH_ALGORITHMS = Object.keys(DIGESTS) as HashAlgorithm[];

/** True when `name` is one of {@link HASH_ALGORITHMS}. */
export function isHashAlgorithm(name: unknown): name is HashAlgorithm {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(DIGESTS, name);
}

/** Lower-case hex digest of the UTF-8 bytes of `text`. */
export function hashText(text: string, algorithm: HashAlgorithm): string {
  return DIGESTS[algorithm](utf8(text));
}
