/**
 * Every integration the catalog offers (each pattern, both query languages) exports to a template
 * that validates against sam.schema.json, and gets the SAM policy templates the catalog announces.
 */
import { describe, expect, it } from 'vitest';
import type { QueryLanguage, StateMachine } from '../asl/types';
import { INTEGRATIONS, newTaskState } from '../catalog';
import { buildSamTemplate } from './buildTemplate';
import { checkTemplate } from './checkTemplate';
import { parseCfnYaml } from './cfnYaml';
import type { SamExportOptions } from './settings';
import { samSchemaErrors } from './testing';

const MODES: SamExportOptions[] = [{}, { generatePlaceholderResources: true, definitionMode: 'uri' }, { format: 'cloudformation' }];
let validated = 0;
const mismatches: string[] = [];

describe('catalog integrations export to valid templates', () => {
  for (const entry of INTEGRATIONS) {
    it(entry.id, () => {
      for (const pattern of entry.patterns) {
        for (const ql of ['JSONPath', 'JSONata'] as QueryLanguage[]) {
          const task = newTaskState(entry, ql, pattern);
          const definition = { QueryLanguage: ql, StartAt: 'Call', States: { Call: { ...task, End: true } } } as unknown as StateMachine;
          for (const options of MODES) {
            const out = buildSamTemplate(definition, options);
            const reparsed = parseCfnYaml(out.files['template.yaml'] as string);
            expect(samSchemaErrors(reparsed), `${pattern} ${ql}`).toEqual([]);
            expect(checkTemplate(out.template, out.files), `${pattern} ${ql}`).toEqual([]);
            validated++;
          }
          const derived = new Set(buildSamTemplate(definition).policies.templates.map((t) => t.template));
          for (const need of entry.policies) {
            if (!derived.has(need.template as never)) mismatches.push(`${entry.id} (${pattern}, ${ql}): catalog says ${need.template}, derived ${[...derived].join(', ') || 'statements only'}`);
          }
        }
      }
    });
  }
  it('counts', () => {
    console.log(`catalog: ${INTEGRATIONS.length} integrations, ${validated} templates validated`);
    if (mismatches.length > 0) console.log(`policy template differences with the catalog:\n  ${[...new Set(mismatches)].join('\n  ')}`);
    expect(validated).toBeGreaterThan(0);
  });
});
