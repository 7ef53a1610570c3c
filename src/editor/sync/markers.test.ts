import { describe, expect, it } from 'vitest';
import { parseDefinition, validateDefinition } from '../../asl';
import { markersFor } from './markers';

const slice = (text: string, m: { offset: number; length: number }) => text.slice(m.offset, m.offset + m.length);

describe('markersFor', () => {
  it('places a syntax error at its own range', () => {
    const text = '{"StartAt": "A", "States": {"A": {"Type": "Pass" "End": true}}}';
    const parsed = parseDefinition(text);
    const markers = markersFor(text, 'json', parsed.diagnostics, undefined);
    expect(markers.length).toBeGreaterThan(0);
    expect(markers[0]!.severity).toBe('error');
    expect(slice(text, markers[0]!)).toBe('"End"');
  });

  it('places a language-rule diagnostic on the property it is about', () => {
    const text = '{\n  "StartAt": "A",\n  "States": {\n    "A": {"Type": "Pass", "Next": "Nowhere"}\n  }\n}';
    const def = parseDefinition(text).definition!;
    const markers = markersFor(text, 'json', [], validateDefinition(def));
    const target = markers.find((m) => /Nowhere/.test(m.message) || slice(text, m).includes('Next'));
    expect(target).toBeDefined();
    expect(slice(text, target!)).toBe('"Next"');
  });

  it('falls back to the nearest existing ancestor for a missing field', () => {
    const text = '{"States": {"A": {"Type": "Pass", "End": true}}}';
    const markers = markersFor(text, 'json', [], [{ code: 'X', message: 'StartAt is missing', severity: 'error', path: ['StartAt'] }]);
    expect(markers[0]).toMatchObject({ offset: 0, length: text.length });
  });

  it('keeps an empty range visible and inside the text', () => {
    const text = '{"a": ';
    const markers = markersFor(text, 'json', [{ code: 'E', message: 'x', severity: 'error', path: [], range: { offset: 6, length: 0 } }], undefined);
    expect(markers[0]).toMatchObject({ offset: 5, length: 1 });
  });

  it('locates diagnostics in YAML text too', () => {
    const text = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: Nowhere\n';
    const markers = markersFor(text, 'yaml', [], [{ code: 'X', message: 'bad', severity: 'error', path: ['States', 'A', 'Next'] }]);
    expect(slice(text, markers[0]!)).toBe('Next');
  });
});
