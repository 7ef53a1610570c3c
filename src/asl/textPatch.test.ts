import { describe, expect, it } from 'vitest';
import { parse } from 'jsonc-parser';
import { applyTextEdits, computeTextEdits, detectFormatting, jsonPathAtOffset, locateJsonPath, locateNearestJsonPath } from './textPatch';

const text = `{
    // keep me
    "Comment": "demo",
    "StartAt": "A",
    "States": {
        "A": { "Type": "Pass", "Next": "B" },
        "B": {
            "Type": "Succeed"
        }
    }
}
`;

function patched(before: string, next: unknown): string {
  return applyTextEdits(before, computeTextEdits(before, next));
}

describe('computeTextEdits', () => {
  it('changes a scalar with one small edit and keeps comments', () => {
    const next = { Comment: 'demo', StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } } };
    next.Comment = 'changed';
    const edits = computeTextEdits(text, next);
    expect(edits).toEqual([{ offset: text.indexOf('"demo"'), length: 6, content: '"changed"' }]);
    expect(patched(text, next)).toContain('// keep me');
  });

  it('returns no edits when nothing changed', () => {
    expect(computeTextEdits(text, parse(text))).toEqual([]);
  });

  it('renames a key in place (removal + insertion at the same position)', () => {
    const next = { Comment: 'demo', StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Z' }, Z: { Type: 'Succeed' } } };
    const out = patched(text, next);
    expect(parse(out)).toEqual(next);
    expect(out.indexOf('"Z"')).toBeLessThan(out.lastIndexOf('}'));
    expect(Object.keys((parse(out) as { States: object }).States)).toEqual(['A', 'Z']);
    expect(out).toContain('// keep me');
    expect(out).toContain('    "StartAt": "A",');
  });

  it('keeps the text indentation for inserted objects', () => {
    const next = { Comment: 'demo', StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' }, C: { Type: 'Fail', Error: 'E' } } };
    const out = patched(text, next);
    expect(parse(out)).toEqual(next);
    expect(out).toContain('\n        "C": {\n            "Type": "Fail",');
  });

  it("does not reformat a neighbour's one-line object", () => {
    const next = { Comment: 'demo', StartAt: 'A', States: { A: { Type: 'Pass', Next: 'X' }, X: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } } };
    const out = patched(text, next);
    expect(out).toContain('"A": { "Type": "Pass", "Next": "X" },');
    expect(out).toContain('\n        "X": {\n            "Type": "Pass",\n            "Next": "B"\n        },');
    expect(parse(out)).toEqual(next);
  });

  it('handles array insertions and removals', () => {
    const before = '{\n  "a": [1, 2, 3, 4],\n  "b": true\n}';
    for (const a of [[1, 2, 9, 3, 4], [1, 4], [], [0, 1, 2, 3, 4, 5], [4, 3, 2, 1]]) {
      const next = { a, b: true };
      expect(parse(patched(before, next))).toEqual(next);
    }
  });

  it('leaves text outside the edits byte-identical', () => {
    const next = { Comment: 'demo', StartAt: 'B', States: { A: { Type: 'Pass', End: true }, B: { Type: 'Succeed' } } };
    const edits = computeTextEdits(text, next);
    let cursor = 0;
    const out = applyTextEdits(text, edits);
    let outCursor = 0;
    for (const e of edits) {
      expect(out.slice(outCursor, outCursor + e.offset - cursor)).toBe(text.slice(cursor, e.offset));
      outCursor += e.offset - cursor + e.content.length;
      cursor = e.offset + e.length;
    }
    expect(out.slice(outCursor)).toBe(text.slice(cursor));
    expect(parse(out)).toEqual(next);
  });

  it('patches YAML where it changed (comments kept) and replaces broken text as a whole', () => {
    const yaml = '# mine\nStartAt: A\nStates:\n  A:\n    Type: Succeed # end\n';
    const edits = computeTextEdits(yaml, { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
    expect(edits).toHaveLength(1);
    expect(applyTextEdits(yaml, edits)).toBe('# mine\nStartAt: A\nStates:\n  A:\n    Type: Pass # end\n    End: true\n');
    expect(computeTextEdits('{ broken', { StartAt: 'A' })[0]?.content).toBe('{\n  "StartAt": "A"\n}\n');
  });
});

describe('detectFormatting', () => {
  it('finds spaces, tabs and CRLF', () => {
    expect(detectFormatting(text)).toEqual({ insertSpaces: true, tabSize: 4, eol: '\n' });
    expect(detectFormatting('{\r\n\t"a": 1\r\n}')).toEqual({ insertSpaces: false, tabSize: 1, eol: '\r\n' });
  });
});

describe('locating paths', () => {
  it('maps a JSON path to the range of its value, key or property', () => {
    const value = locateJsonPath(text, ['States', 'A', 'Next']);
    expect(value && text.slice(value.offset, value.offset + value.length)).toBe('"B"');
    const prop = locateJsonPath(text, ['States', 'A', 'Next'], 'property');
    expect(prop && text.slice(prop.offset, prop.offset + prop.length)).toBe('"Next": "B"');
    const key = locateJsonPath(text, ['States', 'B'], 'key');
    expect(key && text.slice(key.offset, key.offset + key.length)).toBe('"B"');
    expect(locateJsonPath(text, ['States', 'Nope'])).toBeUndefined();
  });

  it('falls back to the nearest existing ancestor', () => {
    const r = locateNearestJsonPath(text, ['States', 'B', 'Next']);
    expect(r && text.slice(r.offset, r.offset + r.length)).toBe('"B"');
  });

  it('maps a cursor offset to the JSON path under it', () => {
    expect(jsonPathAtOffset(text, text.indexOf('"Next"') + 2)).toEqual(['States', 'A', 'Next']);
    expect(jsonPathAtOffset(text, text.indexOf('"Succeed"') + 3)).toEqual(['States', 'B', 'Type']);
    expect(jsonPathAtOffset(text, 0)).toEqual([]);
    expect(jsonPathAtOffset('not json', 3)).toEqual([]);
  });
});
