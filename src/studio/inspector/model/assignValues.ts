/**
 * How the Assign editor shows and reads a variable's value: strings as typed, anything else as
 * JSON. Text that is valid JSON (a number, true, an object, a quoted string…) is read as JSON.
 */
export function showValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function readValue(text: string): unknown {
  const trimmed = text.trim();
  if (/^(-?\d|\{|\[|"|true$|false$|null$)/.test(trimmed)) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return text;
    }
  }
  return text;
}

/** Variable names as Step Functions accepts them (a JSONPath key may end in `.$`). */
export function variableNameProblem(name: string, others: readonly string[]): string | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.\$)?$/.test(name)) return 'A variable name starts with a letter or _ and has only letters, digits and _ (optionally ending in .$).';
  if (others.includes(name)) return `"${name}" is already assigned here.`;
  return undefined;
}

/** Renames a key keeping its position among the others. */
export function renameKey(record: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => (k === from ? [to, v] : [k, v])));
}

/** `var`, `var2`, … — the first key not in `record`. */
export function freeKey(record: Record<string, unknown>, base = 'variable'): string {
  if (!(base in record)) return base;
  for (let i = 2; ; i++) if (!(`${base}${i}` in record)) return `${base}${i}`;
}
