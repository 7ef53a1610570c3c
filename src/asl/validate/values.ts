/** Small value predicates shared by the rules. */

/** A JSONata expression string: the whole value wrapped in `{% … %}`. */
export function isJsonataExpression(value: unknown): value is string {
  return typeof value === 'string' && /^\{%[\s\S]*%\}$/.test(value);
}

/** The expression inside `{% … %}`. */
export function jsonataBody(value: string): string {
  return value.slice(2, -2);
}

export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

// RFC 3339 date-time (ASL spec "Timestamps"): date, "T", time, optional fraction, zone.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

export function isTimestamp(value: unknown): boolean {
  return typeof value === 'string' && RFC3339.test(value) && !Number.isNaN(Date.parse(value));
}
