import { describe, expect, it } from 'vitest';
import { parseCfnYaml, stringifyCfnYaml } from './cfnYaml';
import { TemplateReadError } from './errors';

describe('parseCfnYaml', () => {
  it('reads every short-form tag into its long form', () => {
    const text = [
      'a: !Ref Param',
      'b: !GetAtt Fn.Arn',
      'c: !GetAtt [Fn, Arn]',
      'd: !Sub "arn:${AWS::Partition}:x"',
      'e: !Sub ["${A}-x", { A: !Ref B }]',
      'f: !Join ["", [a, !Ref B]]',
      'g: !Select [0, !Split [",", "a,b"]]',
      'h: !If [IsProd, a, !Ref AWS::NoValue]',
      'i: !Equals [!Ref Env, prod]',
      'j: !FindInMap [Map, Key, Value]',
      'k: !ImportValue Exported',
      'l: !Base64 text',
      'm: !GetAZs ""',
      'n: !And [!Condition A, !Not [!Condition B], !Or [!Condition C, !Condition D]]',
      'o: !Cidr ["10.0.0.0/16", 4, 8]',
    ].join('\n');
    expect(parseCfnYaml(text)).toEqual({
      a: { Ref: 'Param' },
      b: { 'Fn::GetAtt': ['Fn', 'Arn'] },
      c: { 'Fn::GetAtt': ['Fn', 'Arn'] },
      d: { 'Fn::Sub': 'arn:${AWS::Partition}:x' },
      e: { 'Fn::Sub': ['${A}-x', { A: { Ref: 'B' } }] },
      f: { 'Fn::Join': ['', ['a', { Ref: 'B' }]] },
      g: { 'Fn::Select': [0, { 'Fn::Split': [',', 'a,b'] }] },
      h: { 'Fn::If': ['IsProd', 'a', { Ref: 'AWS::NoValue' }] },
      i: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
      j: { 'Fn::FindInMap': ['Map', 'Key', 'Value'] },
      k: { 'Fn::ImportValue': 'Exported' },
      l: { 'Fn::Base64': 'text' },
      m: { 'Fn::GetAZs': '' },
      n: { 'Fn::And': [{ Condition: 'A' }, { 'Fn::Not': [{ Condition: 'B' }] }, { 'Fn::Or': [{ Condition: 'C' }, { Condition: 'D' }] }] },
      o: { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] },
    });
  });

  it('reads JSON templates too', () => {
    expect(parseCfnYaml('{"Resources": {"A": {"Type": "X", "Properties": {"B": {"Ref": "C"}}}}}'))
      .toEqual({ Resources: { A: { Type: 'X', Properties: { B: { Ref: 'C' } } } } });
  });

  it('locates syntax errors', () => {
    const error = (() => { try { parseCfnYaml('a: [1,\nb: }'); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(TemplateReadError);
    expect((error as TemplateReadError).code).toBe('not-yaml');
    expect((error as TemplateReadError).location?.line).toBeGreaterThan(0);
  });

  it('rejects unknown tags instead of reading them as strings', () => {
    expect(() => parseCfnYaml('a: !Bogus x')).toThrow(/Bogus/);
  });
});

describe('stringifyCfnYaml', () => {
  it('writes long forms as short tags and reads back the same value', () => {
    const value = {
      A: { Ref: 'B' },
      C: { 'Fn::GetAtt': ['Fn', 'Arn'] },
      D: { 'Fn::Sub': ['/aws/${X}', { X: { Ref: 'Y' } }] },
      E: { 'Fn::Select': [6, { 'Fn::Split': [':', { Ref: 'Arn' }] }] },
      F: { Condition: 'KeepsLongForm', Other: 1 },
    };
    const text = stringifyCfnYaml(value);
    expect(text).toContain('A: !Ref B');
    expect(text).toContain('C: !GetAtt Fn.Arn');
    expect(text).toContain('D: !Sub');
    expect(text).toContain('!Select');
    expect(text).toContain('!Split');
    expect(parseCfnYaml(text)).toEqual(value);
  });
});
