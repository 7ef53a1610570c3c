/** Parsing and building Task `Resource` ARNs of optimized, SDK and HTTP integrations. */
import type { IntegrationPattern } from './types';

/** The parts of a `arn:<partition>:states:::<service>:<action>[.<pattern>]` resource. */
export interface ServiceResource {
  /** `lambda`, `dynamodb`, …; for SDK integrations `aws-sdk`. */
  service: string;
  /** For SDK integrations, the SDK service (`s3`, `sesv2`, …). */
  sdkService?: string;
  action: string;
  pattern: IntegrationPattern;
}

const SERVICE_ARN = /^arn:aws[a-z-]*:states:::(aws-sdk:([a-z0-9-]+)|[a-z0-9-]+):([A-Za-z0-9]+)(?:\.(sync:2|sync|waitForTaskToken))?$/;

/** Splits an integration resource ARN; undefined for Lambda/activity ARNs, placeholders and JSONata. */
export function parseServiceResource(resource: string): ServiceResource | undefined {
  const m = SERVICE_ARN.exec(resource);
  if (!m) return undefined;
  const [, service = '', sdkService, action = '', suffix] = m;
  const pattern: IntegrationPattern = suffix === 'sync' ? 'sync' : suffix === 'sync:2' ? 'sync:2' : suffix === 'waitForTaskToken' ? 'waitForTaskToken' : 'request-response';
  if (sdkService !== undefined) return { service: 'aws-sdk', sdkService, action, pattern };
  return { service, action, pattern };
}

/** Appends the pattern suffix to a base resource ARN (`request-response` adds nothing). */
export function withPattern(baseResource: string, pattern: IntegrationPattern): string {
  return pattern === 'request-response' ? baseResource : `${baseResource}.${pattern}`;
}

/** The resource without its pattern suffix. */
export function baseResourceOf(resource: string): string {
  return resource.replace(/\.(sync:2|sync|waitForTaskToken)$/, '');
}

/** The pattern a resource ARN asks for. */
export function patternOf(resource: string): IntegrationPattern {
  return parseServiceResource(resource)?.pattern ?? 'request-response';
}
