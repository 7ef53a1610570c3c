/**
 * Format-agnostic JSON-path ↔ text-range lookups over ONE parse of the text (JSON through
 * jsonc-parser's tree, YAML through ./yamlPaths), so placing many markers in a large document
 * stays cheap.
 */
import { findNodeAtLocation, findNodeAtOffset, getNodePath, parseTree, type Node } from 'jsonc-parser';
import { parseDocument } from 'yaml';
import type { LocatePart, TextRange } from '../../asl';
import { locateInYaml, yamlPathAt } from './yamlPaths';

export type TextFormat = 'json' | 'yaml';
type Path = readonly (string | number)[];

export interface TextLocator {
  /** Range of the value at `path` (or its key, or key + value); undefined when absent. */
  locate(path: Path, part?: LocatePart): TextRange | undefined;
  /** Like `locate`, falling back to the key of the deepest ancestor that exists. */
  locateNearest(path: Path, part?: LocatePart): TextRange | undefined;
  /** JSON path of the innermost value or property at `offset`. */
  pathAt(offset: number): (string | number)[];
}

export function createLocator(text: string, format: TextFormat): TextLocator {
  const locate = format === 'json' ? jsonLocate(parseTree(text)) : yamlLocate(text);
  const pathAt = format === 'json' ? jsonPathAt(parseTree(text)) : yamlPathAt(parseDocument(text));
  return {
    locate: (path, part = 'value') => locate(path, part),
    locateNearest(path, part = 'key') {
      for (let n = path.length; n >= 0; n--) {
        const range = locate(path.slice(0, n), n === path.length ? part : 'key');
        if (range) return range;
      }
      return undefined;
    },
    pathAt,
  };
}

function jsonLocate(root: Node | undefined) {
  return (path: Path, part: LocatePart): TextRange | undefined => {
    const node = root ? findNodeAtLocation(root, [...path]) : undefined;
    if (!node) return undefined;
    const property = node.parent?.type === 'property' ? node.parent : undefined;
    const target = part === 'value' || !property ? node : part === 'key' ? property.children?.[0] ?? node : property;
    return { offset: target.offset, length: target.length };
  };
}

function jsonPathAt(root: Node | undefined) {
  return (offset: number): (string | number)[] => {
    const node = root ? findNodeAtOffset(root, offset, true) : undefined;
    if (!node) return [];
    if (node.type === 'property') {
      const key = node.children?.[0];
      const path = node.parent ? getNodePath(node.parent) : [];
      return typeof key?.value === 'string' ? [...path, key.value] : path;
    }
    return getNodePath(node);
  };
}

function yamlLocate(text: string) {
  const doc = parseDocument(text);
  return (path: Path, part: LocatePart) => locateInYaml(doc, text, path, part);
}
