/** Templates PyYAML (the SAM CLI) reads must read here too (synthetic examples). */
import { describe, expect, it } from 'vitest';
import { parseCfnYaml } from './cfnYaml';
import { indentFlowContinuations } from '../asl/flowIndent';
import { TemplateReadError } from './errors';

describe('flow collections spread over lines, as PyYAML reads them', () => {
  it('a flow mapping whose closing brace is less indented than its key', () => {
    const text = 'Resources:\n  Fn:\n    Environment: {\n      A: 1,\n      B: "x, y"\n}\n';
    expect(parseCfnYaml(text)).toEqual({ Resources: { Fn: { Environment: { A: 1, B: 'x, y' } } } });
  });
  it('flow maps inside block sequences with continuation lines left of the item', () => {
    const text = [
      'Policies:',
      '  - Statement: {',
      '      Effect: Allow,',
      '      Action: "s3:*"',
      '    }',
      '  - { Effect: Deny,',
      '  Action: [a,',
      ' b] }',
      '  - !Ref Other',
      '',
    ].join('\n');
    expect(parseCfnYaml(text)).toEqual({ Policies: [{ Statement: { Effect: 'Allow', Action: 's3:*' } }, { Effect: 'Deny', Action: ['a', 'b'] }, { Ref: 'Other' }] });
  });
  it('leaves braces inside plain scalars, quoted strings, comments and block scalars alone', () => {
    const text = [
      'A: text with {braces',
      "B: 'it''s { not flow'",
      'C: x # { comment',
      'D: |',
      '  {',
      'E: [1,',
      '2]',
      '',
    ].join('\n');
    expect(indentFlowContinuations(text).split('\n')).toEqual(['A: text with {braces', "B: 'it''s { not flow'", 'C: x # { comment', 'D: |', '  {', 'E: [1,', ' 2]', '']);
    expect(parseCfnYaml(text)).toEqual({ A: 'text with {braces', B: "it's { not flow", C: 'x', D: '{\n', E: [1, 2] });
  });
  it('a file PyYAML rejects too (unclosed flow mapping) keeps the located message', () => {
    const text = 'Resources:\n  Fn: {\n    A: 1\n';
    let error: unknown;
    try {
      parseCfnYaml(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateReadError);
    expect((error as TemplateReadError).location?.line).toBeGreaterThan(0);
    expect((error as TemplateReadError).message).toMatch(/not valid YAML/);
  });
});
