/**
 * Plain CloudFormation: `AWS::StepFunctions::StateMachine` with `DefinitionString` (`!Sub` of the
 * JSON) or `Definition`, and an `AWS::IAM::Role` carrying the derived policies expanded into IAM
 * statements (no SAM transform to expand policy templates).
 */
import type { StateMachine } from '../asl/types';
import { getAtt, isObject, ref, sub, type TemplateObject, type TemplateValue } from './intrinsics';
import { samLogging } from './logging';
import { expandPolicies, type DerivedPolicies } from './policies';
import { POLICY_TEMPLATE_DEFINITIONS, type BundledPolicyTemplate } from './policyTemplates.data';
import type { SamExportOptions } from './settings';

/** The state machine resource and its companions (role, log group, version + alias). */
export function cloudFormationResources(
  definition: StateMachine,
  substitutions: Record<string, TemplateValue>,
  derived: DerivedPolicies,
  options: SamExportOptions,
  logicalId: string,
  warnings: string[],
): Record<string, TemplateObject> {
  const resources: Record<string, TemplateObject> = {};
  const props: TemplateObject = {};
  if (options.name) props.StateMachineName = options.name;
  if (options.type) props.StateMachineType = options.type;
  if (options.cloudFormationDefinition === 'object') {
    props.Definition = definition as unknown as TemplateValue;
    if (Object.keys(substitutions).length > 0) props.DefinitionSubstitutions = substitutions;
  } else {
    props.DefinitionString = definitionString(definition, substitutions);
  }
  const role = options.roleArn ?? options.role;
  if (role !== undefined) {
    props.RoleArn = role;
  } else {
    const roleId = `${logicalId}Role`;
    resources[roleId] = executionRole(logicalId, options.policies !== undefined ? policiesFromSam(options.policies, warnings) : { statements: expandPolicies(derived), managed: [] }, options);
    props.RoleArn = getAtt(roleId, 'Arn');
  }
  const logging = samLogging(options, logicalId, isObject(options.baseTemplate?.Resources) ? options.baseTemplate.Resources : {});
  if (logging) {
    props.LoggingConfiguration = logging.property;
    Object.assign(resources, logging.resources);
  }
  if (options.tracing !== undefined) props.TracingConfiguration = { Enabled: options.tracing };
  if (options.tags && Object.keys(options.tags).length > 0) {
    props.Tags = Object.entries(options.tags).map(([Key, Value]) => ({ Key, Value }));
  }
  resources[logicalId] = { Type: 'AWS::StepFunctions::StateMachine', Properties: props };
  if (options.autoPublishAlias) Object.assign(resources, aliasResources(logicalId, options.autoPublishAlias));
  if (options.events && Object.keys(options.events).length > 0) warnings.push('Events are a SAM feature; they are left out of the CloudFormation export.');
  return resources;
}

/** SAM's AutoPublishAlias, spelled out: a version of every deployment and an alias on it. */
export function aliasResources(logicalId: string, name: string): Record<string, TemplateObject> {
  return {
    [`${logicalId}Version`]: { Type: 'AWS::StepFunctions::StateMachineVersion', Properties: { StateMachineArn: ref(logicalId) } },
    [`${logicalId}Alias`]: {
      Type: 'AWS::StepFunctions::StateMachineAlias',
      Properties: { Name: name, RoutingConfiguration: [{ StateMachineVersionArn: ref(`${logicalId}Version`), Weight: 100 }] },
    },
  };
}

/** `DefinitionString`: plain JSON, or `!Sub` when it holds placeholders. */
export function definitionString(definition: StateMachine, substitutions: Record<string, TemplateValue>): TemplateValue {
  const json = JSON.stringify(definition, null, 2);
  const used = [...json.matchAll(/\$\{([^}!][^}]*)\}/g)].map((m) => m[1] as string);
  if (used.length === 0) return json;
  const vars: Record<string, TemplateValue> = {};
  for (const name of new Set(used)) {
    const value = substitutions[name];
    // `${Param}` resolves by itself in Fn::Sub when the value is a Ref to a parameter of that name.
    if (value === undefined || (isObject(value) && value.Ref === name && Object.keys(value).length === 1)) continue;
    vars[name] = value;
  }
  return sub(json, vars);
}

export interface RolePolicies {
  statements: TemplateValue[];
  managed: TemplateValue[];
}

function executionRole(logicalId: string, policies: RolePolicies, options: SamExportOptions): TemplateObject {
  const props: TemplateObject = {
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: sub('states.${AWS::URLSuffix}') }, Action: 'sts:AssumeRole' }],
    },
  };
  if (policies.managed.length > 0) props.ManagedPolicyArns = policies.managed;
  if (policies.statements.length > 0) {
    props.Policies = [{ PolicyName: `${logicalId}Policy`, PolicyDocument: { Version: '2012-10-17', Statement: policies.statements } }];
  }
  if (options.permissionsBoundary !== undefined) props.PermissionsBoundary = options.permissionsBoundary;
  if (options.rolePath !== undefined) props.Path = options.rolePath;
  return { Type: 'AWS::IAM::Role', Properties: props };
}

/** SAM `Policies` (kept from an import) → IAM statements and managed policy ARNs. */
export function policiesFromSam(policies: TemplateValue, warnings: string[]): RolePolicies {
  const out: RolePolicies = { statements: [], managed: [] };
  const list = Array.isArray(policies) ? policies : [policies];
  for (const item of list) {
    if (typeof item === 'string') {
      out.managed.push(item.startsWith('arn:') ? item : sub(`arn:\${AWS::Partition}:iam::aws:policy/${item}`));
    } else if (isObject(item) && Array.isArray(item.Statement)) {
      out.statements.push(...item.Statement);
    } else if (isObject(item) && Object.keys(item).length === 1) {
      const [name, params] = Object.entries(item)[0] as [string, TemplateValue];
      const definitionOf = POLICY_TEMPLATE_DEFINITIONS[name as BundledPolicyTemplate];
      if (definitionOf && isObject(params)) {
        out.statements.push(...expandPolicies({ templates: [{ template: name as BundledPolicyTemplate, parameters: params }], statements: [] }));
      } else if (isObject(item.Ref) || typeof item.Ref === 'string' || name.startsWith('Fn::')) {
        out.managed.push(item);
      } else {
        warnings.push(`The SAM policy template ${name} has no CloudFormation expansion here; it was left out.`);
      }
    }
  }
  return out;
}
