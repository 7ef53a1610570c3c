import { describe, expect, it } from 'vitest';
import { readTemplate } from './readTemplate';
import { MAX_DUPLICATE_KEYS } from './duplicateKeys';

describe('duplicate keys in an imported file', () => {
  it('an ASL JSON file: each repeated key with its line, column and path (the last value is kept)', () => {
    const text = [
      '{',
      '  "StartAt": "A",',
      '  "States": {',
      '    "A": { "Type": "Pass", "Next": "B", "Next": "C" },',
      '    "B": { "Type": "Succeed" },',
      '    "C": { "Type": "Succeed" },',
      '    "B": { "Type": "Fail" }',
      '  }',
      '}',
    ].join('\n');
    const result = readTemplate(text);
    expect(result.duplicateKeys).toEqual([
      { key: 'Next', path: ['States', 'A', 'Next'], line: 4, column: 41 },
      { key: 'B', path: ['States', 'B'], line: 7, column: 5 },
    ]);
    expect(result.stateMachines[0]!.definition.States['A']).toMatchObject({ Next: 'C' });
  });

  it('a SAM template in YAML, inside the inline Definition and in Resources', () => {
    const text = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Machine:',
      '    Type: AWS::Serverless::StateMachine',
      '    Properties:',
      '      Definition:',
      '        StartAt: A',
      '        States:',
      '          A: { Type: Pass, End: true, End: true }',
      '  Machine:',
      '    Type: AWS::Serverless::StateMachine',
      '    Properties:',
      '      Definition: { StartAt: B, States: { B: { Type: Succeed } } }',
    ].join('\n');
    const result = readTemplate(text);
    expect(result.duplicateKeys?.map((d) => [d.path.join('.'), d.line])).toEqual([
      ['Resources.Machine.Properties.Definition.States.A.End', 9],
      ['Resources.Machine', 10],
    ]);
    // The first Machine (with its own duplicate) was replaced by the second: only the second is read.
    expect(result.stateMachines.map((m) => m.definition.StartAt)).toEqual(['B']);
  });

  it('none reported for a clean file; at most MAX_DUPLICATE_KEYS for a machine-written one', () => {
    expect(readTemplate('{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}').duplicateKeys).toBeUndefined();
    const many = `{"StartAt": "A", "States": {"A": {"Type": "Succeed"${', "Comment": "x"'.repeat(500)}}}}`;
    expect(readTemplate(many).duplicateKeys).toHaveLength(MAX_DUPLICATE_KEYS);
  });
});
