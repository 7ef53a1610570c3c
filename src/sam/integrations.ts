/**
 * Where a definition calls AWS: every Task state, plus a Distributed Map's ItemReader and
 * ResultWriter, in every nested branch and processor.
 */
import { forEachState } from '../asl/paths';
import type { StateMachine, StatePath } from '../asl/types';
import { isObject } from './intrinsics';

/** What an ARN in a `Resource` field calls. */
export interface ParsedResource {
  /** `lambda`, `dynamodb`, `sqs`, …; `aws-sdk` calls give the SDK service (`s3`, `sfn`, …). */
  service: string;
  /** `invoke`, `putItem`, `startExecution`, … (empty for activities and direct Lambda ARNs). */
  action: string;
  /** `sync`, `sync:2` or `waitForTaskToken` (the integration pattern suffix). */
  pattern?: 'sync' | 'sync:2' | 'waitForTaskToken';
  /** true for `arn:aws:states:::aws-sdk:…` */
  sdk: boolean;
  /** A direct Lambda / activity ARN (or a `${Placeholder}` standing for one). */
  direct?: 'lambdaFunction' | 'activity' | 'placeholder';
}

const OPTIMIZED = /^arn:aws[a-z-]*:states:::(aws-sdk:)?([a-z0-9-]+):([A-Za-z0-9]+)(?:\.(sync:2|sync|waitForTaskToken))?$/;

/** Parse a Task `Resource`. Undefined for dynamic or unrecognised values. */
export function parseResource(resource: unknown): ParsedResource | undefined {
  if (typeof resource !== 'string') return undefined;
  const m = OPTIMIZED.exec(resource);
  if (m) {
    const pattern = m[4] as ParsedResource['pattern'] | undefined;
    return { service: m[2] as string, action: m[3] as string, sdk: m[1] !== undefined, ...(pattern ? { pattern } : {}) };
  }
  if (/^arn:aws[a-z-]*:lambda:[^:]*:\d{12}:function:/.test(resource)) return { service: 'lambda', action: 'invoke', sdk: false, direct: 'lambdaFunction' };
  if (/^arn:aws[a-z-]*:states:[^:]*:\d{12}:activity:/.test(resource)) return { service: 'states', action: '', sdk: false, direct: 'activity' };
  if (/^\$\{[^}]+\}$/.test(resource)) return { service: '', action: '', sdk: false, direct: 'placeholder' };
  return undefined;
}

/** One call to AWS found in the definition. */
export interface IntegrationUse {
  path: StatePath;
  /** `task`, or the Distributed Map field holding the call. */
  site: 'task' | 'itemReader' | 'resultWriter';
  resource: string;
  parsed: ParsedResource | undefined;
  /** The object whose fields may hold resource references (`Parameters` or `Arguments`). */
  payload: Record<string, unknown> | undefined;
  /** The object holding `Resource` (the state, ItemReader or ResultWriter). */
  holder: Record<string, unknown>;
}

function payloadOf(holder: Record<string, unknown>): Record<string, unknown> | undefined {
  const payload = holder.Arguments ?? holder.Parameters;
  return isObject(payload) ? payload : undefined;
}

/** Every AWS call in the definition, depth-first in document order. */
export function listIntegrations(definition: StateMachine): IntegrationUse[] {
  const out: IntegrationUse[] = [];
  forEachState(definition, ({ path, state }) => {
    const holder = state as Record<string, unknown>;
    if (state.Type === 'Task') {
      out.push({ path, site: 'task', resource: String(state.Resource), parsed: parseResource(state.Resource), payload: payloadOf(holder), holder });
    }
    if (state.Type === 'Map') {
      for (const [site, field] of [['itemReader', state.ItemReader], ['resultWriter', state.ResultWriter]] as const) {
        if (isObject(field) && typeof field.Resource === 'string') {
          out.push({ path, site, resource: field.Resource, parsed: parseResource(field.Resource), payload: payloadOf(field), holder: field });
        }
      }
    }
  });
  return out;
}

/** True when any Map in the definition runs in DISTRIBUTED mode (it starts child executions). */
export function hasDistributedMap(definition: StateMachine): boolean {
  let found = false;
  forEachState(definition, ({ state }) => {
    if (state.Type === 'Map' && (state.ItemProcessor?.ProcessorConfig?.Mode === 'DISTRIBUTED')) found = true;
  });
  return found;
}

/** True for a JSONPath `.$` key's value or a JSONata `{% … %}` expression: only known at run time. */
export function isDynamic(key: string, value: unknown): boolean {
  if (key.endsWith('.$')) return true;
  return typeof value === 'string' && /^\s*\{%[\s\S]*%\}\s*$/.test(value);
}
