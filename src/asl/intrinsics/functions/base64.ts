import { argString, checkLength, intrinsicFailure, type IntrinsicSpec } from './common';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Standard base64 (with padding) of bytes. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] as number;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    const n = (b0 << 16) | ((b1 ?? 0) << 8) | (b2 ?? 0);
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    out += b1 === undefined ? '=' : ALPHABET[(n >> 6) & 63];
    out += b2 === undefined ? '=' : ALPHABET[n & 63];
  }
  return out;
}

/** Decodes standard base64; `undefined` when the text is not valid base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1 || text.length - clean.length > 2) return undefined;
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const c of clean) {
    const v = LOOKUP.get(c);
    if (v === undefined) return undefined;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** States.Base64Encode(text): base64 of the UTF-8 bytes. */
export const Base64Encode: IntrinsicSpec = {
  minArgs: 1,
  maxArgs: 1,
  impl: (args) => {
    const text = argString('States.Base64Encode', args, 0);
    checkLength('States.Base64Encode', text);
    return encodeBase64(new TextEncoder().encode(text));
  },
};

/** States.Base64Decode(text): UTF-8 text of the decoded bytes. */
export const Base64Decode: IntrinsicSpec = {
  minArgs: 1,
  maxArgs: 1,
  impl: (args) => {
    const text = argString('States.Base64Decode', args, 0);
    checkLength('States.Base64Decode', text);
    const bytes = decodeBase64(text);
    if (!bytes) throw intrinsicFailure('States.Base64Decode', 'the string is not valid base64');
    return new TextDecoder().decode(bytes);
  },
};
