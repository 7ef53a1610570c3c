/**
 * The number a `…Path` field (MaxConcurrencyPath, ToleratedFailureCountPath, SecondsPath, …)
 * refers to. Step Functions parses the referenced value's text, so a numeric string such as "5"
 * counts as 5 (recorded: AWS reports `"NoNumber"` as "not a valid integer", naming the parse, and
 * real workflows pass counts read from strings); anything else is left for the caller to reject.
 */
const INTEGER = /^-?\d+$/;
const FLOAT = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function pathNumber(value: unknown, kind: 'integer' | 'float'): number | undefined {
  if (typeof value === 'number') return kind === 'float' || Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return (kind === 'integer' ? INTEGER : FLOAT).test(text) ? Number(text) : undefined;
}
