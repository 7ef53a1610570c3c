/**
 * Reading a workflow's definition text out of its file, and writing an edited text back into the
 * right place: the ASL / DefinitionUri file as the studio sends it (already patched minimally), or
 * the inline `Definition` of a template, leaving the rest of the template text as it was.
 */
import { createHash } from 'node:crypto';
import { parseDocument, isMap, isPair, isScalar, type Node, type Pair } from 'yaml';
import { parseDefinition } from '../asl/parse';
import { applyTextEdits, computeTextEdits } from '../asl/textPatch';
import { readTemplate, stringifyCfnYaml } from '../sam';
import { isObject } from '../sam/intrinsics';
import { cfnYamlDialect, parseCfnYaml } from '../sam/cfnYaml';
import { patchYamlText } from '../asl/yamlPatch';
import type { WorkflowEntry } from './discover';
import type { WorkflowSettings } from '../asl/types';

export const versionOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Placeholders readTemplate made up for intrinsics inside an inline Definition, and their values. */
function liftedSubstitutions(templateText: string, logicalId: string): { definition: unknown; lifted: Record<string, unknown> } {
  const read = readTemplate(templateText);
  const machine = read.stateMachines.find((m) => m.logicalId === logicalId);
  if (!machine) {
    const skipped = read.skipped.find((s) => s.logicalId === logicalId);
    throw skipped?.error ?? new Error(`No state machine ${logicalId} in the template.`);
  }
  const template = parseCfnYaml(templateText) as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
  const own = template.Resources?.[logicalId]?.Properties?.DefinitionSubstitutions;
  const lifted = Object.fromEntries(Object.entries(machine.substitutions).filter(([k]) => k.startsWith('definition_substitution_') && !(isObject(own) && k in own)));
  return { definition: machine.definition, lifted };
}

/** The definition text the studio edits for an inline Definition (JSON, placeholders for intrinsics). */
export function inlineDefinitionText(templateText: string, logicalId: string): string {
  return `${JSON.stringify(liftedSubstitutions(templateText, logicalId).definition, null, 2)}\n`;
}

/** Puts the intrinsics back where readTemplate lifted them into `${definition_substitution_N}`. */
function restoreIntrinsics(value: unknown, lifted: Record<string, unknown>): unknown {
  if (typeof value === 'string') {
    const m = /^\$\{(definition_substitution_\d+)\}$/.exec(value);
    return m && m[1]! in lifted ? lifted[m[1]!] : value;
  }
  if (Array.isArray(value)) return value.map((v) => restoreIntrinsics(v, lifted));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restoreIntrinsics(v, lifted)]));
  return value;
}

function indentBlock(text: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return text.split('\n').map((line) => (line ? pad + line : line)).join('\n');
}

/** Text range of `Resources.<id>.Properties.Definition`'s value in a YAML template. */
function yamlDefinitionRange(templateText: string, logicalId: string): { start: number; end: number; keyIndent: number } {
  const doc = parseDocument(templateText, { keepSourceTokens: false, uniqueKeys: false });
  const pair = doc.getIn(['Resources', logicalId, 'Properties'], true) as Node | undefined;
  if (!isMap(pair)) throw new Error(`Resources.${logicalId}.Properties is not a mapping.`);
  const item = pair.items.find((p): p is Pair<Node, Node> => isPair(p) && isScalar(p.key) && p.key.value === 'Definition');
  if (!item?.value?.range || !item.key?.range) throw new Error(`Resources.${logicalId}.Properties has no Definition.`);
  const keyStart = item.key.range[0];
  const lineStart = templateText.lastIndexOf('\n', keyStart - 1) + 1;
  return { start: item.value.range[0], end: item.value.range[1], keyIndent: keyStart - lineStart };
}

/**
 * The template text with the inline Definition of `logicalId` replaced by `definitionText`'s
 * definition. JSON templates get minimal JSON edits; YAML templates get the Definition block
 * patched node by node (comments inside the Definition kept); only when that cannot be done is the
 * Definition block rewritten as a whole (the rest of the file is kept byte for byte either way).
 */
export function replaceInlineDefinition(templateText: string, logicalId: string, definitionText: string): string {
  const parsed = parseDefinition(definitionText);
  if (!parsed.definition) throw new Error(`The definition is not valid JSON/YAML: ${parsed.diagnostics[0]?.message ?? ''}`);
  const { lifted } = liftedSubstitutions(templateText, logicalId);
  const next = restoreIntrinsics(parsed.definition, lifted);
  if (templateText.trimStart().startsWith('{')) {
    const previous = JSON.parse(templateText) as Record<string, unknown>;
    const updated = structuredClone(previous) as { Resources: Record<string, { Properties: Record<string, unknown> }> };
    updated.Resources[logicalId]!.Properties.Definition = next;
    return applyTextEdits(templateText, computeTextEdits(templateText, updated, previous));
  }
  // Only the changed nodes of the Definition are rewritten: comments inside it survive.
  const template = parseCfnYaml(templateText) as { Resources: Record<string, { Properties: Record<string, unknown> }> };
  const updated = structuredClone(template);
  updated.Resources[logicalId]!.Properties.Definition = next;
  const patched = patchYamlText(templateText, updated, cfnYamlDialect(), template);
  if (patched !== undefined) return patched;
  const range = yamlDefinitionRange(templateText, logicalId);
  const block = stringifyCfnYaml(next).replace(/\n$/, '');
  // The block replaces the value from the start of its line (a flow value on the key's line moves below it).
  let start = range.start;
  while (start > 0 && templateText[start - 1] === ' ') start--;
  const replacement = `${templateText[start - 1] === '\n' ? '' : '\n'}${indentBlock(block, range.keyIndent + 2)}`;
  const end = templateText[range.end - 1] === '\n' ? range.end - 1 : range.end;
  return templateText.slice(0, start) + replacement + templateText.slice(end);
}

export function isInline(entry: WorkflowEntry): boolean {
  return entry.kind === 'Definition';
}

/** A definition that stands in for one that cannot be read, so the settings can still be. */
const STAND_IN = '{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}';

/**
 * The settings of a template's state machine as Config mode shows them (readTemplate's reading),
 * with the definition file's text for a DefinitionUri machine; a broken definition does not hide them.
 */
export function templateSettingsOf(templateText: string, logicalId: string, definitionUri?: { name: string; text: string }): WorkflowSettings {
  const read = (text: string | undefined) => readTemplate(templateText, definitionUri ? { [definitionUri.name]: text ?? STAND_IN } : {})
    .stateMachines.find((m) => m.logicalId === logicalId)?.settings;
  let settings: WorkflowSettings | undefined;
  try {
    settings = read(definitionUri?.text);
  } catch {
    settings = definitionUri ? read(STAND_IN) : undefined;
  }
  return { ...(settings ?? {}), name: settings?.name ?? logicalId };
}
