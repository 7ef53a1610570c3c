/**
 * Where the characters of a YAML string scalar were written in the file, so a problem found inside
 * the string (a `DefinitionString: !Sub |` block) is reported at the template's line and column.
 */
import { isMap, isScalar, isSeq, type LineCounter, type Scalar } from 'yaml';

/** A line and column (1-based) in a string's value → the line and column in the file. */
export type TextPlace = (inString: { line: number; column: number }) => { line: number; column: number };

/**
 * For a literal block scalar (`|`, `|-`, `|+`) each line of the value is one line of the file,
 * shifted by the block's indentation. Other scalars (folded `>`, quoted or plain text that
 * spans lines, escapes) do not map line for line: undefined, and the caller counts in the string.
 */
export function blockScalarPlace(node: Scalar, source: string, lines: LineCounter): TextPlace | undefined {
  if (node.type !== 'BLOCK_LITERAL' || !node.range) return undefined;
  const headerAt = node.range[0];
  const headerEnd = source.indexOf('\n', headerAt);
  if (headerEnd < 0) return undefined;
  // An explicit indentation indicator (`|2`) is rare; the auto-detected indentation is that of the first non-empty line.
  if (/^\|[-+]?\d/.test(source.slice(headerAt, headerEnd))) return undefined;
  const body = source.slice(headerEnd + 1, node.range[1]);
  const first = /^(?:[ \t]*\r?\n)*( *)\S/.exec(body);
  if (!first) return undefined;
  const indent = first[1]!.length;
  const headerLine = lines.linePos(headerAt).line;
  return (at) => ({ line: headerLine + at.line, column: indent + at.column });
}

/**
 * The written string of a `DefinitionString` node: the scalar itself, the text of `!Sub` /
 * `Fn::Sub` (also the first item of their `[text, variables]` form).
 */
export function definitionStringScalar(node: unknown): Scalar | undefined {
  let current: unknown = node;
  if (isMap(current) && current.items.length === 1 && isScalar(current.items[0]!.key) && current.items[0]!.key.value === 'Fn::Sub') {
    current = current.items[0]!.value;
  }
  if (isSeq(current)) current = current.items[0];
  return isScalar(current) ? current : undefined;
}

