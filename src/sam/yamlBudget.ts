/**
 * Bounds what a YAML document expands to before it is turned into plain values: aliases let a
 * 400 KB file stand for gigabytes ("billion laughs" — a 200,000-item list referenced 900 times),
 * and the yaml library's own alias cap counts aliases, not what they expand to. The expanded
 * size is counted on the document tree, each anchor's size computed once, so the check costs
 * as much as the file, not as much as the expansion.
 */
import { isAlias, isCollection, isPair, isScalar, type Document, type Node } from 'yaml';
import { MAX_NESTING_DEPTH } from '../asl/jsonValue';

/** Values any document may expand to; larger sources may expand to twice their own size. */
export const MAX_EXPANDED_VALUES = 1_000_000;

export interface YamlBudgetProblem {
  message: string;
  /** Offset in the text of the node that broke the budget. */
  offset: number;
}

/** The first reason the document is too big or too deep once expanded, or undefined. */
export function yamlExpansionProblem(doc: Document): YamlBudgetProblem | undefined {
  const sizes = new Map<unknown, number>();
  const inProgress = new Set<unknown>();
  const anchors = new Map<string, unknown>();
  let sourceNodes = 0;
  let problem: YamlBudgetProblem | undefined;
  const depthLimit = MAX_NESTING_DEPTH + 16; // the definition's limit, plus the template around it

  const size = (node: unknown, depth: number): number => {
    if (problem) return 0;
    if (depth > depthLimit) {
      problem = { message: `The document is nested too deeply (limit ${MAX_NESTING_DEPTH} levels in a definition).`, offset: rangeStart(node) };
      return 0;
    }
    if (isAlias(node)) {
      // Alias.resolve searches the whole document per alias; the walk is in document order, so
      // the anchor an alias means is the latest one of that name seen so far.
      const target = anchors.get(node.source);
      if (!target) return 1;
      if (inProgress.has(target)) {
        problem = { message: `The alias *${node.source} refers to a node that contains it (a cycle).`, offset: rangeStart(node) };
        return 0;
      }
      return size(target, depth);
    }
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sourceNodes += 1;
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node);
    let total = 1;
    if (isCollection(node)) {
      inProgress.add(node);
      for (const item of node.items as unknown[]) {
        if (isPair(item)) total += size(item.key, depth + 1) + size(item.value, depth + 1);
        else total += size(item, depth + 1);
        if (problem) break;
      }
      inProgress.delete(node);
    } else if (!isScalar(node)) {
      return 1;
    }
    sizes.set(node, total);
    return total;
  };

  let total: number;
  try {
    total = size(doc.contents, 0);
  } catch (e) {
    return { message: `The document cannot be read: ${e instanceof Error ? e.message : String(e)}`, offset: 0 };
  }
  if (problem) return problem;
  const limit = Math.max(MAX_EXPANDED_VALUES, 2 * sourceNodes);
  if (total > limit) {
    return {
      message: `Its aliases expand the document to ${total.toLocaleString('en-US')} values (limit ${limit.toLocaleString('en-US')}): an alias bomb cannot be opened.`,
      offset: firstAliasOffset(doc),
    };
  }
  return undefined;
}

function rangeStart(node: unknown): number {
  return (node as Node | undefined)?.range?.[0] ?? 0;
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  const find = (node: unknown): boolean => {
    if (isAlias(node)) {
      offset = rangeStart(node);
      return true;
    }
    if (isCollection(node)) for (const item of node.items as unknown[]) if (isPair(item) ? find(item.key) || find(item.value) : find(item)) return true;
    return false;
  };
  try {
    find(doc.contents);
  } catch {
    // offset stays 0
  }
  return offset;
}
