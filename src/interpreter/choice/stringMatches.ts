const cache = new Map<string, RegExp>();

/**
 * `StringMatches` (ASL spec): `*` matches any run of characters (also none); `\*` is a literal
 * star and `\\` a literal backslash. Nothing else is special.
 */
export function stringMatches(value: string, pattern: string): boolean {
  let regex = cache.get(pattern);
  if (!regex) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i] as string;
      if (c === '\\' && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) {
        source += escape(pattern[i + 1] as string);
        i++;
      } else if (c === '*') {
        source += '[\\s\\S]*';
      } else {
        source += escape(c);
      }
    }
    regex = new RegExp(`^${source}$`, 'u');
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, regex);
  }
  return regex.test(value);
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
