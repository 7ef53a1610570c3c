/**
 * Service limits: the 256 KiB payload quota (`States.DataLimitExceeded`). Sizes are the UTF-8
 * length of the JSON text, computed without serialising and memoised per object, so a large
 * document that flows through many states (sharing its unchanged parts) is measured once.
 */

export const PAYLOAD_LIMIT_BYTES = 256 * 1024;

const sizes = new WeakMap<object, number>();
const NEEDS_SLOW_PATH = /[^\x20-\x7e]|["\\]/;

function stringSize(s: string): number {
  // Short strings (keys, most values): a character loop is cheaper than a regular expression.
  if (s.length <= 32) {
    let plain = true;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) {
        plain = false;
        break;
      }
    }
    if (plain) return s.length + 2;
  } else if (!NEEDS_SLOW_PATH.test(s)) return s.length + 2;
  return new TextEncoder().encode(JSON.stringify(s)).length;
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Length of a number's JSON text; integers are counted without making the text. */
function numberSize(value: number): number {
  if (!Number.isFinite(value)) return 4;
  if (Number.isInteger(value) && value > -1e15 && value < 1e15) {
    const abs = value < 0 ? -value : value;
    let digits = 1;
    while (digits < 16 && abs >= POWERS_OF_TEN[digits]!) digits++;
    return value < 0 ? digits + 1 : digits;
  }
  return String(value).length;
}

/** UTF-8 byte length of `JSON.stringify(value)` (undefined counts as `null`). */
export function jsonByteSize(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return stringSize(value);
    case 'number':
      return numberSize(value);
    case 'boolean':
      return value ? 4 : 5;
    case 'object':
      break;
    default:
      return 4;
  }
  if (value === null) return 4;
  const cached = sizes.get(value);
  if (cached !== undefined) return cached;
  let size = 2;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      // Numbers and strings (most leaves) are measured here, without going through the switch.
      size += (typeof v === 'number' ? numberSize(v) : typeof v === 'string' ? stringSize(v) : jsonByteSize(v)) + (i > 0 ? 1 : 0);
    }
  } else {
    let first = true;
    for (const key in value as Record<string, unknown>) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined || typeof v === 'function') continue;
      size += stringSize(key) + 1 + (typeof v === 'number' ? numberSize(v) : typeof v === 'string' ? stringSize(v) : jsonByteSize(v)) + (first ? 0 : 1);
      first = false;
    }
  }
  // Only big values are worth remembering (WeakMap entries cost the GC more than small re-walks).
  if (size > 1024) sizes.set(value, size);
  return size;
}

/** True when a payload is over the service quota. */
export function exceedsPayloadLimit(value: unknown): boolean {
  return jsonByteSize(value) > PAYLOAD_LIMIT_BYTES;
}
