/**
 * Synchronous message digests for `States.Hash` and `$hash`, from `@noble/hashes` (audited, pure
 * JavaScript: the same code runs in Node, the browser and workers; WebCrypto is async, so it
 * cannot be used). `hash.test.ts` checks every algorithm against node:crypto.
 */
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export type HashAlgorithm = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

const DIGESTS: Record<HashAlgorithm, (bytes: Uint8Array) => Uint8Array> = {
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
  return bytesToHex(DIGESTS[algorithm](utf8ToBytes(text)));
}
