/**
 * Open a SAM / CloudFormation template (YAML with short-form tags, or JSON) or a plain ASL file,
 * and list the state machines it holds with their definitions, substitutions and settings.
 */
import type { StateMachine } from '../asl/types';
import { readCfnYaml, type CfnYamlRead } from './cfnYaml';
import { MAX_DUPLICATE_KEYS, type DuplicateKey } from './duplicateKeys';
import { fromDefinitionString, fromDefinitionUri, fromInlineDefinition, type DefinitionWithSubstitutions } from './definitionSources';
import { TemplateReadError } from './errors';
import { isObject, type TemplateObject, type TemplateValue } from './intrinsics';
import { derivePolicies, expandPolicies, toSamPolicies } from './policies';
import type { SamSettings } from './settings';
import { cloudFormationSettings, samSettings } from './templateSettings';

export const SAM_STATE_MACHINE = 'AWS::Serverless::StateMachine';
export const CFN_STATE_MACHINE = 'AWS::StepFunctions::StateMachine';

export interface ImportedStateMachine {
  logicalId: string;
  definition: StateMachine;
  /** Settings, with `substitutions` = the same values as below. */
  settings: SamSettings;
  /**
   * Values of the definition's `${…}` placeholders: a string when the template gives a literal (or a
   * `!Ref` to a parameter with a default), else the intrinsic in long form (`{ "Fn::GetAtt": … }`).
   */
  substitutions: Record<string, unknown>;
  resourceType: typeof SAM_STATE_MACHINE | typeof CFN_STATE_MACHINE | 'ASL';
  source: 'asl' | 'Definition' | 'DefinitionString' | 'DefinitionUri';
  /** What the import could not carry over. */
  warnings: string[];
}

export interface ReadTemplateResult {
  kind: 'asl' | 'sam' | 'cloudformation';
  stateMachines: ImportedStateMachine[];
  /** State machines that could not be read, each with the reason. */
  skipped: { logicalId: string; error: TemplateReadError }[];
  /** The parsed template (pass it as `baseTemplate` to export back into it). */
  template?: TemplateObject;
  /**
   * Keys the file repeats (only the last value was kept; AWS rejects such definitions), then those
   * a `DefinitionString` or `DefinitionUri` file repeats (located in that text: see `in`).
   */
  duplicateKeys?: DuplicateKey[];
}

/**
 * Read a template or ASL file. `files`: files opened together with it (for a local `DefinitionUri`),
 * keyed by path or file name. Throws TemplateReadError when nothing can be opened.
 */
export function readTemplate(text: string, files: Record<string, string> = {}): ReadTemplateResult {
  const { value, duplicateKeys, definitionStringPlace } = readCfnYaml(text);
  if (!isObject(value)) {
    throw new TemplateReadError('not-an-object', 'The file holds no object: expected an ASL definition or a SAM/CloudFormation template');
  }
  if (typeof value.StartAt === 'string' || isObject(value.States)) {
    const { definition } = fromInlineDefinition(value, [], {});
    return {
      kind: 'asl',
      stateMachines: [{ logicalId: 'StateMachine', definition, settings: {}, substitutions: {}, resourceType: 'ASL', source: 'asl', warnings: [] }],
      skipped: [],
      ...(duplicateKeys.length > 0 ? { duplicateKeys } : {}),
    };
  }
  if (!isObject(value.Resources)) {
    throw new TemplateReadError('no-state-machine', 'This is neither an ASL definition (no StartAt/States) nor a SAM/CloudFormation template (no Resources)');
  }
  const template = value as TemplateObject;
  const resources = value.Resources as Record<string, TemplateObject>;
  const found = Object.entries(resources).filter(([, r]) => isObject(r) && (r.Type === SAM_STATE_MACHINE || r.Type === CFN_STATE_MACHINE));
  if (found.length === 0) {
    const types = [...new Set(Object.values(resources).map((r) => (isObject(r) ? String(r.Type) : '?')))].join(', ');
    throw new TemplateReadError('no-state-machine', `The template has no state machine (${SAM_STATE_MACHINE} or ${CFN_STATE_MACHINE}); its resources are: ${types || 'none'}`, { path: ['Resources'] });
  }
  const result: ReadTemplateResult = {
    kind: found.some(([, r]) => r.Type === SAM_STATE_MACHINE) || hasSamTransform(template) ? 'sam' : 'cloudformation',
    stateMachines: [],
    skipped: [],
    template,
    ...(duplicateKeys.length > 0 ? { duplicateKeys } : {}),
  };
  for (const [logicalId, resource] of found) {
    try {
      const { machine, duplicateKeys: inDefinition } = readStateMachine(template, logicalId, resource, files, definitionStringPlace);
      result.stateMachines.push(machine);
      if (inDefinition) result.duplicateKeys = [...(result.duplicateKeys ?? []), ...inDefinition].slice(0, MAX_DUPLICATE_KEYS);
    } catch (error) {
      if (!(error instanceof TemplateReadError)) throw error;
      result.skipped.push({ logicalId, error });
    }
  }
  if (result.stateMachines.length === 0) throw (result.skipped[0] as { error: TemplateReadError }).error;
  return result;
}

function hasSamTransform(template: TemplateObject): boolean {
  const t = template.Transform;
  return t === 'AWS::Serverless-2016-10-31' || (Array.isArray(t) && t.includes('AWS::Serverless-2016-10-31'));
}

function readStateMachine(
  template: TemplateObject,
  logicalId: string,
  resource: TemplateObject,
  files: Record<string, string>,
  definitionStringPlace: CfnYamlRead['definitionStringPlace'],
): { machine: ImportedStateMachine; duplicateKeys?: DuplicateKey[] } {
  const path = ['Resources', logicalId, 'Properties'];
  const props = isObject(resource.Properties) ? resource.Properties as TemplateObject : {};
  const resources = template.Resources as Record<string, TemplateObject>;
  const existing = isObject(props.DefinitionSubstitutions) ? props.DefinitionSubstitutions as Record<string, TemplateValue> : {};
  const warnings: string[] = [];
  const sam = resource.Type === SAM_STATE_MACHINE;
  let read: DefinitionWithSubstitutions;
  let source: ImportedStateMachine['source'];
  if (props.Definition !== undefined) {
    read = fromInlineDefinition(props.Definition, [...path, 'Definition'], existing);
    source = 'Definition';
  } else if (!sam && props.DefinitionString !== undefined) {
    read = fromDefinitionString(props.DefinitionString, [...path, 'DefinitionString'], existing, definitionStringPlace([...path, 'DefinitionString']));
    source = 'DefinitionString';
  } else if (sam && props.DefinitionUri !== undefined) {
    read = fromDefinitionUri(props.DefinitionUri, [...path, 'DefinitionUri'], files, existing);
    source = 'DefinitionUri';
  } else if (!sam && props.DefinitionS3Location !== undefined) {
    throw new TemplateReadError('definition-uri-s3', 'DefinitionS3Location points to Amazon S3; download the definition file and open it instead', { path: [...path, 'DefinitionS3Location'] });
  } else {
    throw new TemplateReadError('definition-missing', `State machine ${logicalId} has no ${sam ? 'Definition or DefinitionUri' : 'Definition or DefinitionString'}`, { path });
  }

  const parameters = isObject(template.Parameters) ? template.Parameters : {};
  const substitutions: Record<string, unknown> = {};
  const literals: Record<string, string> = {};
  const fromParameters: string[] = [];
  for (const [key, value] of Object.entries(read.substitutions)) {
    const resolved = resolveParameter(value, parameters);
    substitutions[key] = resolved;
    if (typeof resolved === 'string') literals[key] = resolved;
    if (typeof resolved === 'string' && resolved !== value) fromParameters.push(key);
  }

  const settings = sam ? samSettings(props, resources, warnings) : cloudFormationSettings(logicalId, props, resources, warnings);
  dropGeneratedPolicies(settings, read, literals, resources, sam);
  if (Object.keys(substitutions).length > 0) settings.substitutions = substitutions;
  if (fromParameters.length > 0) settings.parameterSubstitutions = fromParameters.sort();
  const machine: ImportedStateMachine = { logicalId, definition: read.definition, settings, substitutions, resourceType: sam ? SAM_STATE_MACHINE : CFN_STATE_MACHINE, source, warnings };
  return { machine, ...(read.duplicateKeys ? { duplicateKeys: read.duplicateKeys } : {}) };
}

/** `!Ref Param` with a default → the default (what the placeholder holds unless overridden at deploy). */
function resolveParameter(value: TemplateValue, parameters: Record<string, unknown>): unknown {
  if (isObject(value) && typeof value.Ref === 'string' && Object.keys(value).length === 1) {
    const decl = parameters[value.Ref];
    if (isObject(decl) && typeof decl.Default === 'string') return decl.Default;
  }
  return value;
}

/**
 * Policies equal to what the studio would derive for this definition are not "kept": they are
 * regenerated on export, so they follow later edits of the workflow.
 */
function dropGeneratedPolicies(settings: SamSettings, read: DefinitionWithSubstitutions, literals: Record<string, string>, resources: Record<string, TemplateObject>, sam: boolean): void {
  if (settings.policies === undefined) return;
  const generated = generatedPolicies(read.definition, read.substitutions, literals, resources, settings, sam);
  if (JSON.stringify(generated) === JSON.stringify(settings.policies)) delete settings.policies;
}

/** The policies the studio derives for a definition (SAM `Policies`, or one CloudFormation statement list). */
export function generatedPolicies(definition: StateMachine, substitutions: Record<string, TemplateValue>, literals: Record<string, string>, resources: Record<string, TemplateObject>, settings: SamSettings, sam: boolean): TemplateValue[] {
  const resourceTypes = Object.fromEntries(Object.entries(resources).filter(([, r]) => isObject(r) && typeof r.Type === 'string').map(([id, r]) => [id, r.Type as string]));
  const derived = derivePolicies(definition, {
    substitutions,
    literals,
    resourceTypes,
    ...(settings.name ? { stateMachineName: settings.name } : {}),
    logging: settings.logging !== undefined && settings.logging.level !== 'OFF',
    tracing: settings.tracing === true,
  });
  if (sam) return toSamPolicies(derived) as TemplateValue[];
  const statements = expandPolicies(derived);
  return statements.length > 0 ? [{ Statement: statements }] : [];
}
