/**
 * CloudFormation intrinsic functions in their long (JSON) form: `{ "Ref": … }`, `{ "Fn::GetAtt": … }`.
 * Templates are handled as plain JSON values with these objects inside; the YAML layer
 * (`cfnYaml.ts`) turns them into short-form tags and back.
 */
import { isObj } from '../asl/objects';

/** A JSON-like template value (what JSON.parse / YAML parsing of a template gives). */
export type TemplateValue = null | boolean | number | string | TemplateValue[] | { [key: string]: TemplateValue };
export type TemplateObject = { [key: string]: TemplateValue };

/** Functions that have a YAML short form `!Name` (long form `Fn::Name`, except `Ref` and `Condition`). */
export const INTRINSIC_NAMES = [
  'Ref', 'Condition', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Join', 'Fn::Select', 'Fn::Split', 'Fn::If',
  'Fn::Equals', 'Fn::FindInMap', 'Fn::ImportValue', 'Fn::Base64', 'Fn::GetAZs', 'Fn::And', 'Fn::Or',
  'Fn::Not', 'Fn::Cidr', 'Fn::Transform', 'Fn::Length', 'Fn::ToJsonString',
] as const;

/** CloudFormation pseudo parameters (valid `Ref` targets without a declaration). */
export const PSEUDO_PARAMETERS = [
  'AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region',
  'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix',
] as const;

/** A template object (the one JSON-object test, under the name the template code uses). */
export { isObj as isObject };

/** The function name when `value` is a one-key intrinsic object (`Ref` or `Fn::…`), else undefined. */
export function intrinsicName(value: unknown): string | undefined {
  if (!isObj(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  return key === 'Ref' || key.startsWith('Fn::') ? key : undefined;
}

export function isIntrinsic(value: unknown): value is Record<string, TemplateValue> {
  return intrinsicName(value) !== undefined;
}

export const ref = (name: string): TemplateObject => ({ Ref: name });
export const getAtt = (resource: string, attribute: string): TemplateObject => ({ 'Fn::GetAtt': [resource, attribute] });
export const sub = (text: string, vars?: Record<string, TemplateValue>): TemplateObject =>
  ({ 'Fn::Sub': vars && Object.keys(vars).length > 0 ? [text, vars] : text });
/** `!Select [index, !Split [separator, source]]`: one segment of an ARN or URL at deploy time. */
export const selectSegment = (index: number, separator: string, source: TemplateValue): TemplateObject =>
  ({ 'Fn::Select': [index, { 'Fn::Split': [separator, source] }] });

/** `${Name}` variables of an `Fn::Sub` string, without the `${!Literal}` escapes. */
export function subVariables(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\$\{([^}!][^}]*)\}/g)) names.push((match[1] as string).trim());
  return names;
}
