/** Where a JSON.parse error is, as "line L, column C" (engines word their messages differently). */
import { parse, type ParseError } from 'jsonc-parser';

/**
 * The offset of the error: the position V8 names, else where jsonc-parser (strict: no comments, no
 * trailing commas) stops. V8 names no position for "Unexpected token ',', …" or a text that ends too early.
 */
function errorOffset(text: string, message: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors[0]?.offset;
}

export function locateJsonError(text: string, message: string): string {
  const offset = errorOffset(text, message);
  if (offset === undefined) return message;
  const before = text.slice(0, offset).split('\n');
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '')} (line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1})`;
}
