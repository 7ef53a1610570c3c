import { describe, expect, it } from 'vitest';
import { buildSamTemplate } from './buildTemplate';
import { checkTemplate } from './checkTemplate';
import { parseCfnYaml } from './cfnYaml';
import type { SamExportOptions } from './settings';
import { readTemplate } from './readTemplate';
import { fixtureDefinitions, integrationDefinitions, readFixture, samSchemaErrors } from './testing';

const MODES: [string, SamExportOptions][] = [
  ['inline', {}],
  ['uri', { definitionMode: 'uri', name: 'Flow' }],
  ['placeholder resources', { generatePlaceholderResources: true, name: 'Flow', type: 'EXPRESS' }],
  ['full settings', {
    name: 'Flow', type: 'STANDARD', tracing: true, autoPublishAlias: 'live', tags: { team: 'data' },
    logging: { level: 'ERROR', includeExecutionData: false },
  }],
  ['role', { roleArn: 'arn:aws:iam::123456789012:role/Existing', logging: { level: 'OFF' } }],
  ['cloudformation string', { format: 'cloudformation', name: 'Flow', logging: { level: 'ALL' }, tracing: true, autoPublishAlias: 'live', tags: { a: 'b' } }],
  ['cloudformation object', { format: 'cloudformation', cloudFormationDefinition: 'object', generatePlaceholderResources: true }],
];

const definitions = [
  ...fixtureDefinitions('asl').map(([f, d]) => [`asl/${f}`, d] as const),
  ...fixtureDefinitions('sam/definitions').map(([f, d]) => [`sam/${f}`, d] as const),
  ...integrationDefinitions(),
];

let validated = 0;

describe('every export validates against sam.schema.json and is consistent', () => {
  for (const [name, definition] of definitions) {
    it(name, () => {
      for (const [mode, options] of MODES) {
        const out = buildSamTemplate(definition, options);
        const reparsed = parseCfnYaml(out.files['template.yaml'] as string);
        expect(reparsed, `${mode}: YAML text = object`).toEqual(JSON.parse(JSON.stringify(out.template)));
        expect(samSchemaErrors(reparsed), mode).toEqual([]);
        expect(checkTemplate(out.template, out.files), mode).toEqual([]);
        expect(out.warnings, mode).toEqual([]);
        validated++;
      }
    });
  }

});

describe('imported templates exported back validate too', () => {
  const cases: [string, Record<string, string>][] = [
    ['composer-inline.yaml', {}],
    ['inline-intrinsics.yaml', {}],
    ['stock-trader/template.yaml', { 'statemachine/stock_trader.asl.json': readFixture('sam', 'import', 'stock-trader', 'statemachine', 'stock_trader.asl.json') }],
    ['policies-forms.yaml', {}],
    ['cfn-sub.yaml', {}],
    ['cdk-join.json', {}],
    ['mixed.yaml', {}],
  ];
  for (const [file, files] of cases) {
    it(file, () => {
      const imported = readTemplate(readFixture('sam', 'import', file), files);
      // The original template itself is valid, and so is every export of its machines, as SAM
      // (into the original template) and as plain CloudFormation.
      expect(samSchemaErrors(imported.template)).toEqual([]);
      for (const sm of imported.stateMachines) {
        for (const options of [
          { ...sm.settings, logicalId: sm.logicalId, baseTemplate: imported.template ?? {} },
          { ...sm.settings, logicalId: sm.logicalId, baseTemplate: imported.template ?? {}, format: 'cloudformation' as const },
        ] as SamExportOptions[]) {
          const out = buildSamTemplate(sm.definition, options);
          expect(samSchemaErrors(parseCfnYaml(out.files['template.yaml'] as string))).toEqual([]);
          expect(checkTemplate(out.template, { ...files, ...out.files })).toEqual([]);
          validated++;
        }
      }
    });
  }
});

describe('the schema check is not vacuous', () => {
  it('rejects a state machine with an unknown property and a bad Policies type', () => {
    const errors = samSchemaErrors({ Resources: { S: { Type: 'AWS::Serverless::StateMachine', Properties: { Definitio: {}, Policies: 3 } } } });
    expect(errors.length).toBeGreaterThan(0);
  });
  it('rejects a template without Resources', () => {
    expect(samSchemaErrors({ Parameters: {} }).length).toBeGreaterThan(0);
  });
});

describe('count', () => {
  it('prints the number of templates validated in this file', () => {
    console.log(`sam.schema.json: ${validated} templates validated (${definitions.length} definitions × ${MODES.length} modes, plus imported templates exported back)`);
    expect(validated).toBeGreaterThanOrEqual(definitions.length * MODES.length);
  });
});
