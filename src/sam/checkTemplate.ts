/**
 * Consistency checks the SAM JSON schema cannot express: every `!Ref`/`!GetAtt` points at something
 * declared, every `${placeholder}` of a definition has a substitution, policy templates exist with
 * the right parameters, and `Role` is not combined with `Policies`.
 */
import { isObject, PSEUDO_PARAMETERS, type TemplateObject } from './intrinsics';
import { POLICY_TEMPLATE_PARAMETERS } from './policyTemplates.data';
import { collectReferences } from './references';
import { placeholdersIn } from './substitutions';

/** Human-readable problems; empty when the template is consistent. */
export function checkTemplate(template: TemplateObject, files: Record<string, string> = {}): string[] {
  const problems: string[] = [];
  const parameters = isObject(template.Parameters) ? template.Parameters : {};
  const resources = isObject(template.Resources) ? template.Resources : {};
  const declared = new Set<string>([...Object.keys(parameters), ...Object.keys(resources), ...PSEUDO_PARAMETERS]);
  const { refs, getAtts } = collectReferences([resources, template.Outputs ?? null]);
  for (const name of refs) if (!declared.has(name)) problems.push(`Ref to undeclared ${name}`);
  for (const name of getAtts) if (!(name in resources)) problems.push(`GetAtt of undeclared resource ${name}`);

  for (const [id, resource] of Object.entries(resources)) {
    if (!isObject(resource) || !isObject(resource.Properties)) continue;
    const props = resource.Properties;
    if (resource.Type === 'AWS::Serverless::StateMachine' || resource.Type === 'AWS::StepFunctions::StateMachine') {
      let definitionText: unknown = props.Definition ?? props.DefinitionString;
      if (typeof props.DefinitionUri === 'string') {
        definitionText = files[props.DefinitionUri];
        if (definitionText === undefined) problems.push(`${id}: DefinitionUri file ${props.DefinitionUri} is missing`);
      }
      if (isObject(definitionText) && 'Fn::Sub' in definitionText) definitionText = (definitionText['Fn::Sub'] as unknown[] | string);
      const used = placeholdersIn(Array.isArray(definitionText) ? definitionText[0] : definitionText);
      const subs = isObject(props.DefinitionSubstitutions) ? props.DefinitionSubstitutions : {};
      const subVars = isObject(props.DefinitionString) && Array.isArray(props.DefinitionString['Fn::Sub']) && isObject(props.DefinitionString['Fn::Sub'][1])
        ? props.DefinitionString['Fn::Sub'][1] : {};
      for (const name of used) {
        const implicit = isObject(props.DefinitionString) && declared.has(name);
        if (!(name in subs) && !(name in subVars) && !implicit) problems.push(`${id}: \${${name}} has no substitution`);
      }
      if (props.Role !== undefined && props.Policies !== undefined) problems.push(`${id}: Role and Policies are mutually exclusive`);
      const policies = Array.isArray(props.Policies) ? props.Policies : props.Policies === undefined ? [] : [props.Policies];
      for (const policy of policies) {
        if (!isObject(policy) || 'Statement' in policy) continue;
        for (const [name, params] of Object.entries(policy)) {
          const expected = POLICY_TEMPLATE_PARAMETERS[name];
          if (!expected) {
            problems.push(`${id}: unknown policy template ${name}`);
            continue;
          }
          const given = isObject(params) ? Object.keys(params).sort() : [];
          if (JSON.stringify(given) !== JSON.stringify([...expected].sort())) problems.push(`${id}: ${name} takes ${expected.join(', ') || 'no parameters'}, got ${given.join(', ') || 'none'}`);
        }
      }
    }
  }
  return problems;
}
