/**
 * Minimal edits of YAML text: the YAML counterpart of `computeTextEdits`. The value change is
 * diffed (the same diff as for JSON), and each change is spliced into the text at the source
 * range of its node, so comments, blank lines, quoting, flow/block style and key order of
 * everything that did not change stay byte for byte. Re-serialising the whole document (what the
 * `yaml` library's `toString` does) would reflow them.
 *
 * The result is checked: when the patched text does not read back as exactly the new value (an
 * anchor, a merge key, a layout this splicer does not handle), the caller gets `undefined` and
 * falls back to writing the whole text.
 */
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { deepEqual } from './deepEqual';
import type { TextEdit } from './textPatch';
import { valueModifications, type Modification } from './valueDiff';
import type { Yaml } from './yamlSupport';

export interface YamlDialect {
  /** The `yaml` module (loaded lazily in the studio). */
  yaml: Yaml;
  /** Parses text into a document with source ranges (custom tags for templates). */
  parse(text: string): Document;
  /** The plain value a document stands for (what diffs and checks compare). */
  toValue(doc: Document): unknown;
  /** Block YAML for a value at column 0, indented by `indent` per level, no trailing newline. */
  render(value: unknown, indent: number): string;
  /** Values replaced as a whole, never entered (a template's `!GetAtt`, `!Sub`, …). */
  atomic?(value: unknown): boolean;
}

/** Plain ASL YAML. */
export function aslYamlDialect(yaml: Yaml): YamlDialect {
  return {
    yaml,
    parse: (text) => yaml.parseDocument(text, { uniqueKeys: false, prettyErrors: false }),
    toValue: (doc) => doc.toJS({ maxAliasCount: 100 }) as unknown,
    render: (value, indent) => yaml.stringify(value, { indent, lineWidth: 0, aliasDuplicateObjects: false }).replace(/\n$/, ''),
  };
}

type Path = (string | number)[];

class Unpatchable extends Error {}

/** Indentation unit of a YAML text (the first indented line), 2 by default. */
function indentUnit(text: string): number {
  const m = /\n( +)\S/.exec(text);
  return m ? Math.min(8, m[1]!.length) : 2;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** End of the line holding `offset` (the position of its `\n`, or the text's end). */
function lineEnd(text: string, offset: number): number {
  const n = text.indexOf('\n', offset);
  return n < 0 ? text.length : n;
}

export class YamlPatcher {
  private text: string;
  private doc: Document;

  constructor(private readonly dialect: YamlDialect, text: string) {
    this.text = text;
    this.doc = this.reparse();
  }

  get result(): string {
    return this.text;
  }

  private reparse(): Document {
    const doc = this.dialect.parse(this.text);
    if (doc.errors.length > 0) throw new Unpatchable('The YAML text has errors.');
    return doc;
  }

  private splice(start: number, end: number, content: string): void {
    this.text = this.text.slice(0, start) + content + this.text.slice(end);
    this.doc = this.reparse();
  }

  /** Where a node's own text ends (a block collection ends with its last item, not the comments after it). */
  private valueEnd(node: Node | null | undefined): number {
    const { isMap, isSeq, isPair } = this.dialect.yaml;
    if (!node?.range) throw new Unpatchable('A node has no source range.');
    if ((isMap(node) || isSeq(node)) && !(node as YAMLMap).flow) {
      const items = (node as YAMLMap | YAMLSeq).items as unknown[];
      const last = items[items.length - 1];
      if (last === undefined) return node.range[1];
      if (isPair(last)) return last.value ? this.valueEnd(last.value as Node) : this.valueEnd(last.key as Node);
      return this.valueEnd(last as Node);
    }
    return node.range[1];
  }

  /** The node at `path`, walking maps by key and sequences by index (not into tags or aliases). */
  /** The node at `path`; nothing inside a tagged value (an intrinsic) unless `whole`: that value itself, to replace. */
  private nodeAt(path: Path, whole = false): Node | null | undefined {
    const { isMap, isSeq, isScalar, isAlias } = this.dialect.yaml;
    let node: Node | null | undefined = this.doc.contents as Node | null;
    for (const [i, key] of path.entries()) {
      if (!node || isAlias(node)) return undefined;
      if (isMap(node)) {
        const pair = this.pairIn(node as YAMLMap, key);
        if (!pair) return undefined;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof key === 'number') node = (node as YAMLSeq).items[key] as Node | undefined;
      else return undefined;
      if (whole && i === path.length - 1) break;
      if (node && isScalar(node) && node.tag && node.tag !== 'tag:yaml.org,2002:str' && typeof (node as Scalar).value === 'object') return undefined;
    }
    return node;
  }

  private pairIn(map: YAMLMap, key: string | number): Pair<Node, Node | null> | undefined {
    const { isScalar } = this.dialect.yaml;
    return (map.items as Pair<Node, Node | null>[]).find((p) => isScalar(p.key) && String((p.key as Scalar).value) === String(key) && !(p.key as Scalar).tag);
  }

  private isCollection(node: Node | null | undefined): node is YAMLMap | YAMLSeq {
    return this.dialect.yaml.isMap(node) || this.dialect.yaml.isSeq(node);
  }

  /** A scalar written like `like` was (same quotes) when it can be, else as YAML would write it. */
  private scalarText(value: unknown, like?: Scalar): string {
    if (typeof value === 'string' && like && typeof like.value === 'string' && !value.includes('\n')) {
      if (like.type === 'QUOTE_DOUBLE') return JSON.stringify(value);
      if (like.type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
    }
    return this.dialect.render(value, indentUnit(this.text));
  }

  /** A value written as a block below its key or dash (a non-empty collection that is not atomic). */
  private isBlock(value: unknown): boolean {
    return value !== null && typeof value === 'object' && Object.keys(value).length > 0 && !this.dialect.atomic?.(value);
  }

  /** A value inside `{ … }` / `[ … ]`: plain when YAML allows it there, else JSON (valid flow YAML). */
  private flowText(value: unknown, like?: Scalar): string {
    if (value !== null && typeof value === 'object' && !this.dialect.atomic?.(value)) return JSON.stringify(value);
    const text = this.scalarText(value, like);
    return /[\n,[\]{}]/.test(text) ? JSON.stringify(value) : text;
  }

  /** `text` whose lines after the first are moved right by `pad` columns. */
  private static indentRest(text: string, pad: number): string {
    const spaces = ' '.repeat(pad);
    return text.split('\n').map((line, i) => (i === 0 || line === '' ? line : spaces + line)).join('\n');
  }

  /** Text for a value placed after `key:` whose key starts at `keyColumn`: ` scalar` or a block below. */
  private afterKey(value: unknown, keyColumn: number, like?: Scalar): string {
    const unit = indentUnit(this.text);
    if (this.isBlock(value)) {
      const pad = keyColumn + unit;
      return `\n${' '.repeat(pad)}${YamlPatcher.indentRest(this.dialect.render(value, unit), pad)}`;
    }
    return ` ${YamlPatcher.indentRest(this.scalarText(value, like), keyColumn)}`;
  }

  apply(m: Modification): void {
    const path = m.path as Path;
    if (m.renameTo !== undefined) return this.renameKey(path, m.renameTo);
    if (m.value === undefined) return this.remove(path);
    if (m.arrayInsertion) return this.insertItem(path, m.value);
    if (m.newKey) return this.addKey(path, m.value, m.after);
    return this.replace(path, m.value);
  }

  private renameKey(path: Path, to: string): void {
    const parent = this.nodeAt(path.slice(0, -1));
    if (!this.dialect.yaml.isMap(parent)) throw new Unpatchable('No map to rename a key in.');
    const pair = this.pairIn(parent as YAMLMap, path[path.length - 1]!);
    const key = pair?.key as Scalar | undefined;
    if (!key?.range) throw new Unpatchable('No key to rename.');
    this.splice(key.range[0], key.range[1], this.scalarText(to, key));
  }

  private replace(path: Path, value: unknown): void {
    const node = this.nodeAt(path, true);
    if (node === undefined) throw new Unpatchable(`No node at ${path.join('.')}.`);
    if (path.length === 0) throw new Unpatchable('The whole document changes.');
    const parent = this.nodeAt(path.slice(0, -1));
    const inFlow = Boolean((parent as YAMLMap | undefined)?.flow);
    if (inFlow) {
      if (!node?.range) throw new Unpatchable('No range.');
      this.splice(node.range[0], this.valueEnd(node), this.flowText(value, this.dialect.yaml.isScalar(node) ? node as Scalar : undefined));
      return;
    }
    if (this.dialect.yaml.isMap(parent)) {
      const pair = this.pairIn(parent as YAMLMap, path[path.length - 1]!)!;
      const key = pair.key as Scalar;
      const colon = this.text.indexOf(':', key.range![1]);
      const like = node && this.dialect.yaml.isScalar(node) ? node as Scalar : undefined;
      const content = this.afterKey(value, column(this.text, key.range![0]), like);
      // A block collection (old or new) starts on the line after the key; a scalar right after `key: `.
      // A tag (`!GetAtt`) or anchor before the old value goes with it: the value is replaced from the colon.
      const tagged = node?.range != null && this.text.slice(colon + 1, node.range[0]).trim() !== '';
      const fromColon = !node?.range || tagged || content.startsWith('\n') || (this.isCollection(node) && !(node as YAMLMap).flow && node.items.length > 0);
      const start = fromColon ? colon + 1 : node!.range![0];
      const end = node?.range ? this.valueEnd(node) : colon + 1;
      this.splice(start, Math.max(start, end), fromColon ? content : content.slice(1));
      return;
    }
    if (this.dialect.yaml.isSeq(parent)) {
      if (!node?.range) throw new Unpatchable('No range.');
      const start = node.range[0];
      const col = column(this.text, start);
      const like = this.dialect.yaml.isScalar(node) ? node as Scalar : undefined;
      const body = this.isBlock(value)
        ? YamlPatcher.indentRest(this.dialect.render(value, indentUnit(this.text)), col)
        : YamlPatcher.indentRest(this.scalarText(value, like), col);
      this.splice(start, this.valueEnd(node), body);
      return;
    }
    throw new Unpatchable('The parent is not a collection.');
  }

  private remove(path: Path): void {
    const parent = this.nodeAt(path.slice(0, -1));
    const last = path[path.length - 1]!;
    if (!this.isCollection(parent)) throw new Unpatchable('Nothing to remove from.');
    const items = parent.items as unknown[];
    if (items.length === 1) return this.replace(path.slice(0, -1), this.dialect.yaml.isMap(parent) ? {} : []);
    const index = this.dialect.yaml.isMap(parent)
      ? (items as Pair[]).indexOf(this.pairIn(parent as YAMLMap, last)!)
      : Number(last);
    if (index < 0 || index >= items.length) throw new Unpatchable('No item to remove.');
    const item = items[index];
    const first = this.dialect.yaml.isPair(item) ? (item.key as Node) : (item as Node);
    const valueNode = this.dialect.yaml.isPair(item) ? (item.value as Node | null) ?? (item.key as Node) : (item as Node);
    if (!first?.range) throw new Unpatchable('No range.');
    if (parent.flow) {
      // `a, b, c`: drop this item and the comma after it (or before it, for the last one).
      const next = items[index + 1];
      const nextStart = next === undefined ? undefined : (this.dialect.yaml.isPair(next) ? (next.key as Node) : (next as Node)).range?.[0];
      if (nextStart !== undefined) return this.splice(first.range[0], nextStart, '');
      const prev = items[index - 1];
      const prevNode = this.dialect.yaml.isPair(prev) ? ((prev.value as Node | null) ?? (prev.key as Node)) : (prev as Node);
      return this.splice(this.valueEnd(prevNode), this.valueEnd(valueNode), '');
    }
    // Block: the item's lines go, from its line start (or its `- `) to the end of its last line.
    const itemStart = this.dialect.yaml.isSeq(parent) ? this.dashBefore(first.range[0]) : first.range[0];
    const from = lineStart(this.text, itemStart);
    if (this.text.slice(from, itemStart).trim() !== '') {
      // The first item shares its line with a parent `- `: the next item moves up into its place.
      const next = items[index + 1];
      const nextNode = this.dialect.yaml.isPair(next) ? (next.key as Node) : (next as Node);
      const nextStart = this.dialect.yaml.isSeq(parent) ? this.dashBefore(nextNode.range![0]) : nextNode.range![0];
      return this.splice(itemStart, nextStart, '');
    }
    const to = lineEnd(this.text, this.valueEnd(valueNode));
    this.splice(from, Math.min(this.text.length, to + 1), '');
  }

  /** Offset of the `-` that introduces a block sequence item starting at `offset`. */
  private dashBefore(offset: number): number {
    let i = offset - 1;
    while (i >= 0 && this.text[i] === ' ') i--;
    if (this.text[i] !== '-') throw new Unpatchable('A sequence item without its dash.');
    return i;
  }

  private addKey(path: Path, value: unknown, after: string | undefined): void {
    const parent = this.nodeAt(path.slice(0, -1));
    const key = String(path[path.length - 1]);
    if (!this.dialect.yaml.isMap(parent)) throw new Unpatchable('No map to add a key to.');
    const map = parent as YAMLMap;
    const keyText = this.scalarText(key);
    if (map.flow || map.items.length === 0) {
      if (!map.range) throw new Unpatchable('No range.');
      const close = this.text.lastIndexOf('}', map.range[1]);
      const separator = map.items.length === 0 ? '' : ', ';
      let insertAt = close;
      while (insertAt > 0 && /\s/.test(this.text[insertAt - 1]!)) insertAt--;
      return this.splice(insertAt, insertAt, `${separator}${keyText}: ${this.flowText(value)}`);
    }
    const pairs = map.items as Pair<Node, Node | null>[];
    const firstKey = pairs[0]!.key;
    const keyColumn = column(this.text, firstKey.range![0]);
    const line = `${' '.repeat(keyColumn)}${keyText}:${this.afterKey(value, keyColumn)}`;
    const anchor = after === undefined ? undefined : this.pairIn(map, after);
    const beforeFirst = anchor === undefined && after === undefined && this.text.slice(lineStart(this.text, firstKey.range![0]), firstKey.range![0]).trim() === '';
    if (beforeFirst) {
      const at = lineStart(this.text, firstKey.range![0]);
      return this.splice(at, at, `${line}\n`);
    }
    const prev = anchor ?? pairs[pairs.length - 1]!;
    const end = lineEnd(this.text, this.valueEnd(prev.value ?? prev.key));
    this.splice(end, end, `\n${line}`);
  }

  private insertItem(path: Path, value: unknown): void {
    const parent = this.nodeAt(path.slice(0, -1));
    const index = Number(path[path.length - 1]);
    if (!this.dialect.yaml.isSeq(parent)) throw new Unpatchable('No sequence to insert into.');
    const seq = parent as YAMLSeq;
    const items = seq.items as Node[];
    if (seq.flow || items.length === 0) {
      if (!seq.range) throw new Unpatchable('No range.');
      if (index < items.length) return this.splice(items[index]!.range![0], items[index]!.range![0], `${this.flowText(value)}, `);
      const close = this.text.lastIndexOf(']', seq.range[1]);
      let insertAt = close;
      while (insertAt > 0 && /\s/.test(this.text[insertAt - 1]!)) insertAt--;
      return this.splice(insertAt, insertAt, `${items.length === 0 ? '' : ', '}${this.flowText(value)}`);
    }
    const firstDash = this.dashBefore(items[0]!.range![0]);
    const dashColumn = column(this.text, firstDash);
    const valueColumn = column(this.text, items[0]!.range![0]);
    const body = this.isBlock(value)
      ? YamlPatcher.indentRest(this.dialect.render(value, indentUnit(this.text)), valueColumn)
      : YamlPatcher.indentRest(this.scalarText(value), valueColumn);
    const item = `${' '.repeat(dashColumn)}-${' '.repeat(valueColumn - dashColumn - 1)}${body}`;
    if (index < items.length) {
      const dash = this.dashBefore(items[index]!.range![0]);
      const at = lineStart(this.text, dash);
      if (this.text.slice(at, dash).trim() !== '') throw new Unpatchable('A sequence sharing its line.');
      return this.splice(at, at, `${item}\n`);
    }
    const end = lineEnd(this.text, this.valueEnd(items[items.length - 1]));
    this.splice(end, end, `\n${item}`);
  }
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key as string] : undefined;
  return v;
}

/** Changes inside an atomic value become one replacement of that value (once). */
function atomicModifications(mods: Modification[], before: unknown, next: unknown, dialect: YamlDialect): Modification[] {
  const atomic = dialect.atomic;
  if (!atomic) return mods;
  const out: Modification[] = [];
  const replaced = new Set<string>();
  for (const m of mods) {
    // The shortest strict ancestor of the changed spot that is atomic, if any.
    let depth = 1;
    while (depth < m.path.length && !atomic(valueAt(before, m.path.slice(0, depth)))) depth++;
    if (depth >= m.path.length) {
      out.push(m);
      continue;
    }
    const path = m.path.slice(0, depth);
    const id = JSON.stringify(path);
    if (replaced.has(id)) continue;
    replaced.add(id);
    out.push({ path, value: valueAt(next, path) });
  }
  return out;
}

/** One edit covering what differs between two texts (common prefix and suffix kept). */
export function spanEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return [{ offset: prefix, length: before.length - prefix - suffix, content: after.slice(prefix, after.length - suffix) }];
}

/**
 * The YAML text changed minimally so that it reads as `next`; undefined when that cannot be done
 * by splicing (the caller then serialises the whole document). `previous`: the value the text
 * holds (read from the text when not given).
 */
export function patchYamlText(text: string, next: unknown, dialect: YamlDialect, previous?: unknown): string | undefined {
  try {
    const patcher = new YamlPatcher(dialect, text);
    const before = previous ?? dialect.toValue(dialect.parse(text));
    for (const m of atomicModifications(valueModifications(before, next), before, next, dialect)) patcher.apply(m);
    const result = patcher.result;
    return deepEqual(dialect.toValue(dialect.parse(result)), next) ? result : undefined;
  } catch (error) {
    if (error instanceof Unpatchable || error instanceof TypeError || error instanceof RangeError) return undefined;
    throw error;
  }
}
