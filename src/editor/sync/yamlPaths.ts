/**
 * JSON-path ↔ text-range mapping for the YAML view, over a parsed `yaml` Document (its nodes
 * carry source ranges). The JSON view uses jsonc-parser (see ./textLocation).
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { LocatePart, TextRange } from '../../asl';

type Path = readonly (string | number)[];

interface Found {
  node: YamlNode | null;
  pair?: Pair<unknown, unknown>;
}

function find(root: unknown, path: Path): Found | undefined {
  let current: unknown = root;
  let pair: Pair<unknown, unknown> | undefined;
  for (const segment of path) {
    if (isMap(current)) {
      pair = current.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return undefined;
      current = pair.value;
    } else if (isSeq(current) && typeof segment === 'number') {
      current = current.items[segment];
      pair = undefined;
      if (current === undefined) return undefined;
    } else return undefined;
  }
  return { node: (current ?? null) as YamlNode | null, ...(pair ? { pair } : {}) };
}

function rangeOf(node: unknown, text?: string): TextRange | undefined {
  if (node === null || typeof node !== 'object' || !('range' in node)) return undefined;
  const range = (node as { range?: [number, number, number] }).range;
  if (!range) return undefined;
  // range = [start, valueEnd, nodeEnd]; block collections still end after their last line break,
  // and a highlight should stop at the last character.
  let end = range[1];
  while (text !== undefined && end > range[0] && /\s/.test(text.charAt(end - 1))) end--;
  return { offset: range[0], length: end - range[0] };
}

/** Text range of the value (or key, or key + value) at `path` in a parsed YAML document. */
export function locateInYaml(doc: Document, text: string, path: Path, part: LocatePart = 'value'): TextRange | undefined {
  const found = find(doc.contents, path);
  if (!found) return undefined;
  const value = rangeOf(found.node, text);
  const key = found.pair ? rangeOf(found.pair.key, text) : undefined;
  if (part === 'key') return key ?? value;
  if (part === 'property' && key) {
    const end = value ? value.offset + value.length : key.offset + key.length;
    return { offset: key.offset, length: end - key.offset };
  }
  return value ?? key;
}

/** Text range of the value (or key, or key + value) at `path` in YAML text. */
export function locateYamlPath(text: string, path: Path, part: LocatePart = 'value'): TextRange | undefined {
  return locateInYaml(parseDocument(text), text, path, part);
}

/** Like locateYamlPath, falling back to the deepest ancestor that exists. */
export function locateNearestYamlPath(text: string, path: Path, part: LocatePart = 'key'): TextRange | undefined {
  const doc = parseDocument(text);
  for (let n = path.length; n >= 0; n--) {
    const range = locateInYaml(doc, text, path.slice(0, n), n === path.length ? part : 'key');
    if (range) return range;
  }
  return undefined;
}

/** Offset → JSON path of the innermost YAML node containing it, over a parsed document. */
export function yamlPathAt(doc: Document) {
  return (offset: number): (string | number)[] => {
    const out: (string | number)[] = [];
    let current: unknown = doc.contents;
    for (;;) {
      if (isMap(current)) {
        const pair = current.items.find((p) => containsPair(p, offset));
        if (!pair || !isScalar(pair.key)) return out;
        out.push(String(pair.key.value));
        current = pair.value;
      } else if (isSeq(current)) {
        const index = current.items.findIndex((item) => contains(rangeOf(item), offset));
        if (index < 0) return out;
        out.push(index);
        current = current.items[index];
      } else return out;
    }
  };
}

/** JSON path of the innermost YAML node containing `offset` (keys count as their property). */
export function yamlPathAtOffset(text: string, offset: number): (string | number)[] {
  return yamlPathAt(parseDocument(text))(offset);
}

function contains(range: TextRange | undefined, offset: number): boolean {
  return range !== undefined && offset >= range.offset && offset <= range.offset + range.length;
}

function containsPair(pair: unknown, offset: number): boolean {
  if (!isPair(pair)) return false;
  const key = rangeOf(pair.key);
  const value = rangeOf(pair.value);
  if (!key) return false;
  const end = value ? value.offset + value.length : key.offset + key.length;
  return offset >= key.offset && offset <= end;
}
