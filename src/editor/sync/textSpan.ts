/**
 * Text spans and edit conversion for the code view: the smallest single edit between two texts
 * (used when the store replaces the whole text, so the cursor and the editor's undo stay sensible),
 * and offset-based edits → line/column ranges for Monaco (given the model's own `getPositionAt`).
 */
import type { TextEdit } from '../../asl';

/** The one span where `before` and `after` differ, as an edit of `before`; undefined when equal. */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) suffix++;
  // Never split a UTF-16 surrogate pair: widen the span by one unit if it starts or ends inside one.
  if (prefix > 0 && isLowSurrogate(before.charCodeAt(prefix))) prefix--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { offset: prefix, length: before.length - prefix - suffix, content: after.slice(prefix, after.length - suffix) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Monaco-compatible position (1-based line and column). */
export interface LinePosition {
  lineNumber: number;
  column: number;
}

/** Monaco-compatible single edit operation over a line/column range. */
export interface RangeEdit {
  range: { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number };
  text: string;
}

/**
 * Converts edits whose offsets refer to the current text into range edits. Monaco applies a batch
 * of operations against the model as it was before the batch, which is exactly the coordinate
 * system of `computeTextEdits` (sorted, non-overlapping, original offsets).
 */
export function toRangeEdits(edits: readonly TextEdit[], positionAt: (offset: number) => LinePosition): RangeEdit[] {
  return edits.map((e) => {
    const start = positionAt(e.offset);
    const end = positionAt(e.offset + e.length);
    return {
      range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column },
      text: e.content,
    };
  });
}

/** True when edits are sorted by offset and do not overlap (what a single Monaco batch needs). */
export function editsAreDisjoint(edits: readonly TextEdit[]): boolean {
  for (let i = 1; i < edits.length; i++) {
    const prev = edits[i - 1]!;
    if (edits[i]!.offset < prev.offset + prev.length) return false;
  }
  return true;
}
