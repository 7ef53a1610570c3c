/** Test data: a share-link payload that lz-string would expand quadratically (unit and e2e tests). */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * Writes codes the way lz-string packs them (6 bits per character, the first bit read is the
 * character's highest bit and the code's lowest), with the code width growing as the decoder's.
 */
export function lzBomb(codes: number): string {
  const bits: number[] = [];
  const put = (value: number, width: number) => {
    for (let p = 0; p < width; p++) bits.push((value >> p) & 1);
  };
  put(0, 2); // a new 8-bit character…
  put(97, 8); // …'a'
  let size = 4; // dictionary size: 3 reserved codes + 'a'
  let width = 3;
  let enlargeIn = 4;
  for (let i = 0; i < codes; i++) {
    // One past the end of the dictionary: "the previous entry plus its first character",
    // each one character longer than the last.
    put(size, width);
    size += 1;
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** width;
      width += 1;
    }
  }
  put(2, width);
  while (bits.length % 6 !== 0) bits.push(0);
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0;
    for (let b = 0; b < 6; b++) value |= bits[i + b]! << (5 - b);
    out += ALPHABET[value];
  }
  return out;
}
