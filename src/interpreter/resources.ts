/**
 * Task `Resource` ARNs: which history events a resource produces (`LambdaFunction*` for a plain
 * Lambda ARN, `Activity*` for activities, `Task*` for service integrations), the `resource` /
 * `resourceType` detail fields, the integration pattern, and the shape of Lambda invoke results.
 */

export type ResourceKind = 'lambda' | 'activity' | 'service';
export type IntegrationPattern = 'request-response' | 'sync' | 'waitForTaskToken';

export interface ResourceInfo {
  kind: ResourceKind;
  /** `invoke`, `putItem`, `startExecution.sync` … (Task* events). */
  resource: string;
  /** `lambda`, `dynamodb`, `aws-sdk:s3` … (Task* events). */
  resourceType: string;
  pattern: IntegrationPattern;
  /** `arn:aws:states:::lambda:invoke` (optimised Lambda integration). */
  lambdaInvoke: boolean;
}

const cache = new Map<string, ResourceInfo>();

/** Classifies a Task Resource ARN (memoised). */
export function resourceInfo(arn: string): ResourceInfo {
  let info = cache.get(arn);
  if (!info) {
    info = classify(arn);
    cache.set(arn, info);
  }
  return info;
}

function classify(arn: string): ResourceInfo {
  const parts = arn.split(':');
  // arn:partition:service:region:account:rest…
  if (parts[2] === 'lambda' && parts[5] === 'function') {
    return { kind: 'lambda', resource: arn, resourceType: 'lambda', pattern: 'request-response', lambdaInvoke: false };
  }
  if (parts[2] === 'states' && parts[5] === 'activity') {
    return { kind: 'activity', resource: arn, resourceType: 'activity', pattern: 'request-response', lambdaInvoke: false };
  }
  if (parts[2] === 'states' && parts[3] === '' && parts[4] === '') {
    // arn:aws:states:::service:api[.pattern] or arn:aws:states:::aws-sdk:service:api
    const rest = parts.slice(5);
    const action = rest[rest.length - 1] ?? '';
    const resourceType = rest.slice(0, -1).join(':');
    const pattern: IntegrationPattern = action.endsWith('.waitForTaskToken')
      ? 'waitForTaskToken'
      : action.endsWith('.sync') || action.endsWith('.sync:2')
        ? 'sync'
        : 'request-response';
    return { kind: 'service', resource: action, resourceType, pattern, lambdaInvoke: resourceType === 'lambda' && action.startsWith('invoke') };
  }
  return { kind: 'service', resource: arn, resourceType: parts[2] ?? 'unknown', pattern: 'request-response', lambdaInvoke: false };
}

/** True when a value already looks like a Lambda `Invoke` API response. */
function isInvokeResponse(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'Payload' in value && ('StatusCode' in value || 'ExecutedVersion' in value);
}

/**
 * The result `arn:aws:states:::lambda:invoke` returns for a function that returned `payload`:
 * the service wraps it (`Payload`, `StatusCode`, `ExecutedVersion`, SDK metadata). A value that
 * already has that shape is kept.
 */
export function shapeLambdaInvokeResult(payload: unknown, requestId: string): unknown {
  if (isInvokeResponse(payload)) return payload;
  return {
    ExecutedVersion: '$LATEST',
    Payload: payload === undefined ? null : payload,
    SdkHttpMetadata: {
      AllHttpHeaders: {
        'X-Amz-Executed-Version': ['$LATEST'],
        'x-amzn-Remapped-Content-Length': ['0'],
        Connection: ['keep-alive'],
        'x-amzn-RequestId': [requestId],
        'Content-Type': ['application/json'],
      },
      HttpHeaders: {
        Connection: 'keep-alive',
        'Content-Type': 'application/json',
        'X-Amz-Executed-Version': '$LATEST',
        'x-amzn-Remapped-Content-Length': '0',
        'x-amzn-RequestId': requestId,
      },
      HttpStatusCode: 200,
    },
    SdkResponseMetadata: { RequestId: requestId },
    StatusCode: 200,
  };
}
