/**
 * Reading a test file (YAML or JSON — JSON is YAML too) and checking it against the schema;
 * every problem is located (`file:line:column`, JSON path) so the user can fix it.
 */
import { loadYaml } from '../asl/yamlSupport';
import type { SfnTestFile } from './format';
import { checkTestFileSchema } from './schemaCheck';

export interface LocatedProblem {
  file: string;
  /** 1-based; 0 when unknown. */
  line: number;
  column: number;
  path: (string | number)[];
  message: string;
}

export interface ParsedTestFile {
  file?: SfnTestFile;
  problems: LocatedProblem[];
}

export function formatProblem(p: LocatedProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  const at = p.path.length > 0 ? ` (at ${p.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '')})` : '';
  return `${where}: ${p.message}${at}`;
}

type Ranged = { range?: [number, number, number] | null } | null | undefined;

/**
 * Where a JSON path points in the YAML document: a member's key (so "unknown field" points at
 * the field's name), an item, or the nearest ancestor that exists.
 */
function rangeOf(doc: { contents: unknown; getIn(path: unknown[], keepScalar: boolean): unknown }, path: (string | number)[]): [number, number, number] | undefined {
  for (let n = path.length; n > 0; n--) {
    const parent = (n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true)) as { items?: unknown[] } | undefined;
    const last = path[n - 1];
    const items = parent?.items;
    if (!Array.isArray(items)) continue;
    if (typeof last === 'number') {
      const item = items[last] as Ranged;
      if (item?.range) return item.range;
      continue;
    }
    const pair = items.find((i) => ((i as { key?: { value?: unknown } }).key?.value ?? undefined) === last) as { key?: Ranged } | undefined;
    if (pair?.key?.range) return pair.key.range;
  }
  return (doc.contents as Ranged)?.range ?? undefined;
}

/** Parses and checks a test file's text. */
export async function parseTestFile(text: string, fileName: string): Promise<ParsedTestFile> {
  const YAML = await loadYaml();
  const lines = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number | undefined): { line: number; col: number } => (offset === undefined ? { line: 0, col: 0 } : lines.linePos(offset));
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const pos = at(e.pos[0]);
        return { file: fileName, line: pos.line, column: pos.col, path: [], message: e.message.split('\n')[0]! };
      }),
    };
  }
  const value = doc.toJS() as unknown;
  const problems = checkTestFileSchema(value).map((p): LocatedProblem => {
    const pos = at(rangeOf(doc, p.path)?.[0]);
    return { file: fileName, line: pos.line, column: pos.col, path: p.path, message: `${p.path.length ? 'the value' : 'the file'} ${p.message}` };
  });
  return problems.length > 0 ? { problems } : { file: value as SfnTestFile, problems };
}
