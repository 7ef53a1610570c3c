/**
 * A readable difference between an expected and an actual JSON value: both pretty-printed
 * (keys sorted, so key order never shows as a change) and compared line by line (LCS), with
 * `-` for expected-only and `+` for actual-only lines.
 */

/** JSON text with sorted keys, two-space indent. */
export function prettyJson(value: unknown): string {
  if (value === undefined) return '(nothing)';
  return JSON.stringify(sortKeys(value), null, 2);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** Line diff of two texts: lines prefixed with `  `, `- ` (expected) or `+ ` (actual). */
export function lineDiff(expected: string, actual: string): string[] {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // LCS table (values are small: test expectations).
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (i < a.length && (j >= b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push(`- ${a[i++]}`);
    else out.push(`+ ${b[j++]}`);
  }
  return out;
}

/** The diff of two JSON values (empty when equal). */
export function jsonDiff(expected: unknown, actual: unknown): string[] {
  const e = prettyJson(expected);
  const a = prettyJson(actual);
  return e === a ? [] : lineDiff(e, a);
}
