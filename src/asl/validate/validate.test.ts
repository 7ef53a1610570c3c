import { describe, expect, it } from 'vitest';
import { validateDefinition } from './index';

describe('validateDefinition', () => {
  it('accepts a minimal machine', () => {
    expect(validateDefinition({ StartAt: 'A', States: { A: { Type: 'Succeed' } } })).toEqual([]);
  });

  it('reports a missing Next target with its JSON path', () => {
    const d = validateDefinition({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' } } });
    expect(d.map((x) => [x.code, x.path])).toContainEqual(['NEXT_TARGET_MISSING', ['States', 'A', 'Next']]);
  });

  it('never throws on odd shapes', () => {
    for (const v of [null, 1, 'x', [], {}, { States: [] }, { States: { A: null } }, { StartAt: 1, States: { A: { Type: 'Map', ItemProcessor: 3 } } }]) {
      expect(() => validateDefinition(v)).not.toThrow();
      expect(validateDefinition(v).some((d) => d.code === 'RULE_FAILED')).toBe(false);
    }
  });
});

describe('diagnostic paths', () => {
  it('point into nested branches and Map processors', () => {
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          End: true,
          Branches: [{ StartAt: 'M', States: { M: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Gone' } } } } } }],
        },
      },
    };
    const d = validateDefinition(def).find((x) => x.code === 'NEXT_TARGET_MISSING');
    expect(d?.path).toEqual(['States', 'P', 'Branches', 0, 'States', 'M', 'ItemProcessor', 'States', 'A', 'Next']);
    expect(d?.message).toContain('"Gone"');
  });

  it('reports JSONPath-only fields in JSONata states and the reverse, per state', () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: {}, InputPath: '$', End: true } },
    };
    const codes = validateDefinition(def).map((x) => `${x.code}:${x.path.join('.')}`);
    expect(codes).toContain('JSONPATH_FIELD_IN_JSONATA:States.A.Parameters');
    expect(codes).toContain('JSONPATH_FIELD_IN_JSONATA:States.A.InputPath');
    const jp = validateDefinition({ StartAt: 'A', States: { A: { Type: 'Map', Items: [1], ItemProcessor: { StartAt: 'B', States: { B: { Type: 'Succeed' } } }, End: true } } });
    expect(jp.map((x) => x.code)).toContain('JSONATA_FIELD_IN_JSONPATH');
  });

  it('checks every Choice operator form and intrinsic argument counts', () => {
    const rule = (r: object) => validateDefinition({ StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ ...r, Next: 'D' }] }, D: { Type: 'Succeed' } } }).map((x) => x.code);
    expect(rule({ Variable: '$.a', TimestampEqualsPath: '$.b' })).toEqual([]);
    expect(rule({ Variable: '$.a', IsTimestamp: 'yes' })).toContain('CHOICE_OPERATOR_VALUE');
    expect(rule({ Variable: '$.a', TimestampEquals: '2026-13-45' })).toContain('CHOICE_OPERATOR_VALUE');
    expect(rule({ Variable: '$.a' })).toContain('CHOICE_OPERATOR_COUNT');
    expect(rule({ Variable: '$.a[?(@.x', IsNull: true })).toContain('INVALID_PATH');
    const pass = (p: object) => validateDefinition({ StartAt: 'A', States: { A: { Type: 'Pass', Parameters: p, End: true } } }).map((x) => x.code);
    expect(pass({ 'a.$': 'States.Format($.x)' })).toEqual([]);
    expect(pass({ 'a.$': 'States.NoSuchFunction($.x)' })).toContain('INVALID_INTRINSIC');
    expect(pass({ 'a.$': '$$.Execution.Id', 'b.$': '$myVar.field' })).toEqual([]);
  });
});
