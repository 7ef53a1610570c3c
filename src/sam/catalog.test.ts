/**
 * Every integration the catalog offers (each pattern, both query languages) exports to a template
 * that validates against sam.schema.json, and whose generated role allows the service call the task
 * makes. The permissions have one source, the rules in policyRules.ts; the catalog holds none.
 */
import { describe, expect, it } from 'vitest';
import type { QueryLanguage, StateMachine } from '../asl/types';
import { INTEGRATIONS, newTaskState } from '../catalog';
import { buildSamTemplate } from './buildTemplate';
import { expandPolicies } from './policies';
import { checkTemplate } from './checkTemplate';
import { parseCfnYaml } from './cfnYaml';
import type { SamExportOptions } from './settings';
import { samSchemaErrors } from './testing';

const MODES: SamExportOptions[] = [{}, { generatePlaceholderResources: true, definitionMode: 'uri' }, { format: 'cloudformation' }];
let validated = 0;

/**
 * The IAM action behind each optimized integration, where it is not `<service>:<Action>`
 * (Step Functions developer guide, "IAM policies for integrated services").
 */
const IAM_ACTION: Record<string, string> = {
  'lambda:invoke': 'lambda:InvokeFunction',
  'apigateway:invoke': 'execute-api:Invoke',
  'http:invoke': 'states:InvokeHTTPEndpoint',
  'aws-sdk:sesv2:sendEmail': 'ses:SendEmail',
};

function expectedAction(id: string): string {
  if (IAM_ACTION[id]) return IAM_ACTION[id];
  const [service, action] = id.replace(/^aws-sdk:/, '').split(':') as [string, string];
  return `${service}:${action.charAt(0).toUpperCase()}${action.slice(1)}`;
}

/** IAM actions the expanded role grants (templates bound to their statements, plus plain statements). */
function grantedActions(definition: StateMachine): string[] {
  const statements = expandPolicies(buildSamTemplate(definition).policies) as { Action: string | string[] }[];
  return statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
}

function grants(actions: string[], wanted: string): boolean {
  return actions.some((a) => a === wanted || (a.endsWith('*') && wanted.startsWith(a.slice(0, -1))));
}

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
          if (entry.id === 'aws-sdk:*') continue; // a placeholder the user fills in: no action to grant yet
          const granted = grantedActions(definition);
          expect(grants(granted, expectedAction(entry.id)), `${pattern} ${ql}: ${expectedAction(entry.id)} not in ${granted.join(' ')}`).toBe(true);
        }
      }
    });
  }
  it('validated every integration × pattern × query language × export mode', () => {
    const combinations = INTEGRATIONS.reduce((n, e) => n + e.patterns.length, 0) * 2 * MODES.length;
    expect(validated).toBe(combinations);
  });
});
