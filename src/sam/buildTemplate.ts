/**
 * Definition + settings → a deployable template (SAM or plain CloudFormation), as a structured
 * object plus the files of a project folder. `toSamTemplate` in `index.ts` is the text form.
 */
import { findJsonProblem, jsonPathText } from '../asl/jsonValue';
import { serializeDefinition } from '../asl/serialize';
import type { StateMachine } from '../asl/types';
import { cloudFormationResources } from './cloudformation';
import { isObject, PSEUDO_PARAMETERS, ref, type TemplateObject, type TemplateValue } from './intrinsics';
import { derivePolicies, toSamPolicies, type DerivedPolicies } from './policies';
import { projectReadme } from './readme';
import { fileSlug, type SamExportOptions } from './settings';
import { extractPlaceholders, type PlaceholderInfo } from './substitutions';
import { planSubstitutions } from './substitutionValues';
import { collectReferences } from './references';
import { stringifyCfnYaml } from './cfnYaml';
import { samLogging } from './logging';

export interface SamExport {
  template: TemplateObject;
  /** `template.yaml`, plus `statemachine/<name>.asl.json` and `README.md` in `uri` mode. */
  files: Record<string, string>;
  logicalId: string;
  /** The definition as exported (with placeholders). */
  definition: StateMachine;
  placeholders: PlaceholderInfo[];
  policies: DerivedPolicies;
  /** Things the export could not carry over faithfully. */
  warnings: string[];
}

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/** Build the template object and the project files. */
export function buildSamTemplate(definition: StateMachine, options: SamExportOptions = {}): SamExport {
  const problem = findJsonProblem(definition);
  // The template writer recurses per level: refuse what validation refuses, with the same words.
  if (problem && problem.kind !== 'notJson') throw new Error(`The definition cannot be exported: ${problem.message} at ${jsonPathText(problem.path)}.`);
  const format = options.format ?? 'sam';
  const logicalId = options.logicalId ?? 'StateMachine';
  const base = options.baseTemplate ? structuredClone(options.baseTemplate) : undefined;
  const baseResources = isObject(base?.Resources) ? (base.Resources as Record<string, TemplateObject>) : {};
  const baseParameters = isObject(base?.Parameters) ? (base.Parameters as Record<string, TemplateObject>) : {};
  const warnings: string[] = [];

  const ownIds = [logicalId, `${logicalId}LogGroup`, `${logicalId}Role`, `${logicalId}Version`, `${logicalId}Alias`, `${logicalId}Arn`];
  const taken = new Set<string>([...ownIds, ...Object.keys(baseResources).filter((id) => id !== logicalId), ...Object.keys(baseParameters)]);
  const extracted = extractPlaceholders(definition, taken, { literals: options.extractLiterals ?? base === undefined });
  const plan = planSubstitutions(extracted.placeholders.values(), {
    given: options.substitutions ?? {},
    generateResources: options.generatePlaceholderResources ?? false,
    taken,
    baseParameters,
  });

  const resourceTypes: Record<string, string> = {};
  for (const [id, res] of Object.entries({ ...baseResources, ...plan.resources })) {
    if (typeof res.Type === 'string') resourceTypes[id] = res.Type;
  }
  const loggingOn = options.logging !== undefined && options.logging.level !== 'OFF';
  const policies = derivePolicies(extracted.definition, {
    substitutions: plan.substitutions,
    literals: plan.literals,
    resourceTypes,
    ...(options.name ? { stateMachineName: options.name } : {}),
    logging: loggingOn,
    tracing: options.tracing === true,
  });

  const files: Record<string, string> = {};
  const resources: Record<string, TemplateObject> = {};
  if (format === 'cloudformation') {
    Object.assign(resources, cloudFormationResources(extracted.definition, plan.substitutions, policies, options, logicalId, warnings));
  } else {
    const aslFile = `statemachine/${fileSlug(options.name ?? logicalId)}.asl.json`;
    const props: TemplateObject = {};
    if (options.name) props.Name = options.name;
    if (options.type) props.Type = options.type;
    if (options.definitionMode === 'uri') {
      props.DefinitionUri = aslFile;
      files[aslFile] = serializeDefinition(extracted.definition, { format: 'json' });
    } else {
      props.Definition = extracted.definition as unknown as TemplateValue;
    }
    if (Object.keys(plan.substitutions).length > 0) props.DefinitionSubstitutions = plan.substitutions;
    const logging = samLogging(options, logicalId, baseResources);
    if (logging) {
      props.Logging = logging.property;
      Object.assign(resources, logging.resources);
    }
    if (options.tracing !== undefined) props.Tracing = { Enabled: options.tracing };
    const role = options.roleArn ?? options.role;
    if (role !== undefined) {
      props.Role = role;
      if (options.policies !== undefined) warnings.push('Role and Policies are mutually exclusive in SAM; the Role was kept.');
    } else {
      const list = options.policies ?? toSamPolicies(policies);
      if (!(Array.isArray(list) && list.length === 0)) props.Policies = list;
    }
    if (options.permissionsBoundary !== undefined) props.PermissionsBoundary = options.permissionsBoundary;
    if (options.rolePath !== undefined) props.RolePath = options.rolePath;
    if (options.tags && Object.keys(options.tags).length > 0) props.Tags = options.tags;
    if (options.autoPublishAlias) props.AutoPublishAlias = options.autoPublishAlias;
    if (options.events && Object.keys(options.events).length > 0) props.Events = options.events;
    resources[logicalId] = { Type: 'AWS::Serverless::StateMachine', Properties: props };
  }

  const template = assemble(base, format, options, logicalId, plan.parameters, { ...plan.resources, ...resources });
  addMissingParameters(template, warnings);
  const text = stringifyCfnYaml(template);
  files['template.yaml'] = text;
  if (options.definitionMode === 'uri' && format === 'sam') files['README.md'] = projectReadme(template, logicalId, options);
  return { template, files, logicalId, definition: extracted.definition, placeholders: [...extracted.placeholders.values()], policies, warnings };
}

/** Top-level layout in the usual order; a base template keeps its own sections. */
function assemble(
  base: TemplateObject | undefined,
  format: 'sam' | 'cloudformation',
  options: SamExportOptions,
  logicalId: string,
  parameters: Record<string, TemplateObject>,
  resources: Record<string, TemplateObject>,
): TemplateObject {
  const out: TemplateObject = { AWSTemplateFormatVersion: '2010-09-09' };
  if (format === 'sam') out.Transform = mergeTransform(base?.Transform);
  out.Description = options.description ?? (typeof base?.Description === 'string' ? base.Description : `${options.name ?? logicalId}: Step Functions state machine exported by ASL Studio`);
  for (const [key, value] of Object.entries(base ?? {})) {
    if (!['AWSTemplateFormatVersion', 'Transform', 'Description', 'Resources', 'Outputs'].includes(key)) out[key] = value;
  }
  const allParams = { ...(isObject(base?.Parameters) ? (base.Parameters as Record<string, TemplateValue>) : {}), ...parameters };
  if (Object.keys(allParams).length > 0) out.Parameters = allParams;
  else delete out.Parameters;
  const baseResources = isObject(base?.Resources) ? (base.Resources as Record<string, TemplateValue>) : {};
  out.Resources = { ...baseResources, ...resources };
  const outputs = isObject(base?.Outputs) ? { ...(base.Outputs as Record<string, TemplateValue>) } : {};
  const outputId = `${logicalId}Arn`;
  if (!(outputId in outputs)) outputs[outputId] = { Description: 'ARN of the state machine', Value: ref(logicalId) };
  out.Outputs = outputs;
  return out;
}

function mergeTransform(existing: unknown): TemplateValue {
  if (Array.isArray(existing)) return existing.includes(SAM_TRANSFORM) ? existing as TemplateValue : [...existing as TemplateValue[], SAM_TRANSFORM];
  if (typeof existing === 'string' && existing !== SAM_TRANSFORM) return [existing, SAM_TRANSFORM];
  return SAM_TRANSFORM;
}

/** A `!Ref` to something the template does not declare becomes a required parameter. */
function addMissingParameters(template: TemplateObject, warnings: string[]): void {
  const declared = new Set<string>([
    ...Object.keys(isObject(template.Parameters) ? template.Parameters : {}),
    ...Object.keys(isObject(template.Resources) ? template.Resources : {}),
    ...PSEUDO_PARAMETERS,
  ]);
  const { refs, getAtts } = collectReferences(template.Resources);
  const missing = [...refs].filter((name) => !declared.has(name));
  if (missing.length > 0) {
    const parameters = (isObject(template.Parameters) ? template.Parameters : {}) as Record<string, TemplateValue>;
    for (const name of missing) parameters[name] = { Type: 'String', Description: `Referenced by the imported settings; provide it at deploy time` };
    template.Parameters = parameters;
    // Keep the conventional order: Parameters before Resources.
    const { Resources, Outputs, ...head } = template;
    for (const key of Object.keys(template)) delete template[key];
    Object.assign(template, head, { Resources, Outputs });
  }
  for (const name of getAtts) {
    if (!declared.has(name)) warnings.push(`!GetAtt ${name}.… refers to a resource that is not in the exported template; export with its original template to keep it.`);
  }
}
