/**
 * `StringMatches` (ASL spec): `*` matches any run of characters (also none); `\*` is a literal
 * star and `\\` a literal backslash. Nothing else is special.
 *
 * Matched without regular expressions: the pattern splits at its unescaped stars into literal
 * segments; the first must start the value, the last must end it, and the ones between are
 * found left to right (the leftmost place is always the best choice for a `*`-only pattern).
 * So `"*a*a*a*a*b"` against 200 × "a" is a few string searches, not exponential backtracking.
 */
const cache = new Map<string, string[]>();

/** The literal segments between the unescaped stars of a pattern. */
function segments(pattern: string): string[] {
  let parts = cache.get(pattern);
  if (parts) return parts;
  parts = [];
  let current = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\' && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) {
      current += pattern[i + 1];
      i++;
    } else if (c === '*') {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  if (cache.size > 1000) cache.clear();
  cache.set(pattern, parts);
  return parts;
}

export function stringMatches(value: string, pattern: string): boolean {
  const parts = segments(pattern);
  const first = parts[0] as string;
  if (parts.length === 1) return value === first;
  const last = parts[parts.length - 1] as string;
  if (value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last)) return false;
  let at = first.length;
  const end = value.length - last.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i] as string;
    const found = value.indexOf(part, at);
    if (found < 0 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}
