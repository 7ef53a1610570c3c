/**
 * The JSONata side of the Choice input search (see choiceSolve.ts): the fields a `Condition`
 * reads from `$states.input`, candidate values for them from the literals of the conditions,
 * and a hill climb over single-field changes, every candidate checked with the engine's own
 * JSONata evaluator. Pure (async because JSONata evaluation is).
 */
import { evaluateTemplate } from '../interpreter/jsonata';
import { getIn, setIn, type Key } from './jsonKeys';
import type { ChoiceSolution, Goal } from './choiceSolve';

/** `$states.input.a.b[0]` references in an expression, as key lists (the longest first). */
export function inputFieldsOf(conditions: readonly string[]): Key[][] {
  const out = new Map<string, Key[]>();
  for (const text of conditions) {
    for (const m of text.matchAll(/\$states\.input((?:\s*\.\s*(?:[A-Za-z_][\w]*|`[^`]+`)|\[\d+\])*)/g)) {
      const keys: Key[] = [];
      for (const part of (m[1] ?? '').matchAll(/\.\s*([A-Za-z_][\w]*)|\.\s*`([^`]+)`|\[(\d+)\]/g)) keys.push(part[3] !== undefined ? Number(part[3]) : (part[1] ?? part[2])!);
      if (keys.length > 0) out.set(JSON.stringify(keys), keys);
    }
  }
  return [...out.values()];
}

/** Literal values of the expressions and their neighbours (numbers ±1, strings with a suffix), plus a few of each type. */
export function candidateValues(conditions: readonly string[]): unknown[] {
  const values: unknown[] = [];
  const add = (v: unknown) => {
    if (!values.some((x) => JSON.stringify(x) === JSON.stringify(v))) values.push(v);
  };
  for (const text of conditions) {
    const body = text.replace(/^\s*\{%|%\}\s*$/g, '');
    for (const m of body.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)) {
      const s = m[1] ?? m[2] ?? '';
      add(s);
      add(`${s}x`);
    }
    for (const m of body.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\$[\w.]+/g, ' ').matchAll(/-?\d+(?:\.\d+)?/g)) {
      const n = Number(m[0]);
      add(n);
      add(n + 1);
      add(n - 1);
    }
  }
  for (const v of [true, false, null, '', 0, 'x', [], ['x'], {}]) add(v);
  return values;
}

/** What a Condition is evaluated against besides the input. */
export interface JsonataChoiceScope {
  context: unknown;
  variables: Record<string, unknown>;
}

async function comesOut(condition: string, want: boolean, input: unknown, scope: JsonataChoiceScope, index: number): Promise<boolean> {
  try {
    const value = await evaluateTemplate(condition, { states: { input, context: scope.context }, variables: scope.variables, random: () => 0.5 }, `Choices/${index}/Condition`);
    return typeof value === 'boolean' && value === want;
  } catch {
    // The engine fails the run on an error: that is not the rule coming out either way.
    return false;
  }
}

/** The parts of `expr` joined by the top-level operator `op` (`and`/`or`), outside brackets and strings. */
export function topLevelParts(expr: string, op: 'and' | 'or'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (depth === 0 && expr.startsWith(op, i) && /\s/.test(expr[i - 1] ?? '') && /\s/.test(expr[i + op.length] ?? '')) {
      parts.push(expr.slice(start, i).trim());
      start = i + op.length;
    }
  }
  parts.push(expr.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}

/**
 * How far a goal is met, 0–1: 1 when the rule comes out as wanted; else the share of the
 * conjuncts already true (wanted true, `a and b`) or of the disjuncts already false (wanted
 * false, `a or b`), halved — so a change that meets one part of a condition counts as progress.
 */
async function progress(goal: Goal, input: unknown, scope: JsonataChoiceScope, index: number): Promise<number> {
  const condition = goal.rule.Condition;
  if (typeof condition === 'boolean') return condition === goal.want ? 1 : 0;
  if (typeof condition !== 'string') return 0;
  if (await comesOut(condition, goal.want, input, scope, index)) return 1;
  const body = condition.trim().replace(/^\{%([\s\S]*)%\}$/, '$1');
  const parts = topLevelParts(body, goal.want ? 'and' : 'or');
  if (parts.length < 2) return 0;
  let met = 0;
  for (const part of parts) if (await comesOut(`{% ${part} %}`, goal.want, input, scope, index)) met++;
  return (0.5 * met) / parts.length;
}

const MAX_EVALUATIONS = 2000;

/**
 * A `$states.input` for a JSONata Choice that meets every goal: rounds of single-field changes
 * (each field the conditions read, each candidate value), keeping the best change of a round,
 * until every goal holds or no change helps.
 */
export async function solveJsonataChoice(goals: readonly Goal[], start: unknown, scope: JsonataChoiceScope): Promise<ChoiceSolution> {
  const conditions = goals.map((g) => g.rule.Condition).filter((c): c is string => typeof c === 'string');
  const fields = inputFieldsOf(conditions);
  const values = candidateValues(conditions);
  let evaluations = 0;
  const score = async (input: unknown): Promise<number> => {
    let n = 0;
    for (let i = 0; i < goals.length; i++) {
      evaluations++;
      n += await progress(goals[i]!, input, scope, i);
    }
    return n;
  };
  let current = start;
  let best = await score(start);
  while (best < goals.length && evaluations < MAX_EVALUATIONS) {
    let round: { input: unknown; score: number } | undefined;
    for (const keys of fields) {
      const now = getIn(current, keys);
      for (const value of values) {
        if (now.found && JSON.stringify(now.value) === JSON.stringify(value)) continue;
        let next: unknown;
        try {
          next = setIn(current, keys, value);
        } catch {
          continue;
        }
        const s = await score(next);
        if (s > (round?.score ?? best)) round = { input: next, score: s };
        if (s === goals.length || evaluations >= MAX_EVALUATIONS) break;
      }
      if (round?.score === goals.length || evaluations >= MAX_EVALUATIONS) break;
    }
    if (!round) break;
    current = round.input;
    best = round.score;
  }
  if (best === goals.length) return { input: current, found: true };
  const reason = fields.length === 0 ? 'its conditions read no field of $states.input (a variable or the context, which a test input cannot set)' : 'no candidate value of the fields it reads made the conditions come out that way';
  return { input: current, found: false, reason };
}

