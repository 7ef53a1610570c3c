/**
 * Apply a definition change to existing text as minimal edits, so the user's indentation, key
 * order and comments survive (jsonc-parser `modify`), plus helpers that map JSON paths to text
 * ranges and back (Monaco markers, reveal, selection sync).
 */
import {
  applyEdits as jsoncApplyEdits,
  findNodeAtLocation,
  findNodeAtOffset,
  format,
  getNodePath,
  modify,
  parseTree,
  type FormattingOptions,
  type JSONPath,
  type ModificationOptions,
  type Node,
} from 'jsonc-parser';
import { detectFormat, parseJsonValue } from './parse';
import { serializeDefinition } from './serialize';
import type { TextRange } from './types';
import { valueModifications } from './valueDiff';
import { yamlIfLoaded, yamlPatcherIfLoaded } from './yamlSupport';
import { isObj } from './objects';

/** Replace `length` characters at `offset` with `content` (offsets into the original text). */
export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

/** Indentation and line ending used by a text (defaults: 2 spaces, `\n`). */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /\n([ \t]+)\S/.exec(text);
  const unit = indented?.[1] ?? '  ';
  if (unit.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: Math.max(1, Math.min(8, unit.length)), eol };
}

/** Apply edits expressed in the coordinates of `text`. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  return jsoncApplyEdits(text, [...edits]);
}

/**
 * The parse tree of the last text asked about. Editing a large document re-parses it once per
 * edit; `warmTextTree` lets a caller do that parse in idle time, off the next edit's path.
 */
let treeCache: { text: string; root: Node | undefined } | undefined;

function treeOf(text: string): Node | undefined {
  if (treeCache?.text === text) return treeCache.root;
  const root = parseTree(text);
  treeCache = { text, root };
  return root;
}

/** Parses `text` now so that the next computeTextEdits / locate call on it is fast. */
export function warmTextTree(text: string): void {
  treeOf(text);
}


/**
 * Fold an edit made on `current` (the text after `acc` was applied to the original) into `acc`,
 * keeping `acc` sorted, non-overlapping and in original coordinates. Touching edits merge.
 */
function compose(acc: TextEdit[], edit: TextEdit, next: string): TextEdit[] {
  const start = edit.offset;
  const end = edit.offset + edit.length;
  let shift = 0; // current − original, for positions before the group
  let cs = start;
  let ce = end;
  let groupDelta = 0;
  const before: TextEdit[] = [];
  const after: TextEdit[] = [];
  let groupStart: number | undefined;
  let groupEnd: number | undefined;
  let running = 0;
  for (const a of acc) {
    const curStart = a.offset + running;
    const curEnd = curStart + a.content.length;
    const delta = a.content.length - a.length;
    if (curEnd < start) {
      before.push(a);
      shift += delta;
    } else if (curStart > end) {
      after.push(a);
    } else {
      cs = Math.min(cs, curStart);
      ce = Math.max(ce, curEnd);
      groupDelta += delta;
      groupStart = Math.min(groupStart ?? a.offset, a.offset);
      groupEnd = Math.max(groupEnd ?? a.offset + a.length, a.offset + a.length);
    }
    running += delta;
  }
  const os = cs - shift;
  const oe = ce - shift - groupDelta;
  const merged: TextEdit = {
    offset: Math.min(os, groupStart ?? os),
    length: Math.max(oe, groupEnd ?? oe) - Math.min(os, groupStart ?? os),
    content: next.slice(cs, ce + edit.content.length - edit.length),
  };
  return [...before, merged, ...after];
}

/**
 * jsonc `modify` without its own formatting (which reformats the whole lines around an insertion,
 * e.g. a neighbour's one-line object), then formatting only the inserted text and its edges.
 */
function formattedModify(text: string, path: JSONPath, value: unknown, formatting: FormattingOptions, options: Omit<ModificationOptions, 'formattingOptions'>): TextEdit[] {
  return modify(text, path, value, options).map((raw) => {
    const insertion = raw.length === 0;
    // Removals and scalar replacements need no layout; objects and arrays are laid out like the text.
    if (raw.content.length === 0 || (!insertion && !/^[[{]/.test(raw.content))) return raw;
    const applied = jsoncApplyEdits(text, [raw]);
    // An insertion also lays out the separators around it (one character either side).
    const start = insertion ? Math.max(0, raw.offset - 1) : raw.offset;
    const end = Math.min(applied.length, raw.offset + raw.content.length + (insertion ? 1 : 0));
    const formatted = jsoncApplyEdits(applied, format(applied, { offset: start, length: end - start }, { ...formatting, keepLines: false }));
    // Shrink to the changed part, but never below the raw edit's own range.
    let prefix = 0;
    while (prefix < raw.offset && text[prefix] === formatted[prefix]) prefix++;
    const tail = text.length - raw.offset - raw.length;
    let suffix = 0;
    while (suffix < tail && text[text.length - 1 - suffix] === formatted[formatted.length - 1 - suffix]) suffix++;
    return { offset: prefix, length: text.length - prefix - suffix, content: formatted.slice(prefix, formatted.length - suffix) };
  });
}

/**
 * Minimal edits turning JSON `text` into text whose value deep-equals `next`. YAML text or text
 * that does not parse gets one full replacement. `previous`, when given, must be the value the
 * text holds (the store knows it): it saves parsing the text and lets identity skip unchanged parts.
 */
export function computeTextEdits(text: string, next: unknown, previous?: unknown): TextEdit[] {
  const formatting = detectFormatting(text);
  const format = detectFormat(text);
  const current: unknown = format !== 'json' ? undefined : previous !== undefined ? previous : parseJsonValue(text);
  const yaml = format === 'yaml' ? yamlIfLoaded() : undefined;
  const patcher = yamlPatcherIfLoaded();
  if (yaml && patcher && isObj(next)) {
    // YAML: the changed nodes are spliced in place, so comments and layout survive.
    const patched = patcher.patchYamlText(text, next, patcher.aslYamlDialect(yaml), previous);
    if (patched !== undefined) return patcher.spanEdit(text, patched);
  }
  if (format === 'yaml' || !isObj(current) || !isObj(next)) {
    const indent = formatting.insertSpaces ? formatting.tabSize ?? 2 : 2;
    const content = serializeDefinition(next, { format, indent });
    return content === text ? [] : [{ offset: 0, length: text.length, content }];
  }
  const modifications = valueModifications(current, next);
  let working = text;
  let acc: TextEdit[] = [];
  for (const m of modifications) {
    if (m.renameTo !== undefined) {
      const key = innermost(treeOf(working), m.path)?.parent?.children?.[0];
      if (key) {
        const e: TextEdit = { offset: key.offset, length: key.length, content: JSON.stringify(m.renameTo) };
        const nextText = jsoncApplyEdits(working, [e]);
        acc = compose(acc, e, nextText);
        working = nextText;
        continue;
      }
    }
    const scalar = m.value === null || ['string', 'number', 'boolean'].includes(typeof m.value);
    if (scalar && !m.newKey && !m.arrayInsertion) {
      // Replacing a scalar in place: its text range comes from the (usually warm) parse tree.
      const node = innermost(treeOf(working), m.path);
      if (node && node.type !== 'object' && node.type !== 'array') {
        const e: TextEdit = { offset: node.offset, length: node.length, content: JSON.stringify(m.value) };
        const nextText = jsoncApplyEdits(working, [e]);
        acc = compose(acc, e, nextText);
        working = nextText;
        continue;
      }
    }
    const after = m.after;
    const options = {
      isArrayInsertion: m.arrayInsertion ?? false,
      ...(m.newKey ? { getInsertionIndex: (props: string[]) => (after === undefined ? 0 : props.indexOf(after) + 1 || props.length) } : {}),
    };
    const local = enclosingText(working, m.path);
    const edits = local
      ? formattedModify(local.text, local.path, m.value, formatting, options).map((e) => ({ ...e, offset: e.offset + local.base }))
      : formattedModify(working, m.path, m.value, formatting, options);
    for (const e of edits) {
      const nextText = jsoncApplyEdits(working, [e]);
      acc = compose(acc, e, nextText);
      working = nextText;
    }
  }
  return acc;
}

/**
 * The text of the object or array that holds `path`'s last segment, so `modify` can work on a
 * few lines instead of re-parsing a large document. The container's line indentation is kept in
 * front of it, so every line after the first sits exactly as in the document and jsonc's
 * formatter indents insertions the same way.
 */
function enclosingText(text: string, path: JSONPath): { text: string; path: JSONPath; base: number } | undefined {
  if (path.length < 2 || text.length < 20_000) return undefined;
  const container = innermost(treeOf(text), path.slice(0, -1));
  if (!container || (container.type !== 'object' && container.type !== 'array')) return undefined;
  const lineStart = text.lastIndexOf('\n', container.offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, container.offset))?.[0] ?? '';
  return {
    text: indent + text.slice(container.offset, container.offset + container.length),
    path: path.slice(-1),
    base: container.offset - indent.length,
  };
}

function innermost(root: Node | undefined, path: JSONPath): Node | undefined {
  return root ? findNodeAtLocation(root, path) : undefined;
}

/** Which part of a property to locate: its value, its key, or key and value together. */
export type LocatePart = 'value' | 'key' | 'property';

/** Text range of the value at `jsonPath` (or its key / whole property), undefined when absent. */
export function locateJsonPath(text: string, jsonPath: readonly (string | number)[], part: LocatePart = 'value'): TextRange | undefined {
  const node = innermost(treeOf(text), [...jsonPath]);
  if (!node) return undefined;
  const property = node.parent?.type === 'property' ? node.parent : undefined;
  const target = part === 'value' || !property ? node : part === 'key' ? property.children?.[0] ?? node : property;
  return { offset: target.offset, length: target.length };
}

/** Like locateJsonPath, falling back to the deepest ancestor that exists (for markers on missing fields). */
export function locateNearestJsonPath(text: string, jsonPath: readonly (string | number)[], part: LocatePart = 'key'): TextRange | undefined {
  const root = treeOf(text);
  for (let n = jsonPath.length; n >= 0; n--) {
    if (!innermost(root, jsonPath.slice(0, n))) continue;
    return locateJsonPath(text, jsonPath.slice(0, n), n === jsonPath.length ? part : 'key');
  }
  return undefined;
}

/** JSON path of the innermost value (or property key) at a cursor offset; [] outside any value. */
export function jsonPathAtOffset(text: string, offset: number): (string | number)[] {
  const root = treeOf(text);
  if (!root) return [];
  const node = findNodeAtOffset(root, offset, true);
  if (!node) return [];
  if (node.type === 'property') {
    const key = node.children?.[0];
    const path = node.parent ? getNodePath(node.parent) : [];
    return typeof key?.value === 'string' ? [...path, key.value] : path;
  }
  return getNodePath(node);
}
