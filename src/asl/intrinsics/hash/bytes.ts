/** UTF-8 bytes of a string (TextEncoder exists in Node and in browsers). */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Lower-case hex of bytes. */
export function toHex(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += ((bytes[i] ?? 0) & 0xff).toString(16).padStart(2, '0');
  return out;
}

/**
 * Merkle–Damgård padding: the message, 0x80, zeros, then the bit length in `lengthBytes` bytes
 * (big-endian for SHA, little-endian for MD5), up to a multiple of `blockBytes`.
 */
export function pad(message: Uint8Array, blockBytes: number, lengthBytes: number, littleEndian: boolean): Uint8Array {
  const total = Math.ceil((message.length + 1 + lengthBytes) / blockBytes) * blockBytes;
  const out = new Uint8Array(total);
  out.set(message);
  out[message.length] = 0x80;
  let bits = BigInt(message.length) * 8n;
  for (let i = 0; i < 8; i++) {
    const byte = Number(bits & 0xffn);
    bits >>= 8n;
    out[littleEndian ? total - lengthBytes + i : total - 1 - i] = byte;
  }
  return out;
}
