import { argString, intrinsicFailure, type IntrinsicSpec } from './common';

/**
 * Renders a value as Step Functions does inside States.Format: strings as they are, and objects
 * and arrays the way Java prints collections (`{a=1, b=[x, y]}`), which is what AWS returns.
 */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}=${formatValue(v)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'number') return javaNumber(value);
  return String(value);
}

/**
 * Java's rendering of a JSON number: integers as written, other doubles like Double.toString,
 * which switches to `1.5E-7` / `1.2345678E7` outside [10^-3, 10^7).
 */
export function javaNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e7) return String(value);
  const [mantissa = '0', exponent = '0'] = value.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}

/** Splits a template's raw text at unescaped `{}`; escapes `\{`, `\}`, `\'`, `\\` are resolved. */
export function splitTemplate(raw: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c === '\\' && i + 1 < raw.length) {
      const next = raw[i + 1] as string;
      current += next === '{' || next === '}' || next === "'" || next === '\\' ? next : c + next;
      i++;
    } else if (c === '{' && raw[i + 1] === '}') {
      parts.push(current);
      current = '';
      i++;
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

/** States.Format(template, …values): fills each `{}` with the next value. */
export const Format: IntrinsicSpec = {
  minArgs: 1,
  maxArgs: Infinity,
  impl: (args, env) => {
    const template = argString('States.Format', args, 0);
    // A literal template keeps its escapes (`raw`); a template read from a path has none.
    const parts = env.rawFirstArg !== undefined ? splitTemplate(env.rawFirstArg) : splitTemplate(template.replace(/\\/g, '\\\\'));
    const values = args.slice(1);
    if (parts.length - 1 !== values.length) {
      throw intrinsicFailure('States.Format', `the template has ${parts.length - 1} placeholder(s) '{}' but ${values.length} value(s) were given`);
    }
    let out = parts[0] ?? '';
    values.forEach((value, i) => (out += formatValue(value) + (parts[i + 1] ?? '')));
    return out;
  },
};
