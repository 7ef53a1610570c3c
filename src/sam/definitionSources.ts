/**
 * Getting the ASL out of a state machine resource: inline `Definition` (intrinsics lifted into
 * `${definition_substitution_N}` as SAM does), `DefinitionString` (a string, `Fn::Sub`, `Fn::Join`),
 * or a local `DefinitionUri` file provided alongside the template.
 */
import { hasStateMachineShape } from '../asl/shape';
import { parseDefinition } from '../asl/parse';
import { lineColumn } from '../asl/textPosition';
import type { StateMachine } from '../asl/types';
import { readCfnYaml } from './cfnYaml';
import type { TextPlace } from './scalarPlace';
import type { DuplicateKey } from './duplicateKeys';
import { TemplateReadError } from './errors';
import { intrinsicName, isIntrinsic, isObject, type TemplateValue } from './intrinsics';

export interface DefinitionWithSubstitutions {
  definition: StateMachine;
  /** Values for the placeholders, as written in the template (long-form intrinsics). */
  substitutions: Record<string, TemplateValue>;
  /** Keys the definition text repeats (a `DefinitionString` or `DefinitionUri` file), located in that text. */
  duplicateKeys?: DuplicateKey[];
}

/**
 * Definition text and where its characters were written: `offset` maps an offset of `text` to one
 * of `written` (they differ when `Fn::Sub` placeholders were renamed), so a problem is reported at
 * the line and column the user sees in the template's string.
 */
interface LocatedText {
  text: string;
  written: string;
  offset(textOffset: number): number;
  /** What the line and column count from, for messages. */
  name: string;
  /** Where a character of `written` is in the template file, when that maps line for line (a `|` block). */
  place?: TextPlace | undefined;
}

const unchanged = (text: string, name: string): LocatedText => ({ text, written: text, offset: (o) => o, name });

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

/** A placeholder rewritten by `fromSub`: `length` characters at `at` in the written text became `replacement` characters. */
interface Rewrite {
  at: number;
  length: number;
  replacement: number;
}

/** An `Fn::Sub` string → text with plain placeholders (located in the string as written), and their values. */
function fromSub(arg: TemplateValue, subs: Record<string, TemplateValue>): LocatedText {
  const [text, vars] = Array.isArray(arg) ? [arg[0], arg[1]] : [arg, undefined];
  if (typeof text !== 'string') throw new TemplateReadError('unsupported-intrinsic', 'Fn::Sub needs a string as its first argument');
  const local = isObject(vars) ? vars : {};
  const rewrites: Rewrite[] = [];
  const rewrite = (whole: string, at: number, replacement: string): string => {
    if (replacement !== whole) rewrites.push({ at, length: whole.length, replacement: replacement.length });
    return replacement;
  };
  const out = text.replace(/\$\{([^}]*)\}/g, (whole, inner: string, at: number) => {
    const variable = inner.trim();
    if (variable.startsWith('!')) return whole; // `${!Literal}` stays as written
    if (variable in local) {
      subs[variable] = local[variable] as TemplateValue;
      return whole;
    }
    if (variable === 'AWS::Partition') return rewrite(whole, at, PARTITION);
    const key = keyFor(variable);
    const dot = variable.indexOf('.');
    subs[key] = dot > 0 && !variable.includes('::')
      ? { 'Fn::GetAtt': [variable.slice(0, dot), variable.slice(dot + 1)] }
      : { Ref: variable };
    return rewrite(whole, at, `\${${key}}`);
  });
  return { text: out, written: text, offset: writtenOffset(rewrites), name: 'DefinitionString' };
}

/** Offset in the rewritten text → offset in the written one (inside a rewritten placeholder: its start). */
function writtenOffset(rewrites: Rewrite[]): (textOffset: number) => number {
  return (textOffset) => {
    let shift = 0; // characters the rewrites before this point added
    for (const r of rewrites) {
      const start = r.at + shift;
      if (textOffset < start) break;
      if (textOffset < start + r.replacement) return r.at;
      shift += r.replacement - r.length;
    }
    return textOffset - shift;
  };
}

/** `DefinitionString` (or any string-valued intrinsic) → JSON text with placeholders. */
function stringWithPlaceholders(value: TemplateValue, subs: Record<string, TemplateValue>, lifter: Lifter, path: (string | number)[]): LocatedText {
  if (typeof value === 'string') return unchanged(value, 'DefinitionString');
  const fn = intrinsicName(value);
  if (fn === 'Fn::Sub' && isObject(value)) return fromSub(value['Fn::Sub'] as TemplateValue, subs);
  if (fn === 'Fn::Join' && isObject(value)) {
    const arg = value['Fn::Join'];
    if (!Array.isArray(arg) || typeof arg[0] !== 'string' || !Array.isArray(arg[1])) {
      throw new TemplateReadError('unsupported-intrinsic', 'Fn::Join needs [delimiter, [parts…]]', { path });
    }
    const joined = arg[1].map((part) => (typeof part === 'string' ? part : isPartition(part) ? PARTITION : intrinsicName(part) === 'Fn::Sub' || intrinsicName(part) === 'Fn::Join'
      ? stringWithPlaceholders(part, subs, lifter, path).text
      : lifter.lift(part))).join(arg[0]);
    // No single string was written: lines and columns count in the joined text.
    return unchanged(joined, 'DefinitionString (as joined by Fn::Join)');
  }
  throw new TemplateReadError('unsupported-intrinsic', `DefinitionString built with ${fn ?? typeof value} cannot be read; expected a string, Fn::Sub or Fn::Join`, { path });
}

/**
 * CloudFormation `DefinitionString`.
 * @param place where the written string's characters are in the template (a `DefinitionString: !Sub |`
 *   block): then problems are located on the template's lines; otherwise in the string
 */
export function fromDefinitionString(value: TemplateValue, path: (string | number)[], existing: Record<string, TemplateValue>, place?: TextPlace): DefinitionWithSubstitutions {
  const subs: Record<string, TemplateValue> = { ...existing };
  const lifter = new Lifter(new Set(Object.keys(existing)));
  const read = stringWithPlaceholders(value, subs, lifter, path);
  // A Fn::Join result was never written as one string: it has no place in the file.
  const located = place && read.name === 'DefinitionString' ? { ...read, place } : read;
  const { definition, duplicateKeys } = parseAslText(located, path);
  return { definition, substitutions: { ...subs, ...lifter.substitutions }, ...(duplicateKeys.length > 0 ? { duplicateKeys } : {}) };
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
  const { definition, duplicateKeys } = parseAslText(unchanged(found[1], value), path);
  return { definition, substitutions: { ...existing }, ...(duplicateKeys.length > 0 ? { duplicateKeys } : {}) };
}

function normalize(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/{2,}/g, '/');
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/**
 * The definition in a text, with the keys it repeats. Step Functions rejects a definition that
 * repeats a key; like an inline definition, it is opened (the last value kept) with each repeat
 * located in the text, so the user can fix it before deploying.
 */
function parseAslText(located: LocatedText, path: (string | number)[]): { definition: StateMachine; duplicateKeys: DuplicateKey[] } {
  const parsed = parseDefinition(located.text);
  if (parsed.format === 'yaml') return parseAslYaml(located, path);
  const place = located.place;
  const at = (textOffset: number) => {
    const inString = lineColumn(located.written, located.offset(textOffset));
    return place ? place(inString) : inString;
  };
  // Counted in the template's lines, a position needs no "of DefinitionString".
  const inText = place ? {} : { in: located.name };
  const duplicateKeys: DuplicateKey[] = [];
  for (const d of parsed.diagnostics) {
    if (d.code !== 'DUPLICATE_KEY' || !d.range) continue;
    duplicateKeys.push({ key: String(d.path[d.path.length - 1]), path: [...path, ...d.path], ...at(d.range.offset), ...inText });
  }
  const error = parsed.diagnostics.find((d) => d.severity === 'error' && d.code !== 'DUPLICATE_KEY');
  if (!parsed.definition || error) {
    const where = error?.range ? at(error.range.offset) : undefined;
    const message = `${located.name} is not valid JSON/YAML`;
    const reason = error?.message ?? 'no definition';
    // On the template's lines the position is the error's location; inside the string, the message says where.
    if (place && where) throw new TemplateReadError('definition-invalid', `${message}: ${reason}`, { path, line: where.line, column: where.column });
    throw new TemplateReadError('definition-invalid', `${message}${where ? ` (line ${where.line}, column ${where.column} of ${located.name})` : ''}: ${reason}`, { path });
  }
  return { definition: asStateMachine(parsed.definition as unknown as TemplateValue, path), duplicateKeys };
}

/** A YAML definition (a `DefinitionUri` file): read as templates are, so repeated keys are located instead of refused. */
function parseAslYaml(located: LocatedText, path: (string | number)[]): { definition: StateMachine; duplicateKeys: DuplicateKey[] } {
  let read;
  try {
    read = readCfnYaml(located.text);
  } catch (error) {
    if (!(error instanceof TemplateReadError)) throw error;
    const loc = error.location;
    const where = loc?.line !== undefined ? ` (line ${loc.line}, column ${loc.column ?? 1} of ${located.name})` : '';
    throw new TemplateReadError('definition-invalid', `${located.name} is not valid JSON/YAML${where}: ${error.message.replace(/^The file is not valid YAML or JSON: /, '')}`, { path });
  }
  // Lines of YAML built by Fn::Sub count in the substituted text (placeholders are rarely renamed there).
  const duplicateKeys = read.duplicateKeys.map((d) => ({ ...d, path: [...path, ...d.path], in: located.name }));
  return { definition: asStateMachine(read.value, path), duplicateKeys };
}

function asStateMachine(value: TemplateValue, path: (string | number)[]): StateMachine {
  if (!hasStateMachineShape(value)) {
    throw new TemplateReadError('definition-invalid', 'The definition is not a state machine (it needs StartAt and States, with a Type in every state, branch and Map processor)', { path });
  }
  return value;
}
