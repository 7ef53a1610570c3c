/** Reading the settings (name, type, logging, permissions, …) of a state machine resource. */
import type { WorkflowSettings } from '../asl/types';
import { isObject, type TemplateObject, type TemplateValue } from './intrinsics';
import type { SamSettings } from './settings';

type Resources = Record<string, TemplateObject>;

const LEVELS = ['ALL', 'ERROR', 'FATAL', 'OFF'] as const;
type Level = (typeof LEVELS)[number];

function typeOf(value: unknown): SamSettings['type'] | undefined {
  const upper = typeof value === 'string' ? value.toUpperCase() : undefined;
  return upper === 'STANDARD' || upper === 'EXPRESS' ? upper : undefined;
}

export function getAttTarget(value: unknown, attribute: string): string | undefined {
  if (!isObject(value)) return undefined;
  const arg = value['Fn::GetAtt'];
  const parts = Array.isArray(arg) ? arg : typeof arg === 'string' ? arg.split('.') : [];
  return parts[1] === attribute && typeof parts[0] === 'string' ? parts[0] : undefined;
}

/** `Logging` (SAM) and `LoggingConfiguration` (CloudFormation) share one shape. */
function readLogging(value: unknown, resources: Resources, warnings: string[]): SamSettings['logging'] | undefined {
  if (!isObject(value)) return undefined;
  const level = typeof value.Level === 'string' && (LEVELS as readonly string[]).includes(value.Level) ? value.Level as Level : 'OFF';
  const logging: NonNullable<SamSettings['logging']> = { level };
  if (typeof value.IncludeExecutionData === 'boolean') logging.includeExecutionData = value.IncludeExecutionData;
  const destination = Array.isArray(value.Destinations) ? value.Destinations[0] : undefined;
  const arn = isObject(destination) && isObject(destination.CloudWatchLogsLogGroup) ? destination.CloudWatchLogsLogGroup.LogGroupArn : undefined;
  if (typeof arn === 'string') logging.logGroupArn = arn;
  else if (arn !== undefined) {
    const groupId = getAttTarget(arn, 'Arn');
    const group = groupId ? resources[groupId] : undefined;
    if (group?.Type === 'AWS::Logs::LogGroup') {
      const name = isObject(group.Properties) ? group.Properties.LogGroupName : undefined;
      if (typeof name === 'string') logging.logGroupName = name;
      else if (name !== undefined && !isObject(name)) warnings.push('The log group name could not be read; a vended-logs group is used instead.');
    } else {
      warnings.push('The logging destination is not a log group of this template; a vended-logs group is used instead.');
    }
  }
  return logging;
}

function readTags(value: unknown): Record<string, string> | undefined {
  if (Array.isArray(value)) {
    const out: Record<string, string> = {};
    for (const tag of value) if (isObject(tag) && typeof tag.Key === 'string') out[tag.Key] = String(tag.Value ?? '');
    return out;
  }
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
  return undefined;
}

function setIf<K extends keyof SamSettings>(settings: SamSettings, key: K, value: SamSettings[K] | undefined): void {
  if (value !== undefined) settings[key] = value;
}

/** Settings of an `AWS::Serverless::StateMachine`. */
export function samSettings(props: TemplateObject, resources: Resources, warnings: string[]): SamSettings {
  const settings: SamSettings = {};
  if (typeof props.Name === 'string') settings.name = props.Name;
  else if (props.Name !== undefined) warnings.push('Name is computed in the template (an intrinsic function); it was not imported.');
  setIf(settings, 'type', typeOf(props.Type));
  setIf(settings, 'logging', readLogging(props.Logging, resources, warnings));
  if (isObject(props.Tracing) && typeof props.Tracing.Enabled === 'boolean') settings.tracing = props.Tracing.Enabled;
  if (typeof props.Role === 'string') settings.roleArn = props.Role;
  else setIf(settings, 'role', props.Role);
  setIf(settings, 'policies', props.Policies);
  setIf(settings, 'tags', readTags(props.Tags));
  if (typeof props.AutoPublishAlias === 'string') settings.autoPublishAlias = props.AutoPublishAlias;
  if (isObject(props.Events)) settings.events = props.Events as Record<string, TemplateValue>;
  setIf(settings, 'permissionsBoundary', props.PermissionsBoundary);
  setIf(settings, 'rolePath', props.RolePath);
  return settings;
}

/** Settings of an `AWS::StepFunctions::StateMachine`; a role of the template gives its policies. */
export function cloudFormationSettings(logicalId: string, props: TemplateObject, resources: Resources, warnings: string[]): SamSettings {
  const settings: SamSettings = {};
  if (typeof props.StateMachineName === 'string') settings.name = props.StateMachineName;
  else if (props.StateMachineName !== undefined) warnings.push('StateMachineName is computed in the template; it was not imported.');
  setIf(settings, 'type', typeOf(props.StateMachineType));
  setIf(settings, 'logging', readLogging(props.LoggingConfiguration, resources, warnings));
  if (isObject(props.TracingConfiguration) && typeof props.TracingConfiguration.Enabled === 'boolean') settings.tracing = props.TracingConfiguration.Enabled;
  const roleId = getAttTarget(props.RoleArn, 'Arn');
  const role = roleId ? resources[roleId] : undefined;
  if (typeof props.RoleArn === 'string') settings.roleArn = props.RoleArn;
  else if (role?.Type === 'AWS::IAM::Role' && isObject(role.Properties)) {
    const rp = role.Properties;
    const statements = Array.isArray(rp.Policies)
      ? rp.Policies.flatMap((p) => (isObject(p) && isObject(p.PolicyDocument) && Array.isArray(p.PolicyDocument.Statement) ? p.PolicyDocument.Statement : []))
      : [];
    const policies: TemplateValue[] = [];
    if (statements.length > 0) policies.push({ Statement: statements });
    if (Array.isArray(rp.ManagedPolicyArns)) policies.push(...rp.ManagedPolicyArns);
    settings.policies = policies;
    if (rp.PermissionsBoundary !== undefined) settings.permissionsBoundary = rp.PermissionsBoundary;
    if (rp.Path !== undefined) settings.rolePath = rp.Path;
  } else setIf(settings, 'role', props.RoleArn);
  setIf(settings, 'tags', readTags(props.Tags));
  const alias = aliasOf(logicalId, resources);
  if (alias) settings.autoPublishAlias = alias;
  return settings;
}

/** Name of an alias whose version points at the state machine `logicalId`. */
function aliasOf(logicalId: string, resources: Resources): string | undefined {
  return aliasResourcesOf(logicalId, resources).name;
}

/** The `StateMachineVersion` resources of `logicalId` and the `StateMachineAlias` routing to one of them. */
export function aliasResourcesOf(logicalId: string, resources: Resources): { versions: string[]; alias?: string; name?: string } {
  const versions = Object.entries(resources)
    .filter(([, r]) => r.Type === 'AWS::StepFunctions::StateMachineVersion' && isObject(r.Properties) && isObject(r.Properties.StateMachineArn) && r.Properties.StateMachineArn.Ref === logicalId)
    .map(([id]) => id);
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type !== 'AWS::StepFunctions::StateMachineAlias' || !isObject(r.Properties)) continue;
    const routes = Array.isArray(r.Properties.RoutingConfiguration) ? r.Properties.RoutingConfiguration : [];
    const hit = routes.some((route) => isObject(route) && isObject(route.StateMachineVersionArn) && versions.includes(String(route.StateMachineVersionArn.Ref)));
    if (hit && typeof r.Properties.Name === 'string') return { versions, alias: id, name: r.Properties.Name };
  }
  return { versions };
}

export type { WorkflowSettings };
