/**
 * Least-privilege permissions derived from the integrations a definition uses: SAM policy
 * templates where one fits, `Statement` blocks for the rest (`.sync` polling, managed EventBridge
 * rules, logging delivery, X-Ray). The rule table is `policyRules.ts`.
 */
import type { StateMachine } from '../asl/types';
import { hasDistributedMap, isDynamic, listIntegrations, parseResource } from './integrations';
import { intrinsicName, isObject, sub, type TemplateObject, type TemplateValue } from './intrinsics';
import { DISTRIBUTED_MAP_ACTIONS, findRule, LOG_DELIVERY_ACTIONS, SDK_IAM_PREFIX, XRAY_ACTIONS, type TargetField } from './policyRules';
import { POLICY_TEMPLATE_DEFINITIONS, POLICY_TEMPLATE_PARAMETERS, type BundledPolicyTemplate } from './policyTemplates.data';
import { nameExpression, NAME_OF_RESOURCE_TYPE, parseConcreteValue, RESOURCE_KINDS, type ResourceKindId, type ValueForm } from './resourceKinds';
import { fieldSlots, integrationKey } from './substitutions';

export interface IamStatement {
  Effect: 'Allow';
  Action: string[];
  Resource: TemplateValue;
}

export interface PolicyTemplateUse {
  template: BundledPolicyTemplate;
  parameters: Record<string, TemplateValue>;
}

export interface DerivedPolicies {
  templates: PolicyTemplateUse[];
  statements: IamStatement[];
}

export interface PolicyContext {
  /** `DefinitionSubstitutions` values by placeholder name. */
  substitutions: Record<string, TemplateValue>;
  /** The concrete value behind a placeholder (parameter default or literal), when known. */
  literals: Record<string, string>;
  /** Resource types of the template by logical id (generated placeholders, base template). */
  resourceTypes: Record<string, string>;
  /** Name of the state machine (for a Distributed Map's own executions), if fixed. */
  stateMachineName?: string;
  logging?: boolean;
  tracing?: boolean;
}

const WHOLE_PLACEHOLDER = /^\$\{([^}!][^}]*)\}$/;
const KIND_OF_TYPE: Record<string, ResourceKindId> = {
  'AWS::Serverless::Function': 'lambdaFunction', 'AWS::Lambda::Function': 'lambdaFunction',
  'AWS::StepFunctions::Activity': 'activity', 'AWS::Serverless::StateMachine': 'stateMachine',
  'AWS::StepFunctions::StateMachine': 'stateMachine',
};

/** Form of the value an intrinsic yields (`!GetAtt X.Arn` → arn, `!Ref Queue` → url, …). */
function formOfIntrinsic(value: TemplateValue, kind: ResourceKindId): ValueForm {
  const fn = intrinsicName(value);
  if (fn === 'Fn::GetAtt' && isObject(value)) {
    const arg = value['Fn::GetAtt'];
    const attr = Array.isArray(arg) ? String(arg[1]) : '';
    if (attr === 'Arn') return 'arn';
    if (attr.endsWith('Name')) return 'name';
    if (attr === 'QueueUrl') return 'url';
  }
  return RESOURCE_KINDS[kind].refForm;
}

/** The logical id an intrinsic points at (`!Ref X`, `!GetAtt X.Arn`). */
function targetOf(value: TemplateValue): string | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.Ref === 'string') return value.Ref;
  const arg = value['Fn::GetAtt'];
  return Array.isArray(arg) && typeof arg[0] === 'string' ? arg[0] : undefined;
}

/** Deploy-time name of the resource a payload value designates, or `*` when it is only known at run time. */
export function targetName(raw: unknown, kind: ResourceKindId, ctx: PolicyContext): TemplateValue {
  if (typeof raw !== 'string') return '*';
  const whole = WHOLE_PLACEHOLDER.exec(raw);
  if (whole) {
    const key = (whole[1] as string).trim();
    const value = ctx.substitutions[key];
    if (value === undefined) return '*';
    if (typeof value === 'string') return parseConcreteValue(value, kind)?.name ?? '*';
    const target = targetOf(value);
    const byType = target ? NAME_OF_RESOURCE_TYPE[ctx.resourceTypes[target] ?? ''] : undefined;
    if (target && byType) return byType(target);
    const literal = ctx.literals[key];
    const form = literal !== undefined ? parseConcreteValue(literal, kind)?.form : formOfIntrinsic(value, kind);
    return (form && nameExpression(kind, form, value)) ?? '*';
  }
  if (raw.includes('${') || raw === '') return '*';
  // A plain name the field takes as it is (Athena work group, Bedrock model id).
  return parseConcreteValue(raw, kind)?.name ?? raw;
}

/** Resource kind of a `Resource: ${Placeholder}` (classic SAM samples put a function ARN there). */
function kindOfPlaceholderResource(resource: string, ctx: PolicyContext): ResourceKindId | undefined {
  const key = (WHOLE_PLACEHOLDER.exec(resource)?.[1] ?? '').trim();
  const literal = ctx.literals[key] ?? (typeof ctx.substitutions[key] === 'string' ? ctx.substitutions[key] as string : undefined);
  if (literal !== undefined) return parseConcreteValue(literal)?.kind;
  const value = ctx.substitutions[key];
  const target = value === undefined ? undefined : targetOf(value);
  if (target && ctx.resourceTypes[target]) return KIND_OF_TYPE[ctx.resourceTypes[target] as string];
  if (value !== undefined && intrinsicName(value) === 'Ref') return 'activity';
  return 'lambdaFunction';
}

/**
 * The ARN a `Resource: ${Placeholder}` stands for when the template spells it out, as the
 * `sam init` samples do (`DDBPutItem: !Sub arn:${AWS::Partition}:states:::dynamodb:putItem`).
 */
function concreteResource(resource: string, ctx: PolicyContext): string | undefined {
  const key = (WHOLE_PLACEHOLDER.exec(resource)?.[1] ?? '').trim();
  const value = ctx.literals[key] ?? ctx.substitutions[key];
  const text = typeof value === 'string' ? value : isObject(value) && typeof value['Fn::Sub'] === 'string' ? value['Fn::Sub'] : undefined;
  const concrete = text?.replace(/\$\{AWS::Partition\}/g, 'aws');
  return concrete && !concrete.includes('${') ? concrete : undefined;
}

/** `aws-sdk:dynamodb:putItem` → `dynamodb:PutItem`. */
export function iamAction(service: string, action: string, sdk: boolean): string {
  const prefix = sdk ? (SDK_IAM_PREFIX[service] ?? service) : service;
  return `${prefix}:${action.charAt(0).toUpperCase()}${action.slice(1)}`;
}

function targetValues(payload: Record<string, unknown> | undefined, target: TargetField): unknown[] {
  if (!payload) return target.absent !== undefined ? [target.absent] : [];
  const values: unknown[] = [];
  for (const { owner, key } of fieldSlots(payload, target.field)) {
    if (!(key in owner)) {
      if (!key.endsWith('.$') && !(`${key}.$` in owner) && target.absent !== undefined) values.push(target.absent);
      continue;
    }
    values.push(isDynamic(key, owner[key]) ? undefined : owner[key]);
  }
  return values;
}

const eventsRuleArn = (rule: string): TemplateObject =>
  sub(`arn:\${AWS::Partition}:events:\${AWS::Region}:\${AWS::AccountId}:rule/${rule}`);

/** Derive the policies for a (placeholder-substituted) definition. */
export function derivePolicies(definition: StateMachine, ctx: PolicyContext): DerivedPolicies {
  const templates: PolicyTemplateUse[] = [];
  const statements: IamStatement[] = [];
  const addTemplate = (template: BundledPolicyTemplate, value: TemplateValue): void => {
    const parameter = POLICY_TEMPLATE_PARAMETERS[template]?.[0] as string;
    templates.push({ template, parameters: { [parameter]: value } });
  };
  const addStatement = (actions: string[], resource: TemplateValue = '*'): void => {
    statements.push({ Effect: 'Allow', Action: actions, Resource: resource });
  };

  for (const use of listIntegrations(definition)) {
    let parsed = use.parsed;
    if (parsed?.direct === 'placeholder') parsed = parseResource(concreteResource(use.resource, ctx)) ?? parsed;
    if (!parsed) continue;
    if (parsed.direct === 'activity') continue; // activity workers poll with their own credentials
    if (parsed.direct === 'lambdaFunction' || parsed.direct === 'placeholder') {
      const kind = parsed.direct === 'placeholder' ? kindOfPlaceholderResource(use.resource, ctx) : 'lambdaFunction';
      if (kind === 'lambdaFunction') addTemplate('LambdaInvokePolicy', targetName(use.resource, 'lambdaFunction', ctx));
      else if (kind === 'stateMachine') addTemplate('StepFunctionsExecutionPolicy', targetName(use.resource, 'stateMachine', ctx));
      continue;
    }
    const key = integrationKey({ parsed }) as string;
    const rule = findRule(key);
    const targets = (rule?.targets ?? []).flatMap((t) => targetValues(use.payload, t).map((v) => ({ t, name: targetName(v, t.kind, ctx) })));
    if (rule?.template) {
      const templateTargets = targets.length > 0 ? targets : [{ name: '*' as TemplateValue }];
      for (const { name } of templateTargets) addTemplate(rule.template, name);
    }
    if (rule?.actions) {
      const resources = rule.resourceArn
        ? targets.map(({ name }) => (name === '*' ? '*' : sub(rule.resourceArn as string, { name })))
        : ['*'];
      addStatement(rule.actions, resources.length === 1 ? resources[0] as TemplateValue : resources.length === 0 ? '*' : resources);
    }
    if (!rule) addStatement([iamAction(parsed.service, parsed.action, parsed.sdk)]);
    if (parsed.pattern === 'sync' || parsed.pattern === 'sync:2') {
      const sync = rule?.sync;
      if (sync) {
        const resources = sync.resourceArn ? targets.map(({ name }) => (name === '*' ? '*' : sub(sync.resourceArn as string, { name }))) : [];
        addStatement(sync.actions, resources.length === 1 ? resources[0] as TemplateValue : resources.length === 0 ? '*' : resources);
        if (sync.rule) addStatement(['events:PutTargets', 'events:PutRule', 'events:DescribeRule'], eventsRuleArn(sync.rule));
      } else if (!rule) {
        // Unknown .sync integration: the service polls a Describe/Get call of the same resource.
        addStatement([iamAction(parsed.service, parsed.action.replace(/^(start|create|run|submit)/, 'describe'), parsed.sdk)]);
      }
    }
  }
  if (hasDistributedMap(definition)) {
    const own = ctx.stateMachineName
      ? [sub(`arn:\${AWS::Partition}:states:\${AWS::Region}:\${AWS::AccountId}:stateMachine:${ctx.stateMachineName}`),
        sub(`arn:\${AWS::Partition}:states:\${AWS::Region}:\${AWS::AccountId}:execution:${ctx.stateMachineName}/*`)]
      : '*';
    addStatement(DISTRIBUTED_MAP_ACTIONS, own);
  }
  if (ctx.logging) addStatement(LOG_DELIVERY_ACTIONS);
  if (ctx.tracing) addStatement(XRAY_ACTIONS);
  return { templates: mergeTemplates(templates), statements: dedupe(statements) };
}

function dedupe<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const FAMILIES: { read: BundledPolicyTemplate; write: BundledPolicyTemplate; crud: BundledPolicyTemplate }[] = [
  { read: 'DynamoDBReadPolicy', write: 'DynamoDBWritePolicy', crud: 'DynamoDBCrudPolicy' },
  { read: 'S3ReadPolicy', write: 'S3WritePolicy', crud: 'S3CrudPolicy' },
];

/** Dedupe, and read + write (or anything + crud) on the same resource → one crud template. */
function mergeTemplates(uses: PolicyTemplateUse[]): PolicyTemplateUse[] {
  const unique = dedupe(uses);
  const familyOf = (u: PolicyTemplateUse) => FAMILIES.find((f) => f.read === u.template || f.write === u.template || f.crud === u.template);
  const paramKey = (u: PolicyTemplateUse): string => JSON.stringify(u.parameters);
  const out: PolicyTemplateUse[] = [];
  const emitted = new Set<string>();
  for (const use of unique) {
    const family = familyOf(use);
    if (!family) {
      out.push(use);
      continue;
    }
    const names = new Set(unique.filter((o) => familyOf(o) === family && paramKey(o) === paramKey(use)).map((o) => o.template));
    if (!(names.has(family.crud) || (names.has(family.read) && names.has(family.write)))) {
      out.push(use);
      continue;
    }
    const id = `${family.crud}${paramKey(use)}`;
    if (emitted.has(id)) continue;
    emitted.add(id);
    out.push({ template: family.crud, parameters: use.parameters });
  }
  return out;
}

/** SAM `Policies` list: templates first, then one `Statement` block. */
export function toSamPolicies(derived: DerivedPolicies): TemplateValue[] {
  const list: TemplateValue[] = derived.templates.map((t) => ({ [t.template]: t.parameters }));
  if (derived.statements.length > 0) list.push({ Statement: derived.statements as unknown as TemplateValue[] });
  return list;
}

/** Replace `{ Ref: Param }` in a template definition by the parameter values. */
function bindParameters(value: unknown, params: Record<string, TemplateValue>): TemplateValue {
  if (Array.isArray(value)) return value.map((v) => bindParameters(v, params));
  if (isObject(value)) {
    if (typeof value.Ref === 'string' && Object.keys(value).length === 1 && value.Ref in params) return params[value.Ref] as TemplateValue;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bindParameters(v, params)]));
  }
  return value as TemplateValue;
}

/** Plain IAM statements for CloudFormation (no SAM transform to expand the templates). */
export function expandPolicies(derived: DerivedPolicies): TemplateValue[] {
  const fromTemplates = derived.templates.flatMap((t) => POLICY_TEMPLATE_DEFINITIONS[t.template].Statement.map((s) => bindParameters(s, t.parameters)));
  return [...fromTemplates, ...(derived.statements as unknown as TemplateValue[])];
}
