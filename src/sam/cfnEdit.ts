/**
 * Config-mode settings that a plain CloudFormation `AWS::StepFunctions::StateMachine` keeps outside
 * its own properties: the execution role's policies, permissions boundary and path live on the
 * `AWS::IAM::Role` its `RoleArn` names (`!GetAtt Role.Arn`), and an alias is a
 * `StateMachineVersion` + `StateMachineAlias` pair — what SAM's `Policies`, `PermissionsBoundary`,
 * `RolePath` and `AutoPublishAlias` expand to. Edits touch only what changed in those resources
 * (statements added or removed, the rest of each inline policy kept).
 */
import { deepEqual } from '../asl/deepEqual';
import { aliasResources, policiesFromSam } from './cloudformation';
import { isObject, type TemplateObject, type TemplateValue } from './intrinsics';
import { aliasResourcesOf, getAttTarget } from './templateSettings';

type Resources = Record<string, TemplateObject>;

/** Why a role setting cannot be written: the role is not a resource of this template. */
export function outsideRoleReason(roleArn: TemplateValue | undefined): string {
  const shown = typeof roleArn === 'string' ? roleArn : roleArn === undefined ? 'missing' : JSON.stringify(roleArn);
  return `its RoleArn (${shown}) is not an AWS::IAM::Role of this template`;
}

/** The `AWS::IAM::Role` resource that `RoleArn` names with `!GetAtt Role.Arn`. */
export function templateRole(roleArn: TemplateValue | undefined, resources: Resources): { id: string; props: TemplateObject } | undefined {
  const id = getAttTarget(roleArn, 'Arn');
  const role = id ? resources[id] : undefined;
  if (!id || role?.Type !== 'AWS::IAM::Role') return undefined;
  if (!isObject(role.Properties)) role.Properties = {};
  return { id, props: role.Properties as TemplateObject };
}

function put(props: TemplateObject, key: string, value: TemplateValue | undefined): void {
  if (value === undefined) delete props[key];
  else props[key] = value;
}

const has = (list: readonly TemplateValue[], item: TemplateValue) => list.some((x) => deepEqual(x, item));

/**
 * Writes a policies change (`before → after`, both in the settings' SAM form: `{ Statement }`
 * groups, managed policy names or ARNs, policy templates) into the role: removed statements leave
 * the inline policy that held them, added ones join the first inline policy, managed ARNs replace
 * `ManagedPolicyArns`.
 */
export function editRolePolicies(role: TemplateObject, logicalId: string, before: TemplateValue, after: TemplateValue, warnings: string[]): void {
  const was = policiesFromSam(before, []);
  const now = policiesFromSam(after, warnings);
  const removed = was.statements.filter((s) => !has(now.statements, s));
  const added = now.statements.filter((s) => !has(was.statements, s));
  if (removed.length > 0 || added.length > 0) {
    const policies = (Array.isArray(role.Policies) ? role.Policies : []).flatMap((policy): TemplateValue[] => {
      if (!isObject(policy) || !isObject(policy.PolicyDocument) || !Array.isArray(policy.PolicyDocument.Statement)) return [policy];
      const statements = policy.PolicyDocument.Statement;
      const kept = statements.filter((s) => !has(removed, s));
      if (kept.length === statements.length) return [policy];
      return kept.length === 0 ? [] : [{ ...policy, PolicyDocument: { ...policy.PolicyDocument, Statement: kept } }];
    });
    if (added.length > 0) {
      const first = policies.findIndex((p) => isObject(p) && isObject(p.PolicyDocument) && Array.isArray(p.PolicyDocument.Statement));
      const target = policies[first] as TemplateObject | undefined;
      if (target && isObject(target.PolicyDocument)) {
        policies[first] = { ...target, PolicyDocument: { ...target.PolicyDocument, Statement: [...(target.PolicyDocument.Statement as TemplateValue[]), ...added] } };
      } else {
        policies.push({ PolicyName: `${logicalId}Policy`, PolicyDocument: { Version: '2012-10-17', Statement: added } });
      }
    }
    put(role, 'Policies', policies.length > 0 ? policies : undefined);
  }
  if (!deepEqual(was.managed, now.managed)) put(role, 'ManagedPolicyArns', now.managed.length > 0 ? now.managed : undefined);
}

/**
 * `autoPublishAlias` as CloudFormation resources: renames the alias, adds the version + alias
 * pair, or removes the pair (only resources that belong to this state machine).
 */
export function editAlias(resources: Resources, logicalId: string, name: string | undefined): void {
  const found = aliasResourcesOf(logicalId, resources);
  if (name !== undefined && found.alias) {
    const alias = resources[found.alias]!;
    alias.Properties = { ...(isObject(alias.Properties) ? alias.Properties : {}), Name: name };
  } else if (name !== undefined) {
    for (const [id, resource] of Object.entries(aliasResources(logicalId, name))) resources[id] ??= resource;
  } else if (found.alias) {
    delete resources[found.alias];
    for (const id of found.versions) delete resources[id];
  }
}
