/**
 * A bounded decoder for lz-string's `compressToEncodedURIComponent` format (the share links).
 *
 * lz-string's own `decompressFromEncodedURIComponent` has no output limit, and its LZW dictionary
 * lets every code stand for an entry one character longer than the last: a 60,000-character link
 * of crafted codes expands to hundreds of millions of characters (a decompression bomb that
 * freezes or kills the tab). This decoder reads the same bit stream but stops as soon as the text
 * would pass `maxChars`, and reports truncated or impossible streams instead of returning junk.
 *
 * Format (lz-string 1.5): 6 bits per character of the URI-safe alphabet, read least significant
 * bit first; codes start 3 bits wide and widen by one bit each time the dictionary reaches a
 * power of two; code 0 = a new 8-bit character, 1 = a new 16-bit character, 2 = end of stream,
 * n ≥ 3 = dictionary entry n (or, one past the end, the previous entry plus its first character).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map([...ALPHABET].map((char, i) => [char, i]));

export type LzDecodeResult =
  | { ok: true; text: string }
  | { ok: false; problem: 'not-encoded' | 'truncated' | 'corrupt' | 'too-large' };

/** Decodes a share payload; `maxChars` bounds the decoded text (and so the work and memory). */
export function decodeLzUriComponent(payload: string, maxChars: number): LzDecodeResult {
  // Chat tools and some URL bars turn '+' into a space.
  const input = payload.replace(/ /g, '+');
  const values = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const value = VALUE_OF.get(input[i]!);
    if (value === undefined) return { ok: false, problem: 'not-encoded' };
    values[i] = value;
  }
  if (values.length === 0) return { ok: false, problem: 'truncated' };

  let index = 0; // next 6-bit value to read
  let current = values[0]!;
  let mask = 32;
  let exhausted = false;
  const readBits = (count: number): number => {
    let bits = 0;
    // A code that starts in the data may end in the zero padding lz-string leaves off a link cut
    // at its last character (lz-string reads missing bits as 0 too); one that starts past it cannot.
    if (exhausted) return -1;
    for (let power = 0; power < count; power++) {
      if (exhausted) break;
      if (current & mask) bits |= 1 << power;
      mask >>= 1;
      if (mask === 0) {
        mask = 32;
        index += 1;
        if (index >= values.length) exhausted = true;
        else current = values[index]!;
      }
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let width = 3;
  let enlargeIn = 4;
  const widen = () => {
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** width;
      width += 1;
    }
  };

  const first = readBits(2);
  if (first === 2) return { ok: true, text: '' };
  if (first !== 0 && first !== 1) return { ok: false, problem: 'truncated' };
  const firstChar = readBits(first === 0 ? 8 : 16);
  if (firstChar < 0) return { ok: false, problem: 'truncated' };
  let previous = String.fromCharCode(firstChar);
  dictionary.push(previous);
  const parts = [previous];
  let length = previous.length;

  for (;;) {
    let code = readBits(width);
    if (code < 0) return { ok: false, problem: 'truncated' };
    if (code === 2) return { ok: true, text: parts.join('') };
    if (code === 0 || code === 1) {
      const char = readBits(code === 0 ? 8 : 16);
      if (char < 0) return { ok: false, problem: 'truncated' };
      dictionary.push(String.fromCharCode(char));
      code = dictionary.length - 1;
      widen();
    }
    let entry: string;
    if (code < dictionary.length) entry = dictionary[code]!;
    else if (code === dictionary.length) entry = previous + previous[0];
    else return { ok: false, problem: 'corrupt' };
    length += entry.length;
    if (length > maxChars) return { ok: false, problem: 'too-large' };
    parts.push(entry);
    dictionary.push(previous + entry[0]);
    widen();
    previous = entry;
  }
}
