/**
 * The kinds of AWS resources a workflow references (functions, tables, queues, …): how to recognise
 * a concrete value, how to name its placeholder, how to get the resource's *name* at deploy time
 * (SAM policy templates take names, not ARNs), and which placeholder resource can stand in for it.
 */
import { getAtt, ref, selectSegment, sub, type TemplateObject, type TemplateValue } from './intrinsics';

export type ResourceKindId =
  | 'lambdaFunction' | 'dynamodbTable' | 'sqsQueue' | 'snsTopic' | 's3Bucket' | 'eventBus'
  | 'stateMachine' | 'activity' | 'glueJob' | 'arn';

/** How a value designates its resource. */
export type ValueForm = 'arn' | 'name' | 'url';

export interface ParsedValue {
  kind: ResourceKindId;
  form: ValueForm;
  /** The resource's own name (used for placeholder names and static policy parameters). */
  name: string;
  /** For generic ARNs: the resource type as a name fragment (`Cluster`, `TaskDefinition`, `Role`). */
  label?: string;
}

export interface PlaceholderResource {
  type: string;
  properties: (name: string) => TemplateObject;
  /** The value that replaces a concrete value of this form, given the resource's logical id. */
  value: (form: ValueForm, logicalId: string) => TemplateValue;
}

export interface ResourceKind {
  id: ResourceKindId;
  /** Word used in placeholder names: `${CheckStockFunctionArn}`. */
  label: string;
  /** Form a bare `Ref` to a resource of this kind yields. */
  refForm: ValueForm;
  /** Expression giving the resource name from a value of the given form (`undefined` = the value itself). */
  nameFrom: Partial<Record<ValueForm, { separator: string; index: number }>>;
  placeholder?: PlaceholderResource;
}

const arnName = { separator: ':', index: 6 };

export const RESOURCE_KINDS: Readonly<Record<ResourceKindId, ResourceKind>> = {
  lambdaFunction: {
    id: 'lambdaFunction', label: 'Function', refForm: 'name', nameFrom: { arn: arnName },
    placeholder: {
      type: 'AWS::Serverless::Function',
      properties: () => ({
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        InlineCode: 'exports.handler = async (event) => event; // placeholder: replace with your code',
      }),
      value: (form, id) => (form === 'arn' ? getAtt(id, 'Arn') : ref(id)),
    },
  },
  dynamodbTable: {
    id: 'dynamodbTable', label: 'Table', refForm: 'name', nameFrom: { arn: { separator: '/', index: 1 } },
    placeholder: {
      type: 'AWS::Serverless::SimpleTable',
      properties: () => ({ PrimaryKey: { Name: 'id', Type: 'String' } }),
      value: (form, id) => (form === 'arn' ? getAtt(id, 'Arn') : ref(id)),
    },
  },
  sqsQueue: {
    id: 'sqsQueue', label: 'Queue', refForm: 'url',
    nameFrom: { url: { separator: '/', index: 4 }, arn: { separator: ':', index: 5 } },
    placeholder: {
      type: 'AWS::SQS::Queue',
      properties: () => ({}),
      value: (form, id) => (form === 'url' ? ref(id) : form === 'arn' ? getAtt(id, 'Arn') : getAtt(id, 'QueueName')),
    },
  },
  snsTopic: {
    id: 'snsTopic', label: 'Topic', refForm: 'arn', nameFrom: { arn: { separator: ':', index: 5 } },
    placeholder: {
      type: 'AWS::SNS::Topic',
      properties: () => ({}),
      value: (form, id) => (form === 'arn' ? ref(id) : getAtt(id, 'TopicName')),
    },
  },
  s3Bucket: {
    id: 's3Bucket', label: 'Bucket', refForm: 'name', nameFrom: { arn: { separator: ':', index: 5 } },
    placeholder: {
      type: 'AWS::S3::Bucket',
      properties: () => ({}),
      value: (form, id) => (form === 'arn' ? getAtt(id, 'Arn') : ref(id)),
    },
  },
  eventBus: {
    id: 'eventBus', label: 'EventBus', refForm: 'name', nameFrom: { arn: { separator: '/', index: 1 } },
    placeholder: {
      type: 'AWS::Events::EventBus',
      properties: (name) => ({ Name: sub(`\${AWS::StackName}-${name}`) }),
      value: (form, id) => (form === 'arn' ? getAtt(id, 'Arn') : ref(id)),
    },
  },
  stateMachine: { id: 'stateMachine', label: 'StateMachine', refForm: 'arn', nameFrom: { arn: arnName } },
  activity: {
    id: 'activity', label: 'Activity', refForm: 'arn', nameFrom: { arn: arnName },
    placeholder: {
      type: 'AWS::StepFunctions::Activity',
      properties: (name) => ({ Name: sub(`\${AWS::StackName}-${name}`) }),
      value: (form, id) => (form === 'arn' ? ref(id) : getAtt(id, 'Name')),
    },
  },
  glueJob: { id: 'glueJob', label: 'GlueJob', refForm: 'name', nameFrom: {} },
  arn: { id: 'arn', label: '', refForm: 'arn', nameFrom: {} },
};

const ARN = /^arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):(\d{12})?:(.+)$/;
const QUEUE_URL = /^https:\/\/(?:sqs\.[a-z0-9-]+|[a-z0-9-]+\.queue)\.amazonaws\.com(?:\.cn)?\/(\d{12})\/([A-Za-z0-9_.-]+)$/;

/** True for a whole-string ARN of a concrete resource (with an account, or an S3 bucket/object). */
export function isConcreteArn(value: string): boolean {
  const m = ARN.exec(value);
  if (!m) return false;
  return m[4] !== undefined || m[2] === 's3';
}

export function isQueueUrl(value: string): boolean {
  return QUEUE_URL.test(value);
}

/** Recognise a concrete value, optionally knowing which kind the field expects. */
export function parseConcreteValue(value: string, expected?: ResourceKindId): ParsedValue | undefined {
  const url = QUEUE_URL.exec(value);
  if (url) return { kind: 'sqsQueue', form: 'url', name: url[2] as string };
  const m = ARN.exec(value);
  if (m && isConcreteArn(value)) {
    const service = m[2] as string;
    const rest = m[5] as string;
    const kind = kindOfArn(service, rest);
    if (kind === 'arn') {
      // `cluster/batch`, `task-definition/report:3`, `role/path/Name`: type, then the resource id.
      const typed = /^([A-Za-z-]+)[/:](.+)$/.exec(rest);
      const id = typed ? (typed[2] as string).split(/[/:]/).filter(Boolean) : [rest];
      const name = typed?.[1] === 'role' || typed?.[1] === 'user' ? id[id.length - 1] : id[0];
      return { kind, form: 'arn', name: name ?? rest, label: pascalCase(typed?.[1] ?? service) };
    }
    const name = kind === 'lambdaFunction' || kind === 'stateMachine' || kind === 'activity'
      ? (rest.split(':')[1] ?? rest)
      : lastSegment(rest);
    return { kind, form: 'arn', name };
  }
  if (expected && expected !== 'arn' && value !== '') return { kind: expected, form: 'name', name: expected === 'lambdaFunction' ? value.split(':')[0] as string : value };
  return undefined;
}

function kindOfArn(service: string, rest: string): ResourceKindId {
  if (service === 'lambda' && rest.startsWith('function:')) return 'lambdaFunction';
  if (service === 'dynamodb' && rest.startsWith('table/')) return 'dynamodbTable';
  if (service === 'sqs') return 'sqsQueue';
  if (service === 'sns') return 'snsTopic';
  if (service === 's3' && !rest.includes('/')) return 's3Bucket';
  if (service === 'events' && rest.startsWith('event-bus/')) return 'eventBus';
  if (service === 'states' && rest.startsWith('stateMachine:')) return 'stateMachine';
  if (service === 'states' && rest.startsWith('activity:')) return 'activity';
  return 'arn';
}

function lastSegment(text: string): string {
  const parts = text.split(/[:/]/).filter((p) => p !== '' && p !== '*');
  return parts[parts.length - 1] ?? text;
}

/** `order-items_v2` → `OrderItemsV2`; always a valid CloudFormation logical id fragment. */
export function pascalCase(text: string): string {
  const out = text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return /^[0-9]/.test(out) ? `R${out}` : out;
}

/** Placeholder name for a parsed value: `CheckStockFunctionArn`, `OrdersTableName`, `JobsQueueUrl`. */
export function placeholderName(parsed: ParsedValue): string {
  const kind = RESOURCE_KINDS[parsed.kind];
  const label = kind.id === 'arn' ? parsed.label ?? '' : kind.label;
  const form = parsed.form === 'arn' ? 'Arn' : parsed.form === 'url' ? 'Url' : 'Name';
  const base = pascalCase(parsed.name).slice(0, 60) || 'Resource';
  // Avoid `OrdersTableTableName` when the resource's name already ends with the label.
  const stem = label && base.endsWith(label) ? base : `${base}${label}`;
  return `${stem}${form}`;
}

/**
 * Expression giving the resource's name at deploy time from an expression whose value has
 * `form` (e.g. `!Select [6, !Split [":", !Ref CheckStockFunctionArn]]`). Undefined if unknown.
 */
export function nameExpression(kind: ResourceKindId, form: ValueForm, value: TemplateValue): TemplateValue | undefined {
  if (form === 'name') return value;
  const how = RESOURCE_KINDS[kind].nameFrom[form];
  return how ? selectSegment(how.index, how.separator, value) : undefined;
}

/** Resource types whose name is available directly (Ref or an attribute) for policy parameters. */
export const NAME_OF_RESOURCE_TYPE: Readonly<Record<string, (logicalId: string) => TemplateValue>> = {
  'AWS::Serverless::Function': ref,
  'AWS::Lambda::Function': ref,
  'AWS::Serverless::SimpleTable': ref,
  'AWS::DynamoDB::Table': ref,
  'AWS::SQS::Queue': (id) => getAtt(id, 'QueueName'),
  'AWS::SNS::Topic': (id) => getAtt(id, 'TopicName'),
  'AWS::S3::Bucket': ref,
  'AWS::Events::EventBus': ref,
  'AWS::Serverless::StateMachine': (id) => getAtt(id, 'Name'),
  'AWS::StepFunctions::StateMachine': (id) => getAtt(id, 'Name'),
};
