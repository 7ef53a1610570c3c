/**
 * Splits a file into the JSON documents it holds: one value, or several written one after
 * another (what `aws … get-execution-history` pages appended with `>>` look like). Syntax errors
 * come back with line and column.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { lineColumn } from '../asl/textPosition';

export interface JsonDocument {
  value: unknown;
  /** 1-based number of the document in its file. */
  number: number;
  /** Offset of the document's first character. */
  offset: number;
}

export interface SyntaxProblem {
  message: string;
  line: number;
  column: number;
}

/** Offsets [start, end) of the top-level values: brackets counted outside strings. */
function boundaries(text: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    if (start < 0) {
      if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === ',') continue;
      start = i;
      if (c !== '{' && c !== '[' && c !== '"') {
        // A scalar document: up to the next whitespace.
        let j = i;
        while (j < text.length && !/\s/.test(text[j]!)) j++;
        out.push([i, j]);
        start = -1;
        i = j - 1;
        continue;
      }
    }
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) {
        out.push([start, i + 1]);
        start = -1;
      }
    }
  }
  if (start >= 0) out.push([start, text.length]);
  return out;
}

/**
 * The documents of a text.
 * @returns the documents, or the first syntax error with its position
 */
export function readDocuments(text: string): { documents: JsonDocument[]; error?: SyntaxProblem } {
  const documents: JsonDocument[] = [];
  // Fast path: one well-formed document (a 25,000-event history is megabytes; the scanner below is for the rest).
  try {
    return { documents: [{ value: JSON.parse(text) as unknown, number: 1, offset: 0 }] };
  } catch {
    // Several documents, or a syntax error to locate.
  }
  const spans = boundaries(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
  for (const [start, end] of spans) {
    const chunk = text.slice(start, end);
    const errors: ParseError[] = [];
    const value = parse(chunk, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false }) as unknown;
    if (errors.length > 0) {
      const first = errors[0]!;
      return { documents, error: { message: `JSON syntax error (${printParseErrorCode(first.error)})`, ...lineColumn(text, start + first.offset) } };
    }
    documents.push({ value, number: documents.length + 1, offset: start });
  }
  if (documents.length === 0) return { documents, error: { message: 'The file is empty', line: 1, column: 1 } };
  return { documents };
}
