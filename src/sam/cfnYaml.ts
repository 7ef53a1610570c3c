/**
 * CloudFormation-flavoured YAML: the short-form intrinsic tags (`!Ref`, `!GetAtt`, `!Sub`, …) are
 * read into their long JSON forms, and long forms are written back as short tags.
 */
import * as YAML from 'yaml';
import type { YamlDialect } from '../asl/yamlPatch';
import { yamlExpansionProblem } from './yamlBudget';
import { Document, LineCounter, isMap, isScalar, parseDocument, Scalar, visit, type Node, type Pair, type ScalarTag, type CollectionTag, type YAMLMap, type YAMLSeq } from 'yaml';
import { TemplateReadError } from './errors';
import { indentFlowContinuations } from '../asl/flowIndent';
import { findDuplicateKeys, type DuplicateKey } from './duplicateKeys';
import { blockScalarPlace, definitionStringScalar, type TextPlace } from './scalarPlace';
import type { TemplateValue } from './intrinsics';

type ShortTag = ScalarTag | CollectionTag;

/** `!Name` → long-form key. */
function longName(short: string): string {
  return short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`;
}

const SHORT_NAMES = ['Ref', 'Condition', 'GetAtt', 'Sub', 'Join', 'Select', 'Split', 'If', 'Equals', 'FindInMap',
  'ImportValue', 'Base64', 'GetAZs', 'And', 'Or', 'Not', 'Cidr', 'Transform', 'Length', 'ToJsonString'];

function tagsFor(short: string): ShortTag[] {
  const key = longName(short);
  const scalar: ScalarTag = {
    tag: `!${short}`,
    // `!GetAtt Resource.Attribute` is the one scalar form with a structure of its own.
    resolve: (text: string) => ({
      [key]: short === 'GetAtt' ? splitGetAtt(text) : text,
    }),
  };
  const seq: CollectionTag = {
    tag: `!${short}`,
    collection: 'seq',
    resolve: (node) => ({ [key]: (node as YAMLSeq).toJSON() }) as unknown as YAMLSeq,
  };
  const map: CollectionTag = {
    tag: `!${short}`,
    collection: 'map',
    resolve: (node) => ({ [key]: (node as YAMLMap).toJSON() }) as unknown as YAMLMap,
  };
  return [scalar, seq, map];
}

function splitGetAtt(text: string): string[] {
  const dot = text.indexOf('.');
  return dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)];
}

/** Custom tags understood when reading a template. */
export const CFN_TAGS: ShortTag[] = SHORT_NAMES.flatMap(tagsFor);

/** The same tags kept as nodes (with their source ranges), for locating text inside `!Sub [ |, … ]`. */
const POSITION_TAGS: ShortTag[] = SHORT_NAMES.flatMap((short): ShortTag[] => [
  { tag: `!${short}`, resolve: (text: string) => text },
  { tag: `!${short}`, collection: 'seq', resolve: (node) => node },
  { tag: `!${short}`, collection: 'map', resolve: (node) => node },
]);

/**
 * Parse a YAML (or JSON) template. Throws TemplateReadError (with line and column) on a syntax
 * error; unknown `!Tags` are reported too, since their value would silently become a plain string.
 */
export function parseCfnYaml(text: string): TemplateValue {
  return readCfnYaml(text).value;
}

/** A parsed template with the duplicate keys it held (the last value of each was kept). */
export interface CfnYamlRead {
  value: TemplateValue;
  duplicateKeys: DuplicateKey[];
  /**
   * Where the characters of the `DefinitionString` at `path` were written in the file, when it is
   * a literal block (`DefinitionString: !Sub |`); undefined otherwise (JSON, folded or quoted text).
   */
  definitionStringPlace(path: (string | number)[]): TextPlace | undefined;
}

/** parseCfnYaml, also reporting duplicate mapping keys with their lines (JSON files included). */
export function readCfnYaml(text: string): CfnYamlRead {
  try {
    return parseCfnYamlText(text);
  } catch (e) {
    if (e instanceof TemplateReadError) throw e;
    throw new TemplateReadError('not-yaml', `The file cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function parseCfnYamlText(text: string): CfnYamlRead {
  let lineCounter = new LineCounter();
  let source = text;
  let doc = parseDocument(text, { customTags: CFN_TAGS, prettyErrors: false, uniqueKeys: false, lineCounter });
  if (doc.errors.some((e) => e.code === 'BAD_INDENT' || e.code === 'UNEXPECTED_TOKEN')) {
    // Read as PyYAML (the SAM CLI) does: indentation inside `{ … }` / `[ … ]` does not matter.
    const relaxedCounter = new LineCounter();
    const relaxedText = indentFlowContinuations(text);
    const relaxed = parseDocument(relaxedText, { customTags: CFN_TAGS, prettyErrors: false, uniqueKeys: false, lineCounter: relaxedCounter });
    if (relaxed.errors.length === 0) {
      doc = relaxed;
      lineCounter = relaxedCounter;
      source = relaxedText;
    }
  }
  const problem = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (problem) {
    const pos = lineCounter.linePos(problem.pos[0]);
    throw new TemplateReadError(
      'not-yaml',
      `The file is not valid YAML or JSON: ${problem.message.split('\n')[0]}`,
      { line: pos.line, column: pos.col },
    );
  }
  const tooBig = yamlExpansionProblem(doc);
  if (tooBig) {
    const pos = lineCounter.linePos(tooBig.offset);
    throw new TemplateReadError('not-yaml', tooBig.message, { line: pos.line, column: pos.col });
  }
  try {
    const value = doc.toJS({ maxAliasCount: 1000 }) as TemplateValue;
    // Read again on first use only, with the tags kept as nodes: the resolved document has turned
    // `!Sub [ … ]` into a plain object without positions.
    let positions: { doc: Document; lines: LineCounter } | undefined;
    const definitionStringPlace = (path: (string | number)[]) => {
      if (!positions) {
        const lines = new LineCounter();
        positions = { doc: parseDocument(source, { customTags: POSITION_TAGS, prettyErrors: false, uniqueKeys: false, lineCounter: lines }), lines };
      }
      const scalar = definitionStringScalar(positions.doc.getIn(path, true));
      return scalar ? blockScalarPlace(scalar, source, positions.lines) : undefined;
    };
    return { value, duplicateKeys: findDuplicateKeys(doc.contents, lineCounter), definitionStringPlace };
  } catch (e) {
    // The yaml library refuses excessive aliases with a ReferenceError; a deep document overflows
    // the stack: either way the caller gets the error type it was promised.
    throw new TemplateReadError('not-yaml', `The file cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The scalar/collection node that becomes the tagged short form of a long-form intrinsic pair. */
function shortForm(pair: Pair): Node | undefined {
  if (!isScalar(pair.key) || typeof pair.key.value !== 'string') return undefined;
  const key = pair.key.value;
  const short = key === 'Ref' ? 'Ref' : key.startsWith('Fn::') ? key.slice(4) : undefined;
  if (!short || !SHORT_NAMES.includes(short)) return undefined;
  const value = pair.value as Node | null;
  if (!value) return undefined;
  if (short === 'GetAtt' && !isScalar(value)) {
    // `!GetAtt A.B` reads better than the two-item list when both parts are plain strings.
    const items = (value as YAMLSeq).items;
    if (items.length === 2 && items.every((i) => isScalar(i) && typeof i.value === 'string')) {
      const node = new Scalar(`${(items[0] as Scalar).value}.${(items[1] as Scalar).value}`);
      node.tag = '!GetAtt';
      return node;
    }
  }
  value.tag = `!${short}`;
  return value;
}

/** Write a template as YAML, intrinsic functions as short-form tags. */
export function stringifyCfnYaml(value: unknown, indent = 2): string {
  // YAML 1.1 rules when writing: PyYAML-based tools (SAM CLI) read unquoted OFF, yes, 2010-09-09 as booleans and dates.
  const doc = new Document(value, { aliasDuplicateObjects: false, version: '1.1' });
  visit(doc, {
    Map(_key, node) {
      if (!isMap(node) || node.items.length !== 1) return undefined;
      const replacement = shortForm(node.items[0] as Pair);
      return replacement ?? undefined;
    },
  });
  return doc.toString({ lineWidth: 0, indent });
}

/** `{ "Ref": … }`, `{ "Fn::GetAtt": … }`, …: written as one short-form tag. */
function isIntrinsic(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0]!.startsWith('Fn::'));
}

/** Template YAML for minimal in-place edits (`patchYamlText`): short-form tags read and written. */
export function cfnYamlDialect(): YamlDialect {
  return {
    yaml: YAML,
    parse: (text) => parseDocument(text, { customTags: CFN_TAGS, prettyErrors: false, uniqueKeys: false }),
    toValue: (doc) => doc.toJS({ maxAliasCount: 1000 }) as unknown,
    render: (value, indent) => stringifyCfnYaml(value, indent).replace(/\n$/, ''),
    atomic: isIntrinsic,
  };
}
