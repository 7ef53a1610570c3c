/** Finding the catalog entry behind a Task `Resource`, and naming tasks for the canvas. */
import { INTEGRATIONS } from './integrations';
import { baseResourceOf, parseServiceResource, withPattern } from './resources';
import type { IntegrationEntry, IntegrationPattern } from './types';

const byResource = new Map<string, IntegrationEntry>(
  INTEGRATIONS.filter((e) => e.action !== '*').map((e) => [e.resource.replace(/^arn:aws[a-z-]*:/, 'arn:aws:'), e]),
);
const byId = new Map<string, IntegrationEntry>(INTEGRATIONS.map((e) => [e.id, e]));

/** The generic AWS SDK entry (`arn:aws:states:::aws-sdk:<service>:<action>`). */
export const SDK_ENTRY: IntegrationEntry = byId.get('aws-sdk:*')!;

export function integrationById(id: string): IntegrationEntry | undefined {
  return byId.get(id);
}

/**
 * The catalog entry a Task resource uses, whatever its pattern suffix and partition; SDK calls
 * the catalog does not list explicitly map to the generic SDK entry. Undefined otherwise.
 */
export function findIntegration(resource: unknown): IntegrationEntry | undefined {
  if (typeof resource !== 'string') return undefined;
  const normalised = baseResourceOf(resource).replace(/^arn:aws[a-z-]*:/, 'arn:aws:');
  const exact = byResource.get(normalised);
  if (exact) return exact;
  if (/^arn:aws[a-z-]*:lambda:[^:]*:\d{12}:function:/.test(resource)) return byId.get('lambda:invoke');
  return parseServiceResource(resource)?.service === 'aws-sdk' ? SDK_ENTRY : undefined;
}

/** The resource ARN an entry uses with a pattern (throws if the entry does not support it). */
export function resourceFor(entry: IntegrationEntry, pattern: IntegrationPattern = entry.patterns[0] ?? 'request-response'): string {
  if (!entry.patterns.includes(pattern)) throw new Error(`${entry.label} does not support the ${pattern} integration pattern`);
  return withPattern(entry.resource, pattern);
}

const SERVICE_LABELS: Record<string, string> = {
  dynamodb: 'DynamoDB', s3: 'S3', sqs: 'SQS', sns: 'SNS', sesv2: 'SES', ses: 'SES', sfn: 'Step Functions', ec2: 'EC2', ecs: 'ECS',
  iam: 'IAM', kms: 'KMS', lambda: 'Lambda', eventbridge: 'EventBridge', cloudwatch: 'CloudWatch', secretsmanager: 'Secrets Manager',
  ssm: 'Systems Manager', bedrockruntime: 'Bedrock Runtime', textract: 'Textract', comprehend: 'Comprehend', rekognition: 'Rekognition',
};

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/**
 * A short human description of what a Task calls, e.g. `Lambda: Invoke`, `S3: GetObject`,
 * `Activity`, or `Task` when the resource is dynamic.
 */
export function describeTask(resource: unknown): string {
  if (typeof resource !== 'string') return 'Task';
  const entry = findIntegration(resource);
  if (entry && entry !== SDK_ENTRY) return entry.label;
  const parsed = parseServiceResource(resource);
  if (parsed?.sdkService) return `${SERVICE_LABELS[parsed.sdkService] ?? capitalise(parsed.sdkService)}: ${capitalise(parsed.action)}`;
  if (parsed) return `${SERVICE_LABELS[parsed.service] ?? capitalise(parsed.service)}: ${capitalise(parsed.action)}`;
  if (/^arn:aws[a-z-]*:states:[^:]*:\d{12}:activity:/.test(resource)) return 'Activity';
  return 'Task';
}

/** Palette search: entries whose label, service or description contains every word of the query. */
export function searchIntegrations(query: string, entries: readonly IntegrationEntry[] = INTEGRATIONS): IntegrationEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const hay = `${e.label} ${e.service} ${e.action} ${e.description} ${e.category}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
