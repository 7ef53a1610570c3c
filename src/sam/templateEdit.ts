/**
 * Config-mode settings written back into the user's own template: only the state machine
 * properties whose setting changed are edited, in place (YAML node by node with its comments and
 * short-form tags kept; JSON through jsonc-parser), and the rest of the template stays byte for
 * byte. This is what `asl-studio open` saves; the export (`buildSamTemplate`) writes new templates.
 */
import { applyTextEdits, computeTextEdits } from '../asl/textPatch';
import { deepEqual } from '../asl/deepEqual';
import { patchYamlText } from '../asl/yamlPatch';
import type { StateMachine, WorkflowSettings } from '../asl/types';
import { cfnYamlDialect, parseCfnYaml } from './cfnYaml';
import { isObject, type TemplateObject, type TemplateValue } from './intrinsics';
import { samLogging } from './logging';
import { generatedPolicies, SAM_STATE_MACHINE } from './readTemplate';
import type { SamSettings } from './settings';
import { editAlias, editRolePolicies, outsideRoleReason, templateRole } from './cfnEdit';
import { collectReferences } from './references';

export interface TemplateSettingsEdit {
  text: string;
  /** Settings that have no place in this kind of resource (they stay in the studio only). */
  warnings: string[];
}

/** Property names of the two resource kinds. */
const NAMES = {
  sam: { name: 'Name', type: 'Type', logging: 'Logging', tracing: 'Tracing', role: 'Role' },
  cfn: { name: 'StateMachineName', type: 'StateMachineType', logging: 'LoggingConfiguration', tracing: 'TracingConfiguration', role: 'RoleArn' },
} as const;

/** Why event sources are not written into a plain CloudFormation template. */
export const CFN_EVENTS_WARNING = 'Events were not written: they are a SAM feature (the SAM transform turns them into EventBridge rules, schedules and API routes); a CloudFormation template needs its own AWS::Events::Rule or AWS::Scheduler::Schedule targeting the state machine.';

/** Keys that are the studio's own (not template properties). */
const STUDIO_ONLY = new Set(['importedTemplate']);

type Props = Record<string, TemplateValue>;

function put(props: Props, key: string, value: unknown): void {
  if (value === undefined) delete props[key];
  else props[key] = value as TemplateValue;
}

/** The log group a `Destinations[0]` `!GetAtt Group.Arn` names, when it is a resource of this template. */
function destinationGroup(logging: TemplateValue | undefined, resources: Record<string, TemplateObject>): TemplateObject | undefined {
  const destinations = isObject(logging) && Array.isArray(logging.Destinations) ? logging.Destinations : [];
  const first = destinations[0];
  const arn = isObject(first) && isObject(first.CloudWatchLogsLogGroup) ? first.CloudWatchLogsLogGroup.LogGroupArn : undefined;
  const target = isObject(arn) && Array.isArray(arn['Fn::GetAtt']) ? arn['Fn::GetAtt'][0] : isObject(arn) && typeof arn['Fn::GetAtt'] === 'string' ? arn['Fn::GetAtt'].split('.')[0] : undefined;
  const group = typeof target === 'string' ? resources[target] : undefined;
  return group?.Type === 'AWS::Logs::LogGroup' ? group : undefined;
}

function editLogging(props: Props, key: string, prev: SamSettings['logging'], next: SamSettings['logging'], logicalId: string, resources: Record<string, TemplateObject>): void {
  if (next === undefined) return void delete props[key];
  const current = isObject(props[key]) ? props[key] as TemplateObject : undefined;
  if (!current) {
    const parts = samLogging({ logging: next }, logicalId, resources)!;
    props[key] = parts.property;
    for (const [id, r] of Object.entries(parts.resources)) resources[id] ??= r;
    return;
  }
  const logging: TemplateObject = { ...current };
  if (prev?.level !== next.level) logging.Level = next.level;
  if (prev?.includeExecutionData !== next.includeExecutionData) put(logging, 'IncludeExecutionData', next.includeExecutionData);
  const hasDestination = Array.isArray(logging.Destinations) && logging.Destinations.length > 0;
  if (prev?.logGroupArn !== next.logGroupArn && next.logGroupArn !== undefined) {
    logging.Destinations = [{ CloudWatchLogsLogGroup: { LogGroupArn: next.logGroupArn } }];
  } else if (prev?.logGroupName !== next.logGroupName || (!hasDestination && next.level !== 'OFF')) {
    const group = destinationGroup(current, resources);
    if (group && next.logGroupName !== undefined) {
      group.Properties = { ...(isObject(group.Properties) ? group.Properties : {}), LogGroupName: next.logGroupName };
    } else {
      const parts = samLogging({ logging: { level: next.level, ...(next.logGroupName !== undefined ? { logGroupName: next.logGroupName } : {}) } }, logicalId, resources)!;
      logging.Destinations = parts.property.Destinations ?? [];
      for (const [id, r] of Object.entries(parts.resources)) resources[id] ??= r;
      if (!parts.property.Destinations) delete logging.Destinations;
    }
  }
  props[key] = logging;
}

/** The one `AWS::IAM::Role` of the template that `states.amazonaws.com` may assume, if exactly one. */
function stepFunctionsRole(resources: Record<string, TemplateObject>): string | undefined {
  const roles = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::IAM::Role' && JSON.stringify(isObject(r.Properties) ? r.Properties.AssumeRolePolicyDocument ?? null : null).includes('states.'));
  return roles.length === 1 ? roles[0]![0] : undefined;
}

/** The template's `Parameters`, added just before `Resources` when it has none (where templates keep it). */
function ensureParameters(template: TemplateObject): Record<string, TemplateValue> {
  if (isObject(template.Parameters)) return template.Parameters as Record<string, TemplateValue>;
  const entries = Object.entries(template);
  for (const [key] of entries) delete template[key];
  for (const [key, value] of entries) {
    if (key === 'Resources') template.Parameters = {};
    template[key] = value;
  }
  template.Parameters ??= {};
  return template.Parameters as Record<string, TemplateValue>;
}

/** The logical id of the Parameter for substitution `name`: its own name unless another parameter or a resource holds it. */
function parameterId(name: string, value: string, parameters: Record<string, TemplateValue>, resources: Record<string, TemplateObject>): string {
  const fits = (id: string) => !(id in resources) && (!(id in parameters) || (isObject(parameters[id]) && (parameters[id] as TemplateObject).Default === value));
  if (fits(name)) return name;
  let id = `${name}Param`;
  for (let n = 2; !fits(id); n++) id = `${name}Param${n}`;
  return id;
}

/**
 * `DefinitionSubstitutions`, key by key. A value read from a parameter's default is written there;
 * a new substitution listed in `parameterSubstitutions` becomes a template Parameter
 * (`Name: {Type: String, Default: value}`) and `Name: !Ref Name`; a removed one takes its
 * Parameter along when nothing else refers to it (so undoing an extraction gives the text back).
 */
function editSubstitutions(props: Props, before: SamSettings, after: SamSettings, template: TemplateObject & { Resources: Record<string, TemplateObject> }, warnings: string[]): void {
  const prev = before.substitutions ?? {};
  const next = after.substitutions ?? {};
  const had = new Set(before.parameterSubstitutions ?? []);
  const wanted = new Set(after.parameterSubstitutions ?? []);
  const own: TemplateObject = isObject(props.DefinitionSubstitutions) ? { ...props.DefinitionSubstitutions as TemplateObject } : {};
  const parameters = () => (isObject(template.Parameters) ? template.Parameters as Record<string, TemplateValue> : {});
  const released = new Set<string>();
  for (const name of new Set([...Object.keys(prev), ...Object.keys(next)])) {
    if (deepEqual(prev[name], next[name]) && had.has(name) === wanted.has(name)) continue;
    // Intrinsics of an inline Definition read as placeholders: they live in the definition, not here.
    if (!(name in own) && /^definition_substitution_\d+$/.test(name)) continue;
    const value = next[name];
    const current = own[name];
    const refId = isObject(current) && typeof current.Ref === 'string' && Object.keys(current).length === 1 ? current.Ref : undefined;
    const param = refId !== undefined ? parameters()[refId] : undefined;
    if (value === undefined && refId !== undefined && had.has(name)) released.add(refId);
    if (typeof value === 'string' && isObject(param) && typeof param.Default === 'string') {
      param.Default = value;
    } else if (typeof value === 'string' && wanted.has(name) && !(name in own)) {
      if (/\$\{[^}]*\}/.test(value)) {
        // CloudFormation does not substitute inside a Parameter's Default: the value stays a literal here.
        warnings.push(`${name} was written as a DefinitionSubstitutions value, not a Parameter: its value holds \${…}, which a Parameter's Default would deploy literally.`);
        put(own, name, value);
      } else {
        const list = ensureParameters(template);
        const id = parameterId(name, value, list, template.Resources);
        list[id] ??= { Type: 'String', Default: value };
        own[name] = { Ref: id };
      }
    } else {
      put(own, name, value);
    }
  }
  if (Object.keys(own).length > 0) props.DefinitionSubstitutions = own;
  else delete props.DefinitionSubstitutions;
  if (released.size === 0) return;
  const { Parameters: _declared, ...rest } = template;
  const { refs } = collectReferences(rest);
  const list = parameters();
  for (const id of released) if (!refs.has(id)) delete list[id];
  if (isObject(template.Parameters) && Object.keys(list).length === 0) delete template.Parameters;
}

/**
 * The template text with the settings change `previous → next` of state machine `logicalId`
 * written into its properties. Throws when the template cannot be read or edited in place.
 */
export function editTemplateSettings(text: string, logicalId: string, previous: WorkflowSettings, next: WorkflowSettings, definition?: StateMachine): TemplateSettingsEdit {
  const template = parseCfnYaml(text);
  const resource = isObject(template) && isObject(template.Resources) ? template.Resources[logicalId] : undefined;
  if (!isObject(resource)) throw new Error(`The template has no resource ${logicalId}.`);
  const updated = structuredClone(template) as TemplateObject & { Resources: Record<string, TemplateObject> };
  const res = updated.Resources[logicalId]!;
  const props: Props = isObject(res.Properties) ? res.Properties as Props : (res.Properties = {});
  const sam = resource.Type === SAM_STATE_MACHINE;
  const names = sam ? NAMES.sam : NAMES.cfn;
  const warnings: string[] = [];
  const before = previous as SamSettings;
  const after = next as SamSettings;
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => !STUDIO_ONLY.has(key) && !deepEqual(before[key], after[key]));
  for (const key of changed) {
    switch (key) {
      case 'name': put(props, names.name, after.name); break;
      case 'type': put(props, names.type, after.type); break;
      case 'tracing':
        put(props, names.tracing, after.tracing === undefined ? undefined : { ...(isObject(props[names.tracing]) ? props[names.tracing] as TemplateObject : {}), Enabled: after.tracing });
        break;
      case 'logging': editLogging(props, names.logging, before.logging, after.logging, logicalId, updated.Resources); break;
      case 'roleArn':
      case 'role':
        if (key === 'role' && changed.includes('roleArn')) break; // written once
        if (!sam && after.roleArn === undefined && after.role === undefined) {
          // RoleArn is required: "the role resource" again means the template's only Step Functions role.
          const role = stepFunctionsRole(updated.Resources);
          if (role) props.RoleArn = { 'Fn::GetAtt': [role, 'Arn'] };
          else warnings.push('RoleArn was kept: a CloudFormation state machine needs one, and the template has no single AWS::IAM::Role that Step Functions assumes to point it at.');
          break;
        }
        put(props, names.role, after.roleArn ?? after.role);
        break;
      case 'substitutions':
      case 'parameterSubstitutions':
        // Both are written together, once.
        if (key === 'parameterSubstitutions' && changed.includes('substitutions')) break;
        editSubstitutions(props, before, after, updated, warnings);
        break;
      case 'policies':
        if (!sam) {
          // CloudFormation: the policies are the inline policies and managed ARNs of the role resource.
          const role = templateRole(props.RoleArn, updated.Resources);
          const derived = (s: SamSettings) => s.policies ?? (definition ? generatedPolicies(definition, (s.substitutions ?? {}) as Record<string, TemplateValue>, {}, updated.Resources, s, false) : []);
          if (role) editRolePolicies(role.props, logicalId, derived(before) as TemplateValue, derived(after) as TemplateValue, warnings);
          else warnings.push(`The policies were not written: ${outsideRoleReason(props.RoleArn)}; change them on that role.`);
        } else {
          const list = after.policies ?? (definition ? generatedPolicies(definition, (after.substitutions ?? {}) as Record<string, TemplateValue>, {}, updated.Resources, after, true) : undefined);
          put(props, 'Policies', Array.isArray(list) && list.length === 0 ? undefined : list);
        }
        break;
      case 'tags':
        put(props, 'Tags', after.tags === undefined ? undefined : sam ? after.tags : Object.entries(after.tags).map(([Key, Value]) => ({ Key, Value })));
        break;
      case 'autoPublishAlias':
        if (!sam) editAlias(updated.Resources, logicalId, after.autoPublishAlias);
        else put(props, 'AutoPublishAlias', after.autoPublishAlias);
        break;
      case 'permissionsBoundary':
      case 'rolePath': {
        const role = sam ? undefined : templateRole(props.RoleArn, updated.Resources);
        const property = key === 'permissionsBoundary' ? 'PermissionsBoundary' : sam ? 'RolePath' : 'Path';
        if (sam) put(props, property, after[key]);
        else if (role) put(role.props, property, after[key]);
        else warnings.push(`The ${key === 'rolePath' ? 'role path' : 'permissions boundary'} was not written: ${outsideRoleReason(props.RoleArn)}; set it on that role.`);
        break;
      }
      case 'events':
        if (!sam) warnings.push(CFN_EVENTS_WARNING);
        else put(props, 'Events', after.events);
        break;
      default:
        warnings.push(`The setting ${key} has no template property; it was not written.`);
    }
  }
  if (deepEqual(updated, template)) return { text, warnings };
  if (text.trimStart().startsWith('{')) return { text: applyTextEdits(text, computeTextEdits(text, updated, template)), warnings };
  const patched = patchYamlText(text, updated, cfnYamlDialect(), template);
  if (patched === undefined) throw new Error(`The settings could not be written into the template in place (Resources.${logicalId}.Properties); the template was left unchanged.`);
  return { text: patched, warnings };
}

