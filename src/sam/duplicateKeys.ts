/**
 * Duplicate mapping keys of a parsed template or ASL file. JSON and YAML parsers keep the last
 * value and drop the others silently; Step Functions rejects a definition with duplicate keys, and
 * CloudFormation a template with them, so the import tells the user where they are.
 */
import { isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

export interface DuplicateKey {
  key: string;
  /** Path of the duplicated key from the document root. */
  path: (string | number)[];
  line: number;
  column: number;
  /**
   * Where `line` and `column` count from when it is not the file itself: `DefinitionString` (the
   * string as written in the template) or the name of a `DefinitionUri` file.
   */
  in?: string;
}

/** At most this many are listed (a machine-written file may repeat a key thousands of times). */
export const MAX_DUPLICATE_KEYS = 20;

/** Walks the document (iteratively: depth was bounded by the caller, but a stack costs nothing). */
export function findDuplicateKeys(root: Node | null, lines: LineCounter): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0 && found.length < MAX_DUPLICATE_KEYS) {
    const { node, path } = stack.pop()!;
    if (!node || isAlias(node)) continue;
    if (isMap(node)) {
      const seen = new Set<string>();
      const children: { node: unknown; path: (string | number)[] }[] = [];
      for (const pair of node.items) {
        const keyNode = pair.key;
        const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
        if (key === undefined) continue;
        if (seen.has(key) && found.length < MAX_DUPLICATE_KEYS) {
          const offset = keyNode && isScalar(keyNode) && keyNode.range ? keyNode.range[0] : 0;
          const pos = lines.linePos(offset);
          found.push({ key, path: [...path, key], line: pos.line, column: pos.col });
        }
        seen.add(key);
        children.push({ node: pair.value, path: [...path, key] });
      }
      // Reversed onto the stack, so duplicates are reported in document order.
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], path: [...path, i] });
    }
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
