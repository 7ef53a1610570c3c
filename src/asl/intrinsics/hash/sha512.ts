import { pad } from './bytes';
import { SHA384_H, SHA512_H, SHA512_K } from './constants';

const MASK = (1n << 64n) - 1n;
const rotr = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & MASK;

// BigInt keeps the 64-bit arithmetic readable; inputs are capped (10,000 characters), so speed is fine.
function sha512Words(message: Uint8Array, initial: readonly bigint[]): bigint[] {
  const data = pad(message, 128, 16, false);
  const view = new DataView(data.buffer);
  const h = initial.slice();
  const w = new Array<bigint>(80);
  for (let block = 0; block < data.length; block += 128) {
    for (let t = 0; t < 16; t++) w[t] = view.getBigUint64(block + t * 8);
    for (let t = 16; t < 80; t++) {
      const w15 = w[t - 15] as bigint;
      const w2 = w[t - 2] as bigint;
      const s0 = rotr(w15, 1n) ^ rotr(w15, 8n) ^ (w15 >> 7n);
      const s1 = rotr(w2, 19n) ^ rotr(w2, 61n) ^ (w2 >> 6n);
      w[t] = ((w[t - 16] as bigint) + s0 + (w[t - 7] as bigint) + s1) & MASK;
    }
    let [a, b, c, d, e, f, g, hh] = h as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    for (let t = 0; t < 80; t++) {
      const s1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & MASK & g);
      const temp1 = (hh + s1 + ch + (SHA512_K[t] as bigint) + (w[t] as bigint)) & MASK;
      const s0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const temp2 = (s0 + maj) & MASK;
      hh = g;
      g = f;
      f = e;
      e = (d + temp1) & MASK;
      d = c;
      c = b;
      b = a;
      a = (temp1 + temp2) & MASK;
    }
    [a, b, c, d, e, f, g, hh].forEach((v, i) => (h[i] = ((h[i] as bigint) + v) & MASK));
  }
  return h;
}

const hex64 = (words: bigint[]): string => words.map((x) => x.toString(16).padStart(16, '0')).join('');

/** SHA-512 digest of bytes (FIPS 180-4 §6.4), as lower-case hex. */
export function sha512(message: Uint8Array): string {
  return hex64(sha512Words(message, SHA512_H));
}

/** SHA-384 digest of bytes (FIPS 180-4 §6.5), as lower-case hex. */
export function sha384(message: Uint8Array): string {
  return hex64(sha512Words(message, SHA384_H).slice(0, 6));
}
