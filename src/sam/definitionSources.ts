/**
 * Getting the ASL out of a state machine resource: inline `Definition` (intrinsics lifted into
 * `${definition_substitution_N}` as SAM does), `DefinitionString` (a string, `Fn::Sub`, `Fn::Join`),
 * or a local `DefinitionUri` file provided alongside the template.
 */
import { hasStateMachineShape } from '../asl/shape';
import { parseDefinition } from '../asl/parse';
import type { StateMachine } from '../asl/types';
import { TemplateReadError } from './errors';
import { intrinsicName, isIntrinsic, isObject, type TemplateValue } from './intrinsics';

export interface DefinitionWithSubstitutions {
  definition: StateMachine;
  /** Values for the placeholders, as written in the template (long-form intrinsics). */
  substitutions: Record<string, TemplateValue>;
}

/** Counter for SAM-style `definition_substitution_N` names. */
class Lifter {
  private n = 0;
  readonly substitutions: Record<string, TemplateValue> = {};
  constructor(private readonly taken: Set<string>) {}

  lift(value: TemplateValue): string {
    let name: string;
    do name = `definition_substitution_${++this.n}`;
    while (this.taken.has(name));
    this.substitutions[name] = value;
    return `\${${name}}`;
  }
}

/** SAM's inline `Definition`: every intrinsic inside becomes a placeholder. */
export function fromInlineDefinition(value: TemplateValue, path: (string | number)[], existing: Record<string, TemplateValue>): DefinitionWithSubstitutions {
  const lifter = new Lifter(new Set(Object.keys(existing)));
  const walk = (node: TemplateValue): TemplateValue => {
    if (isIntrinsic(node)) return lifter.lift(node);
    if (Array.isArray(node)) return node.map(walk);
    if (isObject(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v as TemplateValue)]));
    return node;
  };
  const definition = walk(value);
  return { definition: asStateMachine(definition, path), substitutions: { ...existing, ...lifter.substitutions } };
}

/**
 * `AWS::Partition` inside service integration ARNs (CDK writes `arn:${AWS::Partition}:states:::…`)
 * is read as `aws`, so the studio recognises the integration.
 */
const PARTITION = 'aws';
const isPartition = (value: TemplateValue): boolean => isObject(value) && value.Ref === 'AWS::Partition';

/** `${AWS::Region}` / `${Fn.Arn}` are not valid substitution keys: `AWSRegion`, `FnArn`. */
function keyFor(variable: string): string {
  return variable.replace(/[^A-Za-z0-9_]/g, '');
}

/** An `Fn::Sub` string → text with plain placeholders, and their values. */
function fromSub(arg: TemplateValue, subs: Record<string, TemplateValue>): string {
  const [text, vars] = Array.isArray(arg) ? [arg[0], arg[1]] : [arg, undefined];
  if (typeof text !== 'string') throw new TemplateReadError('unsupported-intrinsic', 'Fn::Sub needs a string as its first argument');
  const local = isObject(vars) ? vars : {};
  return text.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
    const variable = inner.trim();
    if (variable.startsWith('!')) return whole; // `${!Literal}` stays as written
    if (variable in local) {
      subs[variable] = local[variable] as TemplateValue;
      return whole;
    }
    if (variable === 'AWS::Partition') return PARTITION;
    const key = keyFor(variable);
    const dot = variable.indexOf('.');
    subs[key] = dot > 0 && !variable.includes('::')
      ? { 'Fn::GetAtt': [variable.slice(0, dot), variable.slice(dot + 1)] }
      : { Ref: variable };
    return `\${${key}}`;
  });
}

/** `DefinitionString` (or any string-valued intrinsic) → JSON text with placeholders. */
function stringWithPlaceholders(value: TemplateValue, subs: Record<string, TemplateValue>, lifter: Lifter, path: (string | number)[]): string {
  if (typeof value === 'string') return value;
  const fn = intrinsicName(value);
  if (fn === 'Fn::Sub' && isObject(value)) return fromSub(value['Fn::Sub'] as TemplateValue, subs);
  if (fn === 'Fn::Join' && isObject(value)) {
    const arg = value['Fn::Join'];
    if (!Array.isArray(arg) || typeof arg[0] !== 'string' || !Array.isArray(arg[1])) {
      throw new TemplateReadError('unsupported-intrinsic', 'Fn::Join needs [delimiter, [parts…]]', { path });
    }
    return arg[1].map((part) => (typeof part === 'string' ? part : isPartition(part) ? PARTITION : intrinsicName(part) === 'Fn::Sub' || intrinsicName(part) === 'Fn::Join'
      ? stringWithPlaceholders(part, subs, lifter, path)
      : lifter.lift(part))).join(arg[0]);
  }
  throw new TemplateReadError('unsupported-intrinsic', `DefinitionString built with ${fn ?? typeof value} cannot be read; expected a string, Fn::Sub or Fn::Join`, { path });
}

/** CloudFormation `DefinitionString`. */
export function fromDefinitionString(value: TemplateValue, path: (string | number)[], existing: Record<string, TemplateValue>): DefinitionWithSubstitutions {
  const subs: Record<string, TemplateValue> = { ...existing };
  const lifter = new Lifter(new Set(Object.keys(existing)));
  const text = stringWithPlaceholders(value, subs, lifter, path);
  const definition = parseAslText(text, path, 'DefinitionString');
  return { definition, substitutions: { ...subs, ...lifter.substitutions } };
}

/** A local `DefinitionUri` (files dropped with the template, keyed by relative path or file name). */
export function fromDefinitionUri(value: TemplateValue, path: (string | number)[], files: Record<string, string>, existing: Record<string, TemplateValue>): DefinitionWithSubstitutions {
  if (isObject(value) || (typeof value === 'string' && /^s3:\/\//i.test(value))) {
    throw new TemplateReadError('definition-uri-s3', 'DefinitionUri points to Amazon S3; download the definition file and open it together with the template', { path });
  }
  if (typeof value !== 'string') throw new TemplateReadError('definition-invalid', 'DefinitionUri must be a file path', { path });
  const wanted = normalize(value);
  const entries = Object.entries(files).map(([name, text]) => [normalize(name), text] as const);
  const found = entries.find(([name]) => name === wanted)
    ?? entries.find(([name]) => name.endsWith(`/${wanted}`) || wanted.endsWith(`/${name}`))
    ?? entries.find(([name]) => basename(name) === basename(wanted));
  if (!found) {
    throw new TemplateReadError('definition-uri-missing', `The definition file "${value}" (DefinitionUri) was not provided; open it together with the template`, { path }, [value]);
  }
  return { definition: parseAslText(found[1], path, value), substitutions: { ...existing } };
}

function normalize(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/{2,}/g, '/');
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function parseAslText(text: string, path: (string | number)[], what: string): StateMachine {
  const parsed = parseDefinition(text);
  const error = parsed.diagnostics.find((d) => d.severity === 'error');
  if (!parsed.definition || error) {
    throw new TemplateReadError('definition-invalid', `${what} is not valid JSON/YAML: ${error?.message ?? 'no definition'}`, { path });
  }
  return asStateMachine(parsed.definition as unknown as TemplateValue, path);
}

function asStateMachine(value: TemplateValue, path: (string | number)[]): StateMachine {
  if (!hasStateMachineShape(value)) {
    throw new TemplateReadError('definition-invalid', 'The definition is not a state machine (it needs StartAt and States, with a Type in every state, branch and Map processor)', { path });
  }
  return value;
}
