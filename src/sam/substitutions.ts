/**
 * Concrete resource references → `${Placeholder}`s, the way Infrastructure Composer writes them:
 * every ARN, function name, table, queue URL, topic, bucket, event bus or state machine a call
 * names becomes a placeholder whose value the template supplies through `DefinitionSubstitutions`.
 */
import type { StateMachine } from '../asl/types';
import { listIntegrations, isDynamic, type IntegrationUse } from './integrations';
import { isObject } from './intrinsics';
import { findRule } from './policyRules';
import { isConcreteArn, isQueueUrl, parseConcreteValue, placeholderName, type ResourceKindId, type ValueForm } from './resourceKinds';

export interface PlaceholderInfo {
  /** Key in `DefinitionSubstitutions`; the definition holds `${name}`. */
  name: string;
  kind: ResourceKindId;
  /** Form of the concrete value (ARN, name or URL), when known. */
  form?: ValueForm;
  /** The concrete value the placeholder replaced (absent for placeholders already in the definition). */
  literal?: string;
  /** Name of the resource itself (`CheckStock` for a function ARN), when known. */
  resourceName?: string;
  existing: boolean;
}

export interface ExtractResult {
  /** A copy of the definition with placeholders in place of concrete values. */
  definition: StateMachine;
  placeholders: Map<string, PlaceholderInfo>;
}

const PLACEHOLDER = /\$\{([^}!][^}]*)\}/g;
const WHOLE_PLACEHOLDER = /^\$\{([^}!][^}]*)\}$/;

/** Integration key of a use: `lambda:invoke`, `aws-sdk:s3:getObject`, … */
export function integrationKey(use: Pick<IntegrationUse, 'parsed'>): string | undefined {
  const p = use.parsed;
  if (!p) return undefined;
  if (p.direct === 'lambdaFunction') return 'lambda:invoke';
  if (p.direct) return undefined;
  return p.sdk ? `aws-sdk:${p.service}:${p.action}` : `${p.service}:${p.action}`;
}

/** Names of the `${…}` placeholders anywhere in a value. */
export function placeholdersIn(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    for (const m of value.matchAll(PLACEHOLDER)) out.add((m[1] as string).trim());
  } else if (Array.isArray(value)) {
    for (const item of value) placeholdersIn(item, out);
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      placeholdersIn(key, out);
      placeholdersIn(item, out);
    }
  }
  return out;
}

/** Resolve `a.b` / `Entries[].X` to the (object, key) pairs holding the field. */
export function fieldSlots(payload: Record<string, unknown>, field: string): { owner: Record<string, unknown>; key: string }[] {
  let owners: Record<string, unknown>[] = [payload];
  const parts = field.split('.');
  for (const [i, part] of parts.entries()) {
    const isArray = part.endsWith('[]');
    const name = isArray ? part.slice(0, -2) : part;
    if (i === parts.length - 1) {
      return owners.flatMap((owner) => [{ owner, key: name }, { owner, key: `${name}.$` }]).filter((s) => s.key in s.owner || s.key === name);
    }
    owners = owners.flatMap((owner) => {
      const next = owner[name];
      if (isArray) return Array.isArray(next) ? next.filter(isObject) : [];
      return isObject(next) ? [next] : [];
    });
  }
  return [];
}

/**
 * Replace concrete references in a copy of the definition. `reserved`: names already taken.
 * `literals: false` keeps every concrete value where the user wrote it (only the placeholders
 * already in the definition are listed): what re-exporting into an imported template does.
 */
export function extractPlaceholders(definition: StateMachine, reserved: Iterable<string> = [], { literals = true }: { literals?: boolean } = {}): ExtractResult {
  const copy = structuredClone(definition);
  const placeholders = new Map<string, PlaceholderInfo>();
  for (const name of placeholdersIn(copy)) placeholders.set(name, { name, kind: 'arn', existing: true });
  const taken = new Set<string>([...reserved, ...placeholders.keys()]);
  const byValue = new Map<string, string>();

  const placeholderFor = (literal: string, expected?: ResourceKindId): string | undefined => {
    if (!literals) return undefined;
    const known = byValue.get(literal);
    if (known) return known;
    const parsed = parseConcreteValue(literal, expected);
    if (!parsed) return undefined;
    const base = placeholderName(parsed);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    byValue.set(literal, name);
    placeholders.set(name, { name, kind: parsed.kind, form: parsed.form, literal, resourceName: parsed.name, existing: false });
    return name;
  };

  for (const use of listIntegrations(copy)) {
    if (use.parsed?.direct === 'lambdaFunction' || use.parsed?.direct === 'activity') {
      const name = placeholderFor(use.resource);
      if (name) use.holder.Resource = `\${${name}}`;
    }
    const key = integrationKey(use);
    const rule = key ? findRule(key) : undefined;
    if (use.payload) {
      for (const target of rule?.targets ?? []) {
        for (const { owner, key: field } of fieldSlots(use.payload, target.field)) {
          const value = owner[field];
          if (typeof value !== 'string' || isDynamic(field, value)) continue;
          const whole = WHOLE_PLACEHOLDER.exec(value);
          if (whole) {
            const info = placeholders.get((whole[1] as string).trim());
            if (info?.existing && info.kind === 'arn') info.kind = target.kind;
            continue;
          }
          if (target.substitute === false || value.includes('${') || value === target.absent) continue;
          const name = placeholderFor(value, target.kind);
          if (name) owner[field] = `\${${name}}`;
        }
      }
      replaceArnsDeep(use.payload, placeholderFor);
    }
    if (isObject(use.holder.Credentials)) replaceArnsDeep(use.holder.Credentials, placeholderFor);
  }
  return { definition: copy, placeholders };
}

const S3_URI = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(\/.*)?$/;

/** The replacement of a payload string: a whole ARN / queue URL, or the bucket of an `s3://` URI. */
function replacement(text: string, placeholderFor: (literal: string, expected?: ResourceKindId) => string | undefined): string | undefined {
  if (isConcreteArn(text) || isQueueUrl(text)) {
    const name = placeholderFor(text);
    return name === undefined ? undefined : `\${${name}}`;
  }
  const s3 = S3_URI.exec(text);
  if (s3) {
    const name = placeholderFor(s3[1] as string, 's3Bucket');
    return name === undefined ? undefined : `s3://\${${name}}${s3[2] ?? ''}`;
  }
  return undefined;
}

/** Every whole-string ARN, queue URL or S3 URI below `value` (static keys only) → placeholder. */
function replaceArnsDeep(value: Record<string, unknown> | unknown[], placeholderFor: (literal: string, expected?: ResourceKindId) => string | undefined): void {
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, item] of entries) {
    if (typeof key === 'string' && key.endsWith('.$')) continue;
    if (typeof item === 'string') {
      const replaced = replacement(item, placeholderFor);
      if (replaced === undefined) continue;
      if (Array.isArray(value)) value[key as number] = replaced;
      else value[key as string] = replaced;
    } else if (Array.isArray(item) || isObject(item)) {
      replaceArnsDeep(item, placeholderFor);
    }
  }
}
