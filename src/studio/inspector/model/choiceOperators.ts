/**
 * Every comparison operator of a JSONPath Choice rule (ASL spec "Choice Rules"): String*,
 * Numeric*, BooleanEquals and Timestamp* each with a `…Path` variant comparing to another path,
 * StringMatches (no Path variant), and the type tests Is*.
 */
export type OperandFamily = 'string' | 'numeric' | 'boolean' | 'timestamp' | 'test';

export interface OperatorInfo {
  /** Operator name without the `Path` suffix. */
  name: string;
  family: OperandFamily;
  /** Label as Workflow Studio words it. */
  label: string;
  /** Whether a `<name>Path` variant exists. */
  hasPath: boolean;
}

const op = (name: string, family: OperandFamily, label: string, hasPath = true): OperatorInfo => ({ name, family, label, hasPath });

export const OPERATORS: readonly OperatorInfo[] = [
  op('StringEquals', 'string', 'string is equal to'),
  op('StringLessThan', 'string', 'string is less than'),
  op('StringGreaterThan', 'string', 'string is greater than'),
  op('StringLessThanEquals', 'string', 'string is less than or equal to'),
  op('StringGreaterThanEquals', 'string', 'string is greater than or equal to'),
  op('StringMatches', 'string', 'string matches (wildcard *)', false),
  op('NumericEquals', 'numeric', 'number is equal to'),
  op('NumericLessThan', 'numeric', 'number is less than'),
  op('NumericGreaterThan', 'numeric', 'number is greater than'),
  op('NumericLessThanEquals', 'numeric', 'number is less than or equal to'),
  op('NumericGreaterThanEquals', 'numeric', 'number is greater than or equal to'),
  op('BooleanEquals', 'boolean', 'boolean is equal to'),
  op('TimestampEquals', 'timestamp', 'timestamp is equal to'),
  op('TimestampLessThan', 'timestamp', 'timestamp is before'),
  op('TimestampGreaterThan', 'timestamp', 'timestamp is after'),
  op('TimestampLessThanEquals', 'timestamp', 'timestamp is before or equal to'),
  op('TimestampGreaterThanEquals', 'timestamp', 'timestamp is after or equal to'),
  op('IsNull', 'test', 'is null', false),
  op('IsPresent', 'test', 'is present', false),
  op('IsNumeric', 'test', 'is of type number', false),
  op('IsString', 'test', 'is of type string', false),
  op('IsBoolean', 'test', 'is of type boolean', false),
  op('IsTimestamp', 'test', 'is of type timestamp', false),
];

const BY_NAME = new Map(OPERATORS.map((o) => [o.name, o]));

/** Resolves an operator key as written in a rule (`NumericGreaterThanPath` → NumericGreaterThan + path). */
export function operatorOfKey(key: string): { info: OperatorInfo; usePath: boolean } | undefined {
  const direct = BY_NAME.get(key);
  if (direct) return { info: direct, usePath: false };
  if (key.endsWith('Path')) {
    const base = BY_NAME.get(key.slice(0, -4));
    if (base?.hasPath) return { info: base, usePath: true };
  }
  return undefined;
}

export function operatorInfo(name: string): OperatorInfo | undefined {
  return BY_NAME.get(name);
}

/** Short symbols for rule summaries (`$.x > 3`). */
const SYMBOLS: Record<string, string> = {
  Equals: '==', LessThan: '<', GreaterThan: '>', LessThanEquals: '<=', GreaterThanEquals: '>=', Matches: 'matches',
};

export function operatorSymbol(info: OperatorInfo): string {
  if (info.family === 'test') return info.name;
  const suffix = info.name.replace(/^(String|Numeric|Boolean|Timestamp)/, '');
  return SYMBOLS[suffix] ?? info.name;
}

/** The typed operand for a value typed into the form, or an error message. */
export function parseOperand(family: OperandFamily, text: string): { value: string | number | boolean } | { error: string } {
  switch (family) {
    case 'string':
      return { value: text };
    case 'numeric': {
      const n = Number(text);
      return text.trim() === '' || !Number.isFinite(n) ? { error: 'Enter a number.' } : { value: n };
    }
    case 'boolean':
    case 'test':
      if (text === 'true' || text === 'false') return { value: text === 'true' };
      return { error: 'Choose true or false.' };
    case 'timestamp':
      // RFC 3339 as the service accepts it: date, 'T', time, optional fraction, zone.
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text)
        ? { value: text }
        : { error: 'Enter an RFC 3339 timestamp, e.g. 2030-01-31T12:00:00Z.' };
  }
}
