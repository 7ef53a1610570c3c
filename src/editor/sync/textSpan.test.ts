import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyTextEdits } from '../../asl';
import { editsAreDisjoint, minimalEdit, toRangeEdits } from './textSpan';

/** Offset → 1-based line/column, as Monaco's model.getPositionAt does. */
function positionAt(text: string) {
  return (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { lineNumber: before.length, column: before[before.length - 1]!.length + 1 };
  };
}

describe('minimalEdit', () => {
  it('covers exactly the differing span', () => {
    expect(minimalEdit('{"a": 1, "b": 2}', '{"a": 1, "b": 3}')).toEqual({ offset: 14, length: 1, content: '3' });
    expect(minimalEdit('same', 'same')).toBeUndefined();
    expect(minimalEdit('', 'new')).toEqual({ offset: 0, length: 0, content: 'new' });
  });

  it('never splits a surrogate pair', () => {
    const edit = minimalEdit('a😀b', 'a😁b')!;
    expect(edit.offset).toBe(1);
    expect(edit.content).toBe('😁');
  });

  it('turns any text into any other text (property, seed 5)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const edit = minimalEdit(a, b);
        expect(edit ? applyTextEdits(a, [edit]) : a).toBe(b);
      }),
      { seed: 5, numRuns: 500 },
    );
  });
});

describe('toRangeEdits', () => {
  it('maps offsets of the current text to line/column ranges', () => {
    const text = '{\n  "A": 1,\n  "B": 2\n}';
    const [edit] = toRangeEdits([{ offset: text.indexOf('2'), length: 1, content: '3' }], positionAt(text));
    expect(edit).toEqual({ range: { startLineNumber: 3, startColumn: 8, endLineNumber: 3, endColumn: 9 }, text: '3' });
  });

  it('checks that a batch is sorted and disjoint', () => {
    expect(editsAreDisjoint([{ offset: 0, length: 2, content: '' }, { offset: 2, length: 1, content: 'x' }])).toBe(true);
    expect(editsAreDisjoint([{ offset: 0, length: 3, content: '' }, { offset: 2, length: 1, content: 'x' }])).toBe(false);
  });
});
