import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { buildSamTemplate } from './buildTemplate';
import { readTemplate, type ImportedStateMachine } from './readTemplate';
import { resolvePlaceholders } from './resolve';
import type { SamExportOptions } from './settings';
import { fixtureDefinitions, integrationDefinitions, readFixture } from './testing';

/** Export, then read the template back (with the project files for DefinitionUri). */
function exportAndRead(definition: StateMachine, options: SamExportOptions): ImportedStateMachine {
  const out = buildSamTemplate(definition, options);
  const result = readTemplate(out.files['template.yaml'] as string, out.files);
  const sm = result.stateMachines.find((s) => s.logicalId === out.logicalId);
  if (!sm) throw new Error(`state machine ${out.logicalId} not read back`);
  return sm;
}

/** Export options that carry an imported machine back out. */
function reexportOptions(sm: ImportedStateMachine, extra: SamExportOptions = {}): SamExportOptions {
  return {
    ...sm.settings,
    logicalId: sm.logicalId,
    format: sm.resourceType === 'AWS::StepFunctions::StateMachine' ? 'cloudformation' : 'sam',
    ...(sm.source === 'DefinitionUri' ? { definitionMode: 'uri' as const } : {}),
    ...extra,
  };
}

function expectSame(a: ImportedStateMachine, b: ImportedStateMachine): void {
  expect(b.definition).toEqual(a.definition);
  expect(b.substitutions).toEqual(a.substitutions);
  expect(b.settings).toEqual(a.settings);
}

const MODES: [string, SamExportOptions][] = [
  ['sam inline', { name: 'Flow', logging: { level: 'ALL', includeExecutionData: true }, tracing: true, tags: { a: 'b' } }],
  ['sam uri + resources', { definitionMode: 'uri', generatePlaceholderResources: true, type: 'EXPRESS', autoPublishAlias: 'live' }],
  ['sam role', { roleArn: 'arn:aws:iam::111122223333:role/r', logging: { level: 'OFF' } }],
  ['cfn string', { format: 'cloudformation', name: 'Flow', logging: { level: 'ERROR', logGroupName: '/x' }, tracing: false, autoPublishAlias: 'v' }],
  ['cfn object', { format: 'cloudformation', cloudFormationDefinition: 'object', generatePlaceholderResources: true, tags: { k: 'v' } }],
];

const definitions = [
  ...fixtureDefinitions('asl').map(([f, d]) => [`asl/${f}`, d] as const),
  ...fixtureDefinitions('sam/definitions').map(([f, d]) => [`sam/${f}`, d] as const),
  ...integrationDefinitions(),
];

describe('export → read gives back the workflow; read → export → read is stable', () => {
  for (const [name, definition] of definitions) {
    it(name, () => {
      for (const [mode, options] of MODES) {
        const first = exportAndRead(definition, options);
        // With the parameter defaults filled in, the imported definition is the original one.
        if (!options.generatePlaceholderResources) expect(resolvePlaceholders(first.definition, first.substitutions), mode).toEqual(definition);
        expect(first.settings.name, mode).toBe(options.name);
        expect(first.settings.type, mode).toBe(options.type);
        const second = exportAndRead(first.definition, reexportOptions(first));
        expectSame(first, second);
      }
    });
  }
});

describe('imported real-world templates survive a round trip', () => {
  const cases: [string, string, Record<string, string>][] = [
    ['composer-inline.yaml', readFixture('sam', 'import', 'composer-inline.yaml'), {}],
    ['inline-intrinsics.yaml', readFixture('sam', 'import', 'inline-intrinsics.yaml'), {}],
    ['stock-trader', readFixture('sam', 'import', 'stock-trader', 'template.yaml'), { 'statemachine/stock_trader.asl.json': readFixture('sam', 'import', 'stock-trader', 'statemachine', 'stock_trader.asl.json') }],
    ['policies-forms.yaml', readFixture('sam', 'import', 'policies-forms.yaml'), {}],
    ['cfn-sub.yaml', readFixture('sam', 'import', 'cfn-sub.yaml'), {}],
    ['cdk-join.json', readFixture('sam', 'import', 'cdk-join.json'), {}],
  ];
  for (const [name, text, files] of cases) {
    it(`${name}: alone and inside its original template`, () => {
      const imported = readTemplate(text, files);
      for (const sm of imported.stateMachines) {
        expectSame(sm, exportAndRead(sm.definition, reexportOptions(sm)));
        const intoBase = buildSamTemplate(sm.definition, reexportOptions(sm, imported.template ? { baseTemplate: imported.template } : {}));
        expect(intoBase.warnings).toEqual([]);
        const again = readTemplate(intoBase.files['template.yaml'] as string, intoBase.files);
        expectSame(sm, again.stateMachines.find((s) => s.logicalId === sm.logicalId) as ImportedStateMachine);
        // Nothing else of the original template is lost.
        expect(Object.keys(again.template?.Resources ?? {})).toEqual(expect.arrayContaining(Object.keys(imported.template?.Resources ?? {})));
      }
    });
  }
});

describe('property: random workflows and settings round-trip', () => {
  const integrations = integrationDefinitions().map(([, d]) => d.States.Call);
  const settings = fc.record({
    name: fc.option(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,20}$/), { nil: undefined }),
    type: fc.option(fc.constantFrom('STANDARD' as const, 'EXPRESS' as const), { nil: undefined }),
    tracing: fc.option(fc.boolean(), { nil: undefined }),
    logging: fc.option(fc.record({ level: fc.constantFrom('ALL' as const, 'ERROR' as const, 'FATAL' as const, 'OFF' as const), includeExecutionData: fc.boolean() }), { nil: undefined }),
    tags: fc.option(fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.string({ maxLength: 8 }), { maxKeys: 3 }), { nil: undefined }),
    autoPublishAlias: fc.option(fc.constantFrom('live', 'prod'), { nil: undefined }),
    format: fc.constantFrom('sam' as const, 'cloudformation' as const),
    definitionMode: fc.constantFrom('inline' as const, 'uri' as const),
    generatePlaceholderResources: fc.boolean(),
  }, { requiredKeys: ['format', 'definitionMode', 'generatePlaceholderResources'] });
  const workflow = fc.array(fc.integer({ min: 0, max: integrations.length - 1 }), { minLength: 1, maxLength: 6 }).map((picks) => {
    const names = picks.map((_, i) => `Step ${i + 1}`);
    const states: Record<string, unknown> = {};
    picks.forEach((pick, i) => {
      const { End: _end, ...state } = integrations[pick] as unknown as Record<string, unknown>;
      states[names[i] as string] = i === picks.length - 1 ? { ...state, End: true } : { ...state, Next: names[i + 1] };
    });
    return { StartAt: names[0], States: states } as StateMachine;
  });

  it('holds for 150 seeded cases', () => {
    fc.assert(fc.property(workflow, settings, (definition, options) => {
      const clean = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as SamExportOptions;
      const first = exportAndRead(definition, clean);
      if (!clean.generatePlaceholderResources) expect(resolvePlaceholders(first.definition, first.substitutions)).toEqual(definition);
      expectSame(first, exportAndRead(first.definition, reexportOptions(first)));
    }), { seed: 20240607, numRuns: 150 });
  });
});
