import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { StateMachine } from '../../asl/types';
import { parseCfnYaml, readTemplate } from '../../sam';
import { buildExport, DEFAULT_CHOICE } from './exportArtifact';
import { readImport, testFileOf } from './importModel';
import { runTestFile } from '../../testing/runner';
import { IMPORTED_TEMPLATE_KEY, importedTemplateOf, samOptionsOf, withoutImportedTemplate } from './importedTemplate';

const orderFlow = JSON.parse(readFileSync('fixtures/sam/definitions/order-flow.asl.json', 'utf8')) as StateMachine;
const composer = readFileSync('fixtures/sam/import/composer-inline.yaml', 'utf8');

describe('buildExport', () => {
  it('SAM inline: one template.yaml with the definition, substitutions and policies', () => {
    const out = buildExport(orderFlow, { name: 'orders', type: 'EXPRESS' }, DEFAULT_CHOICE);
    expect(out.fileName).toBe('template.yaml');
    expect(out.files).toHaveLength(1);
    const template = parseCfnYaml(out.data as string) as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
    const machine = template.Resources['StateMachine'];
    expect(machine?.Type).toBe('AWS::Serverless::StateMachine');
    expect(machine?.Properties['Type']).toBe('EXPRESS');
    expect(machine?.Properties['DefinitionSubstitutions']).toBeTruthy();
    expect(machine?.Properties['Policies']).toBeTruthy();
  });

  it('SAM DefinitionUri: a zip of the project folder, files listed template first', () => {
    const out = buildExport(orderFlow, { name: 'Order flow' }, { ...DEFAULT_CHOICE, samDefinition: 'uri' });
    expect(out.fileName).toBe('order-flow-sam.zip');
    expect(out.files.map((f) => f.path)).toEqual(['template.yaml', 'statemachine/order-flow.asl.json', 'README.md']);
    const entries = unzipSync(out.data as Uint8Array);
    expect(Object.keys(entries).sort()).toEqual(['order-flow/README.md', 'order-flow/statemachine/order-flow.asl.json', 'order-flow/template.yaml']);
    expect(strFromU8(entries['order-flow/template.yaml'] as Uint8Array)).toContain('DefinitionUri: statemachine/order-flow.asl.json');
  });

  it('SAM DefinitionUri with tests: the test file beside the definition runs with asl-studio test, and import reads it back', async () => {
    const tests = `${JSON.stringify({
      workflow: 'Order-flow.asl.json',
      tests: [
        { name: 'stock check fails', mocks: { CheckStock: [{ Throw: { Error: 'Lambda.Unknown', Cause: 'down' } }] }, expect: { status: 'FAILED', error: 'Lambda.Unknown', path: ['CheckStock'] } },
        { name: 'wrong on purpose', mocks: { CheckStock: [{ Throw: { Error: 'Lambda.Unknown' } }] }, expect: { status: 'SUCCEEDED' } },
      ],
    }, null, 2)}\n`;
    const out = buildExport(orderFlow, { name: 'Order flow' }, { ...DEFAULT_CHOICE, samDefinition: 'uri' }, tests);
    expect(out.files.map((f) => f.path)).toEqual(['template.yaml', 'statemachine/order-flow.asl.json', 'statemachine/order-flow.sfn-test.json', 'README.md']);
    const entries = unzipSync(out.data as Uint8Array);
    const dir = mkdtempSync(join(tmpdir(), 'sam-tests-'));
    for (const [path, bytes] of Object.entries(entries)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const testFile = JSON.parse(strFromU8(entries['order-flow/statemachine/order-flow.sfn-test.json'] as Uint8Array)) as Record<string, unknown>;
    expect(testFile).toMatchObject({ workflow: '../template.yaml', stateMachine: 'StateMachine' });
    const result = await runTestFile(join(dir, 'order-flow/statemachine/order-flow.sfn-test.json'));
    expect(result.problems).toEqual([]);
    expect(result.cases?.map((c) => [c.name, c.passed])).toEqual([['stock check fails', true], ['wrong on purpose', false]]);

    // Import of the unzipped folder: the test file comes with the state machine it names.
    const sources = Object.entries(entries).map(([path, bytes]) => ({ name: path.replace(/^order-flow\//, ''), text: strFromU8(bytes) }));
    const imported = readImport(sources);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.result.stateMachines.map((m) => m.logicalId)).toEqual(['StateMachine']);
    expect(testFileOf(imported.testFiles, 'StateMachine')?.name).toBe('statemachine/order-flow.sfn-test.json');
    expect(testFileOf(imported.testFiles, 'Other')).toBeUndefined();
    // Without tests the folder is as before.
    expect(buildExport(orderFlow, { name: 'Order flow' }, { ...DEFAULT_CHOICE, samDefinition: 'uri' }, null).files).toHaveLength(3);
  });

  it('CloudFormation with DefinitionString or Definition', () => {
    const asString = buildExport(orderFlow, {}, { ...DEFAULT_CHOICE, format: 'cloudformation' });
    expect(asString.fileName).toBe('state_machine.cfn.yaml');
    expect(asString.data).toContain('AWS::StepFunctions::StateMachine');
    expect(asString.data).toContain('DefinitionString');
    const asObject = buildExport(orderFlow, {}, { ...DEFAULT_CHOICE, format: 'cloudformation', cfnDefinition: 'object' });
    expect(asObject.data).not.toContain('DefinitionString');
    expect(asObject.data).toContain('Definition:');
  });

  it('raw ASL as JSON or YAML', () => {
    const json = buildExport(orderFlow, { name: 'orders' }, { ...DEFAULT_CHOICE, format: 'asl' });
    expect(json.fileName).toBe('orders.asl.json');
    expect(JSON.parse(json.data as string)).toEqual(orderFlow);
    const yaml = buildExport(orderFlow, {}, { ...DEFAULT_CHOICE, format: 'asl', aslFormat: 'yaml' });
    expect(parse(yaml.data as string)).toEqual(orderFlow);
  });

  it('placeholder resources replace parameters when asked', () => {
    const out = buildExport(orderFlow, {}, { ...DEFAULT_CHOICE, placeholderResources: true });
    expect(out.data).toContain('AWS::Serverless::Function');
  });

  it('an imported template keeps its other resources unless told not to', () => {
    const read = readTemplate(composer);
    const machine = read.stateMachines[0]!;
    const settings = { ...machine.settings, [IMPORTED_TEMPLATE_KEY]: { logicalId: machine.logicalId, template: read.template, fileName: 'composer-inline.yaml' } };
    const kept = buildExport(machine.definition, settings, DEFAULT_CHOICE);
    expect(kept.data).toContain('OrdersTable:');
    expect(kept.data).toContain('OrderStateMachine:');
    const alone = buildExport(machine.definition, settings, { ...DEFAULT_CHOICE, keepImported: false });
    const resources = (parseCfnYaml(alone.data as string) as { Resources: Record<string, unknown> }).Resources;
    expect(Object.keys(resources)).not.toContain('OrdersTable');
    expect(alone.data).not.toContain(IMPORTED_TEMPLATE_KEY);
  });

  it('into an imported template, concrete ARNs stay in the definition unless "extract to parameters" is checked', () => {
    const text = 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Flow:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Definition:\n        StartAt: Call\n        States:\n          Call:\n            Type: Task\n            Resource: arn:aws:states:::lambda:invoke\n            Parameters: { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:check" }\n            End: true\n';
    const read = readTemplate(text);
    const machine = read.stateMachines[0]!;
    const settings = { ...machine.settings, [IMPORTED_TEMPLATE_KEY]: { logicalId: machine.logicalId, template: read.template, fileName: 'template.yaml' } };
    const kept = parseCfnYaml(buildExport(machine.definition, settings, DEFAULT_CHOICE).data as string) as { Parameters?: object; Resources: Record<string, { Properties: Record<string, unknown> }> };
    expect(kept.Resources.Flow!.Properties.Definition).toEqual(machine.definition);
    expect(kept.Parameters).toBeUndefined();
    const extracted = parseCfnYaml(buildExport(machine.definition, settings, { ...DEFAULT_CHOICE, extractLiterals: true }).data as string) as { Parameters?: object; Resources: Record<string, { Properties: Record<string, unknown> }> };
    expect(JSON.stringify(extracted.Resources.Flow!.Properties.Definition)).toContain('${');
    expect(Object.keys(extracted.Parameters ?? {}).length).toBe(1);
  });
});

describe('importedTemplate', () => {
  it('reads only well-formed references and strips them from the export options', () => {
    expect(importedTemplateOf({ [IMPORTED_TEMPLATE_KEY]: { logicalId: 3 } })).toBeUndefined();
    const ref = { logicalId: 'M', template: { Resources: {} } };
    expect(importedTemplateOf({ [IMPORTED_TEMPLATE_KEY]: ref })).toEqual(ref);
    expect(withoutImportedTemplate({ name: 'x', [IMPORTED_TEMPLATE_KEY]: ref })).toEqual({ name: 'x' });
    expect(samOptionsOf({ name: 'x', [IMPORTED_TEMPLATE_KEY]: ref })).toEqual({ name: 'x', baseTemplate: ref.template, logicalId: 'M' });
    expect(samOptionsOf({ name: 'x', [IMPORTED_TEMPLATE_KEY]: ref }, false)).toEqual({ name: 'x' });
  });
});
