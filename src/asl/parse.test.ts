import { describe, expect, it } from 'vitest';
import { detectFormat, parseDefinition } from './parse';

describe('parseDefinition', () => {
  it('reads ASL JSON, comments included', () => {
    const r = parseDefinition('// hello\n{ "StartAt": "A", /* c */ "States": { "A": { "Type": "Succeed" } } }');
    expect(r.format).toBe('json');
    expect(r.diagnostics).toEqual([]);
    expect(r.definition).toEqual({ StartAt: 'A', States: { A: { Type: 'Succeed' } } });
  });

  it('reports a located syntax error instead of throwing', () => {
    const text = '{ "StartAt": "A", "States": { ';
    const r = parseDefinition(text);
    expect(r.definition).toBeUndefined();
    expect(r.diagnostics.length).toBeGreaterThan(0);
    const d = r.diagnostics[0];
    expect(d?.code).toBe('SYNTAX_ERROR');
    expect(d?.severity).toBe('error');
    expect(d?.range?.offset).toBeGreaterThanOrEqual(0);
    expect(d?.range?.offset).toBeLessThanOrEqual(text.length);
  });

  it('locates a trailing comma', () => {
    const text = '{"StartAt": "A",}';
    const r = parseDefinition(text);
    expect(r.diagnostics[0]?.range).toEqual({ offset: 16, length: 1 });
    expect(r.diagnostics[0]?.message).toMatch(/property name expected/);
  });

  it('flags duplicate keys with their range', () => {
    const text = '{"StartAt": "A", "StartAt": "B", "States": {}}';
    const r = parseDefinition(text);
    const dup = r.diagnostics.find((d) => d.code === 'DUPLICATE_KEY');
    expect(dup?.path).toEqual(['StartAt']);
    expect(dup?.range).toEqual({ offset: 17, length: 9 });
    expect(r.definition?.StartAt).toBe('B');
  });

  it('reads ASL YAML', () => {
    const r = parseDefinition('Comment: hi\nStartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n');
    expect(r.format).toBe('yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.definition).toEqual({ Comment: 'hi', StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
  });

  it('reads ASL YAML as PyYAML (the SAM CLI) does: a flow map closing left of its key', () => {
    const text = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Parameters: {\n      a: 1,\n      b: "x, y"\n}\n    End: true\n';
    const r = parseDefinition(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.definition).toEqual({ StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { a: 1, b: 'x, y' }, End: true } } });
  });

  it('reports YAML errors with a range', () => {
    const r = parseDefinition('StartAt: A\nStates:\n  A: [unclosed\n');
    expect(r.format).toBe('yaml');
    expect(r.definition).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe('SYNTAX_ERROR');
    expect(r.diagnostics[0]?.range).toBeDefined();
  });

  it('rejects values that are not objects', () => {
    expect(parseDefinition('[1, 2]').diagnostics[0]?.code).toBe('NOT_AN_OBJECT');
    expect(parseDefinition('just words').diagnostics[0]?.code).toBe('NOT_AN_OBJECT');
    expect(parseDefinition('   ').diagnostics[0]?.code).toBe('EMPTY_DOCUMENT');
  });

  it('detects the format from the first meaningful character', () => {
    expect(detectFormat('  \n{')).toBe('json');
    expect(detectFormat('/* x */ {')).toBe('json');
    expect(detectFormat('StartAt: A')).toBe('yaml');
    expect(detectFormat('# comment\nStartAt: A')).toBe('yaml');
  });
});
