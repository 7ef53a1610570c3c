import { describe, expect, it } from 'vitest';
import { readTemplate } from './readTemplate';
import { MAX_DUPLICATE_KEYS } from './duplicateKeys';
import { TemplateReadError } from './errors';

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

describe('duplicate keys inside a DefinitionString or a DefinitionUri file', () => {
  const definition = [
    '{',
    '  "StartAt": "A",',
    '  "States": {',
    '    "A": { "Type": "Task", "Resource": "${FnArn}", "Next": "B", "Next": "C" },',
    '    "B": { "Type": "Succeed" },',
    '    "C": { "Type": "Succeed" }',
    '  }',
    '}',
  ].join('\n');
  const cfn = (definitionString: unknown) => JSON.stringify({
    Resources: { Flow: { Type: 'AWS::StepFunctions::StateMachine', Properties: { DefinitionString: definitionString } } },
  });
  const inString = ['Resources', 'Flow', 'Properties', 'DefinitionString', 'States', 'A', 'Next'];

  it('a JSON string: opened with the last value, the repeat located in the string', () => {
    const result = readTemplate(cfn(definition));
    expect(result.duplicateKeys).toEqual([{ key: 'Next', path: inString, line: 4, column: 65, in: 'DefinitionString' }]);
    expect(result.stateMachines[0]!.definition.States['A']).toMatchObject({ Next: 'C' });
  });

  it('Fn::Sub: the line and column of the string as written, also after placeholders the import renames', () => {
    // `${Fn.Arn}` is read as `${FnArn}` (2 characters shorter) and `${AWS::Partition}` as `aws`: columns still count as written.
    const written = definition.replace('"${FnArn}"', '"arn:${AWS::Partition}:lambda:x:${Fn.Arn}"');
    const column = written.split('\n')[3]!.lastIndexOf('"Next"') + 1;
    expect(column).toBe(97);
    expect(readTemplate(cfn({ 'Fn::Sub': written })).duplicateKeys).toEqual([{ key: 'Next', path: inString, line: 4, column, in: 'DefinitionString' }]);
    expect(readTemplate(cfn({ 'Fn::Sub': [written, { Unused: 'x' }] })).duplicateKeys).toEqual([{ key: 'Next', path: inString, line: 4, column, in: 'DefinitionString' }]);
  });

  it('a YAML template with a !Sub | block: located on the template\'s lines, listed after the template\'s own repeats', () => {
    // `${Fn.Arn}` is read as `${FnArn}`: the column still counts as written in the template.
    const written = definition.replace('"${FnArn}"', '"${Fn.Arn}"');
    const template = (header: string[], indent: string, tail: string[] = []) => [
      'Resources:',
      '  Flow:',
      '    Type: AWS::StepFunctions::StateMachine',
      '    Properties:',
      '      RoleArn: a',
      '      RoleArn: b',
      ...header,
      ...written.split('\n').map((line) => `${indent}${line}`),
      ...tail,
    ].join('\n');
    /** What the template holds at a reported line and column. */
    const at = (text: string, d: { line: number; column: number }) => text.split('\n')[d.line - 1]!.slice(d.column - 1);
    const forms = {
      '!Sub |': template(['      DefinitionString: !Sub |'], '        '),
      'Fn::Sub: |-': template(['      DefinitionString:', '        Fn::Sub: |-'], '          '),
      '!Sub [ |, vars ]': template(['      DefinitionString: !Sub', '        - |'], '          ', ['        - { Unused: x }']),
      'a plain | block': template(['      DefinitionString: |', ''], '        '),
    };
    for (const [form, text] of Object.entries(forms)) {
      const result = readTemplate(text);
      const [own, inBlock] = result.duplicateKeys!;
      expect(own, form).toEqual({ key: 'RoleArn', path: ['Resources', 'Flow', 'Properties', 'RoleArn'], line: 6, column: 7 });
      expect(inBlock, form).toMatchObject({ key: 'Next', path: inString });
      expect(inBlock!.in, form).toBeUndefined();
      // The reported place is the repeated key in the template (not line 4 of the string).
      expect(at(text, inBlock!), form).toMatch(/^"Next": "C" \}/);
      expect(inBlock!.line, form).toBeGreaterThan(7);
      expect(result.stateMachines[0]!.definition.States['A'], form).toMatchObject({ Next: 'C' });
    }
    expect(readTemplate(forms['!Sub |']).duplicateKeys![1]).toMatchObject({ line: 11, column: 74 });
  });

  it('a !Sub | block with a syntax error: the error is located on the template\'s lines', () => {
    const text = ['Resources:', '  Flow:', '    Type: AWS::StepFunctions::StateMachine', '    Properties:', '      DefinitionString: !Sub |',
      '        {', '          "StartAt": "A",', '          "States": {,}', '        }'].join('\n');
    let error: TemplateReadError | undefined;
    try {
      readTemplate(text);
    } catch (e) {
      if (e instanceof TemplateReadError) error = e;
    }
    if (!error) throw new Error('expected a TemplateReadError');
    expect(error.location).toMatchObject({ line: 8, column: 22 });
    expect(text.split('\n')[7]!.slice(21)).toBe(',}');
    expect(error.describe()).toMatch(/^DefinitionString is not valid JSON\/YAML: .*\(line 8, column 22; Resources\.Flow\.Properties\.DefinitionString\)$/);
  });

  it('a folded > block does not map line for line: located in the string, and says so', () => {
    const text = ['Resources:', '  Flow:', '    Type: AWS::StepFunctions::StateMachine', '    Properties:', '      DefinitionString: !Sub >',
      ...definition.split('\n').map((line) => `        ${line}`)].join('\n');
    expect(readTemplate(text).duplicateKeys).toEqual([expect.objectContaining({ key: 'Next', in: 'DefinitionString' })]);
  });

  it('a DefinitionUri file, JSON or YAML: located in that file', () => {
    const sam = (uri: string) => [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Flow:',
      '    Type: AWS::Serverless::StateMachine',
      `    Properties: { DefinitionUri: ${uri} }`,
    ].join('\n');
    const json = readTemplate(sam('statemachine/flow.asl.json'), { 'statemachine/flow.asl.json': definition });
    expect(json.duplicateKeys).toEqual([{ key: 'Next', path: ['Resources', 'Flow', 'Properties', 'DefinitionUri', 'States', 'A', 'Next'], line: 4, column: 65, in: 'statemachine/flow.asl.json' }]);
    const yaml = readTemplate(sam('flow.asl.yaml'), { 'flow.asl.yaml': 'StartAt: A\nStates:\n  A: { Type: Pass, End: true, End: true }\n' });
    expect(yaml.duplicateKeys).toEqual([{ key: 'End', path: ['Resources', 'Flow', 'Properties', 'DefinitionUri', 'States', 'A', 'End'], line: 3, column: 31, in: 'flow.asl.yaml' }]);
    expect(yaml.stateMachines[0]!.definition.States['A']).toEqual({ Type: 'Pass', End: true });
  });

  it('a syntax error in a DefinitionString says where in the string', () => {
    const result = readTemplate(JSON.stringify({ Resources: {
      Bad: { Type: 'AWS::StepFunctions::StateMachine', Properties: { DefinitionString: '{\n  "StartAt": "A",\n  "States": {,}\n}' } },
      Good: { Type: 'AWS::StepFunctions::StateMachine', Properties: { DefinitionString: '{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}' } },
    } }));
    expect(result.skipped[0]!.error.message).toMatch(/^DefinitionString is not valid JSON\/YAML \(line 3, column 14 of DefinitionString\): /);
  });
});
